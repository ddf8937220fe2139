import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('Stamped 20260101000000 (initial schema) as applied; its upgrade did not run.')
assert log.contains('Schema public is now recorded at 20260101000000; head is 20260201000000.')
assert (log =~ /Applied 20260201000000 add customer phone \(\d+ ms\)/).find()
assert !(log =~ /Applied 20260101000000/).find() : 'the stamped revision did not run'
assert !log.contains('was edited after it was applied') : 'the stamp recorded the checksum upgrade computes'
assert log.contains('Say which revision to record as applied: -Dmigration.target=head, a revision id, current')

def db = ItDatabase.open(basedir)
try {
    assert db.columns('customer') == ['id', 'name', 'email', 'phone']
    assert db.strings("select email from customer") == ['ada@example.com']
    assert db.strings('select revision || \' \' || duration_ms::text from migration_history order by revision')[0] ==
            '20260101000000 0'
    assert db.strings('select revision from migration_history order by revision') == ['20260101000000', '20260201000000']
    assert db.strings('select action || \' \' || revision from migration_log order by id') ==
            ['stamp 20260101000000', 'upgrade 20260201000000']
    assert db.strings('select count(distinct checksum) from migration_history where length(checksum) = 64') == ['2']
} finally {
    db.close()
}
return true
