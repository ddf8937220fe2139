import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/db/migration')
def written = migrations.listFiles().collect { it.name }.sort()

// Two migrations, their snapshot beside them in the resources, and the third generate wrote nothing.
assert written.size() == 2 : "expected two migrations, got $written"
assert written.any { it ==~ /R\d{14}_InitialSchema\.java/ } : written
assert written.any { it ==~ /R\d{14}_AddCustomerPhone\.java/ } : written
assert log.contains('No changes: the entities match the migrations at revision')
def snapshot = new File(basedir, 'src/main/resources/db/migration/schema.snapshot').text
def head = written.find { it.contains('AddCustomerPhone') }.substring(1, 15)
assert snapshot.startsWith('jpamigrate-schema 1\n') : snapshot
assert snapshot.contains("\nhead $head\n") : snapshot
assert snapshot.contains('\n  column phone varchar(20)\n') : 'one line per column'

// The second migration holds only the difference, and its exact inverse.
def second = migrations.listFiles().find { it.name.contains('AddCustomerPhone') }.text
assert second.contains('op.addColumn("customer", "phone", "varchar(20)");')
assert second.contains('op.dropColumn("customer", "phone");')
assert !second.contains('createTable')

// One line per revision, with its duration.
assert (log =~ /Applied \d{14} initial schema \(\d+ ms\)/).find()
assert (log =~ /Applied \d{14} add customer phone \(\d+ ms\)/).find()
assert (log =~ /Reverted \d{14} add customer phone \(\d+ ms\)/).find()
assert (log =~ /Schema public is at \d{14}; 1 revision pending, head is \d{14}\./).find()
assert (log =~ /\d{14} -> \d{14} \(head\), add customer phone/).find() : 'history lists the newest first'
assert (log =~ /<base> -> \d{14}, initial schema/).find()

// The database itself: the downgrade removed the phone column and its history row.
def db = ItDatabase.open(basedir)
try {
    assert db.tables('public') == ['customer', 'migration_history', 'migration_log', 'purchase_order']
    assert db.columns('customer') == ['id', 'name', 'email'] : 'in the order Hibernate creates them'
    assert db.columns('purchase_order').sort() == ['customer_id', 'id', 'placedat', 'status', 'total']
    assert db.strings('select message from migration_history') == ['initial schema']
    assert db.strings('select action from migration_log order by id') == ['upgrade', 'upgrade', 'downgrade']
    assert db.strings('select checksum from migration_log order by id')[1..2].unique().size() == 1 : 'the downgrade row has the checksum of what it reverted'
    assert db.strings("""select c.relname from pg_class c where c.relkind = 'S' and not exists
            (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'i')""") == ['purchase_order_seq']
} finally {
    db.close()
}
return true
