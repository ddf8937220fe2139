def log = new File(basedir, 'build.log').text

// The first build ran with migration.skip and did nothing.
assert log.contains('Skipping: migration.skip is set.')
// verify ran on its own database, never on migration.url.
assert (log =~ /Verifying 1 revision on an embedded PostgreSQL, in the scratch database jpamigrate_verify_[0-9a-f]{12}\./).find()
assert !log.contains('no-such-host')
// Each difference in one line, with the step it was found at; the downgrade to base was clean.
assert log.contains('[ERROR] After upgrade to head: table customer: column email is varchar(100) in the migrations,'
        + ' varchar(255) in the entities')
assert log.contains('[ERROR] After upgrading again: table customer: column email is varchar(100) in the migrations,'
        + ' varchar(255) in the entities')
assert (log =~ /Verified after downgrade to base \(\d+ ms\)\./).find()
// The build fails with one line that says what to do, and no stack trace.
assert log.contains('verify failed: 1 problem after upgrade to head, 1 problem after upgrading again (listed above):'
        + ' make the migrations build the entity schema and their downgrades undo them, then run mvn migration:verify'
        + ' again.')
assert !(log =~ /\tat dev\.jpamigrate\./).find() : 'a stack trace was printed without -e'
return true
