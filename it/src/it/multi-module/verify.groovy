import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'migrations/src/main/java/db/migration')
assert migrations.isDirectory()
assert migrations.list().findAll { it ==~ /R\d{14}_InitialSchema\.java/ }.size() == 1
assert !new File(basedir, 'customers/src/main/java/db').exists() : 'an entity module got migrations'
assert !new File(basedir, 'orders/src/main/java/db').exists() : 'an entity module got migrations'
assert new File(basedir, 'migrations/src/main/resources/db/migration/schema.snapshot').text
        .contains('\ntable purchase_order\n') : 'the migrations snapshot'
assert !new File(basedir, 'customers/src/main/resources/db').exists() : 'an entity module got a snapshot'
// The entity modules' snapshots are resources in their jars' class output, and no source.
assert new File(basedir, 'customers/target/classes/META-INF/jpamigrate/schema/com.acme.customers.schema').isFile()
assert !new File(basedir, 'customers/target/generated-sources/annotations/com/acme/customers/EntitySchema.java').exists()

def initial = migrations.listFiles().find { it.name.startsWith('R') }.text
assert initial.contains('op.createTable("customer"')
assert initial.contains('op.createTable("purchase_order"')
assert initial.contains('op.addForeignKey("purchase_order"')
assert (log =~ /Applied \d{14} initial schema \(\d+ ms\)/).find()

def db = ItDatabase.open(new File(basedir, 'migrations'))
try {
    assert db.tables('public') == ['customer', 'migration_history', 'migration_log', 'purchase_order']
    assert db.columns('purchase_order') == ['customer_id', 'id'] : 'in the order Hibernate creates them'
    def fk = db.strings("""select confrelid::regclass::text from pg_constraint
                          where contype = 'f' and conrelid = 'purchase_order'::regclass""")
    assert fk == ['customer']
} finally {
    db.close()
}
return true
