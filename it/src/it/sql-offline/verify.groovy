// The scripts that migration:sql wrote, applied with psql to a fresh PostgreSQL, give the schema and
// the history that migration:upgrade gave the development database; the downgrade script empties it.
import dev.jpamigrate.it.ItDatabase
import dev.jpamigrate.postgres.CatalogReader
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def log = new File(basedir, 'build.log').text
def up = new File(basedir, 'target/migration.sql')
def down = new File(basedir, 'target/downgrade.sql')
assert up.isFile() && down.isFile()
// Three revisions: the initial schema, the new column, and its index built concurrently (not transactional).
def wroteUp = (log =~ /Wrote the upgrade from base to \d{14} \(3 revisions\) of schema public to .*target.migration\.sql; run it with: psql -d <database> -f /).find()
assert wroteUp : 'the upgrade script and how to run it are logged'
def wroteDown = (log =~ /Wrote the downgrade from head to base \(3 revisions\) of schema public to .*target.downgrade\.sql/).find()
assert wroteDown : 'the downgrade script is logged'
assert up.text.startsWith('-- JPA Migrate: upgrade from base to ')
assert up.text.contains('\n\\set ON_ERROR_STOP on\n')
assert up.text.contains('create index concurrently') : 'the second revision is not transactional'

def psql = System.getenv('PATH').split(File.pathSeparator).collect { new File(it, 'psql') }.find { it.canExecute() }
assert psql != null : 'psql is not on the PATH: install the PostgreSQL client (apt-get install postgresql-client)'

def history = 'select revision || \' \' || parents || \' \' || message || \' \' || checksum from migration_history order by revision'
def auditLog = 'select action || \' \' || revision || \' \' || coalesce(checksum, \'-\') from migration_log order by id'
def strings = { c, sql ->
    def rows = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) { rows << rs.getString(1) }
    rows
}
def catalog = { c -> CatalogReader.read(c, 'public', [], ['migration_history', 'migration_log'] as Set) }
def run = { EmbeddedPostgres pg, File script ->
    def process = new ProcessBuilder(psql.path, '-X', '-q', '-h', 'localhost', '-p', String.valueOf(pg.port), '-U', 'postgres',
            '-d', 'offline', '-f', script.path).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "psql -f $script failed:\n$output"
}

def expectedSchema
def expectedHistory
def expectedLog
def dev = ItDatabase.open(basedir)
try {
    expectedSchema = catalog(dev.@connection)
    expectedHistory = dev.strings(history)
    expectedLog = dev.strings(auditLog)
} finally {
    dev.close()
}
assert expectedHistory.size() == 3

// The server's own output goes to a file, so that a passing build reads short.
def serverLog = ProcessBuilder.Redirect.to(new File(basedir, 'target/offline-postgres.log'))
def pg = EmbeddedPostgres.builder().setOutputRedirector(serverLog).setErrorRedirector(serverLog).start()
try {
    def admin = pg.postgresDatabase.connection
    admin.createStatement().execute('create database offline')
    admin.close()
    run(pg, up)
    def c = pg.getDatabase('postgres', 'offline').connection
    try {
        assert catalog(c) == expectedSchema
        assert strings(c, history) == expectedHistory
        assert strings(c, auditLog) == expectedLog
        assert strings(c, "select indexname from pg_indexes where indexname = 'customer_phone_idx'").size() == 1
        c.createStatement().execute("insert into customer (email, name, phone) values ('a@example.com', 'A', '1')")

        run(pg, down)
        assert strings(c, "select table_name from information_schema.tables where table_schema = 'public'"
                + " order by table_name") == ['migration_history', 'migration_log']
        assert strings(c, history).isEmpty()
        assert strings(c, 'select action from migration_log order by id') == ['upgrade'] * 3 + ['downgrade'] * 3
    } finally {
        c.close()
    }
} finally {
    pg.close()
}
return true
