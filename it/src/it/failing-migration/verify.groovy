import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text

// The first revision applied; the second named with its statement and PostgreSQL's message.
assert (log =~ /Applied 20260101000000 initial schema \(\d+ ms\)/).find()
assert log.contains('Revision 20260102000000 (add phone and backfill) failed and was rolled back:'
        + ' ERROR: relation "customer_contact" does not exist')
assert log.contains("in: update customer_contact set phone = 'unknown'")
assert !(log =~ /\tat dev\.jpamigrate\./).find() : 'a stack trace was printed without -e'

// Nothing of the failed revision is left: no phone column, no history row.
def db = ItDatabase.open(basedir)
try {
    assert db.columns('customer') == ['id', 'email']
    assert db.strings('select revision from migration_history') == ['20260101000000']
    assert db.strings('select action || \' \' || revision from migration_log') == ['upgrade 20260101000000']
} finally {
    db.close()
}
return true
