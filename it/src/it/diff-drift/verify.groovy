import dev.jpamigrate.core.Migrator
import dev.jpamigrate.embedded.EmbeddedServer
import dev.jpamigrate.runner.DatabaseSettings

def log = new File(basedir, 'build.log').text
def migration = new File(basedir, 'src/main/java/db/migration').listFiles().find { it.name ==~ /R\d{14}_InitialSchema\.java/ }
assert migration : 'generate wrote the initial schema'
def head = migration.name.substring(1, 15)

// Right after the upgrade: what PostgreSQL rewrote ('NEW'::character varying, the enum's check, 0.00) is no drift.
assert log.contains("No drift: the database matches the migrations at revision ${head}.")

// After the hand-work: one line per change, nothing else (not the other schema's table, not the checks).
def drift = [
        'table audit_note: only in the database',
        'table customer: column nickname only in the database',
        "table customer: column status has default 'NEW'::character varying in the migrations,"
                + " default 'PAID'::character varying in the database",
        'table customer: index idx_customer_name only in the migrations',
]
assert log.contains("[WARNING] Drift: schema public differs from the migrations snapshot at ${head} in 4 places:")
drift.each { assert log.contains("[WARNING]   ${it}\n") : it }
def reported = log.readLines().findAll { it.startsWith('[WARNING]   table ') }
assert reported.size() == 3 * drift.size() : 'three diff runs, the same four lines each: ' + reported
assert log.contains('-Dmigration.fix=true writes the SQL that reverts it')

// migration.failOnDrift fails the build with one line.
assert log.contains('The database has drifted from the migrations (4 differences, listed above): revert it with the'
        + ' SQL that -Dmigration.fix=true writes')

// migration.fix wrote the SQL, which is not a migration: nothing new in db.migration.
def script = new File(basedir, 'target/migration/revert-drift.sql')
assert script.isFile()
def sql = script.text
assert sql.startsWith("-- Brings schema public back to the migrations snapshot at ${head}")
assert sql.contains('alter table customer drop column nickname;')
assert sql.contains('drop table audit_note;')
assert sql.contains('create index idx_customer_name on customer (name);')
assert sql.contains("alter table customer alter column status set default 'NEW'::character varying;")
assert new File(basedir, 'src/main/java/db/migration').list().size() == 1

// Run it as a DBA would, then diff again through the engine: no drift, and the row is still there.
def server = EmbeddedServer.startPersistent(new File(basedir, '.migration/dev-db').toPath())
try {
    def properties = new Properties()
    properties.setProperty('user', server.user())
    def connection = new org.postgresql.Driver().connect(server.jdbcUrl(), properties)
    try {
        connection.createStatement().execute(sql)
        def rs = connection.createStatement().executeQuery('select email, status from public.customer')
        assert rs.next() && rs.getString(1) == 'ada@example.com' && rs.getString(2) == 'NEW'
    } finally {
        connection.close()
    }
} finally {
    server.close()
}
def classes = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[],
        Migrator.class.classLoader)
def after = Migrator.builder().classLoader(classes).migrationPackage('db.migration')
        .baseDirectory(basedir.toPath())
        .database(new DatabaseSettings('embedded:.migration/dev-db', null, null, 'public'))
        .build().diff(null)
assert after.differences().isEmpty() : after.differences()
return true
