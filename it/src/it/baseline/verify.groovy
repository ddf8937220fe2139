import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/db/migration')
def written = migrations.listFiles().collect { it.name }.sort()

// The baseline and the one real difference, nothing else.
assert written.size() == 2 : "expected the baseline and one migration, got $written"
def baseline = migrations.listFiles().find { it.name ==~ /R\d{14}_Baseline\.java/ }
def phone = migrations.listFiles().find { it.name ==~ /R\d{14}_AddCustomerPhone\.java/ }
assert baseline && phone : written
def baselineId = baseline.name.substring(1, 15)
def phoneId = phone.name.substring(1, 15)
assert log.contains("and recorded it as applied to schema public without running it.")

// The baseline builds the database's schema, in the entities' words: the check as the entities write it,
// not as PostgreSQL printed it.
def baselineSource = baseline.text
assert baselineSource.contains('op.createTable("customer")')
assert baselineSource.contains('op.createTable("purchase_order")')
assert baselineSource.contains('"status in (\'NEW\',\'PAID\',\'SHIPPED\')"') : baselineSource
assert !baselineSource.contains('ANY (ARRAY') : baselineSource
assert baselineSource.contains('op.dropTable("customer")')

// The migration holds only the new column, and its inverse.
def phoneSource = phone.text
assert phoneSource.contains('parents = "' + baselineId + '"') : phoneSource
assert phoneSource.contains('op.addColumn("customer", "phone", "varchar(20)");') : phoneSource
assert phoneSource.contains('op.dropColumn("customer", "phone");')
assert !phoneSource.contains('createTable')
assert !phoneSource.contains('Check')
assert log.contains("No changes: the entities match the migrations at revision $phoneId.")

def snapshot = new File(basedir, 'src/main/resources/db/migration/schema.snapshot').text
assert snapshot.contains("\nhead $phoneId\n") : snapshot
assert snapshot.contains('\n  column phone varchar(20)\n') : snapshot

// The second baseline was refused, saying what to do instead.
assert log.contains('db.migration already has 2 migration(s): a baseline is the first revision.')
assert log.contains('run mvn migration:stamp -Dmigration.target=head')

// The database: the rows are still there, the phone column was added, the baseline never ran.
def db = ItDatabase.open(basedir)
try {
    assert db.columns('customer') == ['id', 'name', 'email', 'phone']
    assert db.strings("select email || ' ' || coalesce(phone, '-') from customer order by id") ==
            ['ada@example.com -', 'grace@example.com -']
    assert db.strings("select status || ' ' || total from purchase_order") == ['PAID 12.50']
    assert db.strings('select revision || \' \' || message from migration_history order by revision') ==
            ["$baselineId baseline", "$phoneId add customer phone"].collect { it.toString() }
    assert db.strings('select action || \' \' || revision from migration_log order by id') ==
            ["stamp $baselineId", "upgrade $phoneId"].collect { it.toString() }
    assert db.strings("select duration_ms::text from migration_history where revision = '$baselineId'") == ['0']
} finally {
    db.close()
}
return true
