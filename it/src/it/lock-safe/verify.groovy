import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/db/migration')
def written = migrations.listFiles().collect { it.name }.sort()

// The initial schema, the phone change as two revisions, the opt-out as one.
assert written.size() == 4 : "expected four migrations, got $written"
def source = { pattern -> migrations.listFiles().find { it.name ==~ pattern }.text }
def main = source(/R\d{14}_AddCustomerPhone\.java/)
def lockSafe = source(/R\d{14}_AddCustomerPhoneLockSafeSteps\.java/)
def plain = source(/R\d{14}_IndexNames\.java/)

assert main.contains('op.addColumn("customer", "phone", "varchar(20)");')
assert !main.contains('transactional') && !main.contains('createIndex')
assert lockSafe.contains('message = "add customer phone (lock-safe steps)"')
assert lockSafe.contains('transactional = false')
assert lockSafe.contains('op.createIndexConcurrently("customer", "idx_customer_phone", "phone");')
assert lockSafe.contains('op.dropIndexConcurrently("customer", "idx_customer_phone");')
assert plain.contains('op.createIndex("customer", "idx_customer_name", "name");')
assert !plain.contains('transactional') && !plain.contains('Concurrently')
assert log.contains('not transactional: indexes built concurrently')

assert (log =~ /Applied \d{14} add customer phone \(\d+ ms\)/).find()
assert (log =~ /Applied \d{14} add customer phone \(lock-safe steps\) \(\d+ ms\)/).find()
assert (log =~ /Reverted \d{14} index names \(\d+ ms\)/).find()
assert (log =~ /Reverted \d{14} add customer phone \(lock-safe steps\) \(\d+ ms\)/).find()

// The database: the phone column stays (its revision is applied), both indexes are gone.
def db = ItDatabase.open(basedir)
try {
    assert db.columns('customer') == ['id', 'name', 'email', 'phone']
    assert db.strings("select indexname from pg_indexes where indexname like 'idx_customer%'") == []
    assert db.strings('select message from migration_history order by revision') ==
            ['initial schema', 'add customer phone']
} finally {
    db.close()
}
return true
