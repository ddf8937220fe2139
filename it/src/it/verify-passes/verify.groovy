def log = new File(basedir, 'build.log').text

// Bound in the lifecycle, verify ran in the verify phase, on a scratch database of its own.
assert log.contains(':verify (verify-migrations) @ verify-passes')
assert (log =~ /Verifying 1 revision on an embedded PostgreSQL, in the scratch database jpamigrate_verify_[0-9a-f]{12}\./).find()
assert (log =~ /Verified after upgrade to head \(\d+ ms\)\./).find()
assert (log =~ /Verified after downgrade to base \(\d+ ms\)\./).find()
assert (log =~ /Verified after upgrading again \(\d+ ms\)\./).find()
assert (log =~ /The migrations build the entity schema, downgrade to an empty schema and upgrade again\. \(\d+ ms in all\)/).find()
assert !log.contains('[ERROR]')
return true
