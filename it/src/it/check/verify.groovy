def log = new File(basedir, 'build.log').text
def snapshot = 'src/main/resources/db/migration/schema.snapshot'

// 1. mvn verify: the bound check passes.
assert log.contains('[INFO] Check passed: the entities match the migrations at revision 20260101000000'
        + ' (1 revision replayed).')

// 2. A model change without its migration: one line per difference, then what to do.
assert log.contains('[ERROR] The entities differ from the migrations at revision 20260101000000 (1 difference):')
assert log.contains('[ERROR]   table customer: column phone only in the entities')
assert log.contains('Check failed: the entities differ from the migrations at revision 20260101000000 (1 difference):'
        + ' run mvn migration:generate -Dmigration.message="<what changed>", review the migration it writes and commit'
        + ' it with the snapshot.')

// 3. generate refuses to build on a hand-edited migration, and writes nothing.
assert log.contains("The migrations' operations do not give the migrations snapshot $snapshot (table customer: column"
        + " email is varchar(80) in the migrations' operations, varchar(255) in the snapshot): a migration was edited"
        + " by hand, or branches were merged badly; run mvn migration:check, which names each difference and what to"
        + " do, before generating.")
assert !log.contains('No changes')
def migrations = new File(basedir, 'src/main/java/db/migration').listFiles().collect { it.name }.sort()
assert migrations == ['R20260101000000_InitialSchema.java'] : migrations
assert new File(basedir, snapshot).text.contains('\n  column email varchar(255) not-null\n') : 'the snapshot is untouched'
assert !new File(basedir, snapshot).text.contains('phone')

// 4. check names both: the hand edit against the snapshot, and the model change.
assert log.contains("[ERROR] The migrations' operations, replayed, do not give the migrations snapshot $snapshot"
        + " (1 difference):")
assert log.contains("[ERROR]   table customer: column email is varchar(80) in the migrations' operations, varchar(255)"
        + " in the snapshot")
assert log.contains("Check failed: the migrations' operations, replayed, do not give the migrations snapshot $snapshot"
        + " (1 difference): a migration was edited by hand after mvn migration:generate wrote it")
assert log.contains('; and the entities differ from the migrations at revision 20260101000000 (1 difference): run mvn'
        + ' migration:generate')

// Failures read as one line each, without a stack trace.
assert !(log =~ /\tat dev\.jpamigrate\./).find() : 'a stack trace was printed without -e'
return true
