// The release build of a 5-module reactor, with -T 2: checked through its log, its file repository and its database.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2 : "two Maven invocations, found ${runs.size()}"
def (bare, release) = runs

// 1. A bare goal from the root of a fresh clone compiled the modules by itself: the revisions were found.
assert bare.contains('BUILD SUCCESS')
assert bare.contains('<base> -> 20261207004746, initial schema')
assert bare.contains('20261207004746 -> 20261207010000 (head), seed countries')
assert new File(basedir, 'migrations/target/classes/db/migration/R20261207010000_SeedCountries.class').isFile()
// It acted in the migrations module only, and passed over the others without noise.
assert bare.count('(head), seed countries') == 1

// 2. The release ran on two threads, with no plugin Maven would call unsafe for that.
assert release.contains('BUILD SUCCESS')
assert release.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !release.contains('not marked as thread-safe') && !release.contains('not marked as @threadSafe')

// Compile ran once per module: bound in the lifecycle, no goal forked a second one.
def compiles = (release =~ /--- compiler:[\d.]+:compile \(default-compile\) @ (\S+) ---/).collect { it[1] }.sort()
assert compiles == ['common', 'customers', 'migrations', 'orders'] : "compile runs: ${compiles}"
assert !(release =~ />>> migration:/).find() : 'a goal forked a lifecycle'

// The goals bound in verify ran in the migrations module, and upgrade after its artifacts were deployed.
assert (release =~ /--- migration:[^:]+:lint \(check-migrations\) @ migrations ---/).find()
assert (release =~ /--- migration:[^:]+:history \(check-migrations\) @ migrations ---/).find()
assert (release =~ /--- migration:[^:]+:check \(check-migrations\) @ migrations ---/).find()
assert release.contains('Check passed: the entities match the migrations')
assert (release =~ /--- migration:[^:]+:verify \(check-migrations\) @ migrations ---/).find()
assert release.contains('The migrations build the entity schema, downgrade to an empty schema and upgrade again.')
assert release.contains('2 revisions linted: 0 errors')
int deployed = release.indexOf('(default-deploy) @ migrations ---')
int upgraded = release.indexOf('(upgrade-database) @ migrations ---')
assert deployed > 0 && upgraded > deployed
assert (release =~ /Applied 20261207004746 initial schema \(\d+ ms\)/).find()
assert (release =~ /Applied 20261207010000 seed countries \(\d+ ms\)/).find()

// The password (settings.xml holds it encrypted) and the master password never appear.
assert !log.contains('Release-Secret-7') : 'the database password was printed'
assert !log.contains('it-Master-Pa55') : 'the master password was printed'

// The artifacts of all five modules are in the release repository.
def repo = new File(basedir, 'target/release-repo/dev/jpamigrate/it')
assert new File(repo, 'release-build/1.0/release-build-1.0.pom').isFile()
['common', 'customers', 'orders', 'migrations'].each {
    assert new File(repo, "${it}/1.0/${it}-1.0.jar").isFile() : "${it} was not deployed"
    assert new File(repo, "${it}/1.0/${it}-1.0.pom").isFile()
}

// The database: the tables, the seed rows and two history rows, written as the settings.xml user.
def port = new File(basedir, 'db.port').text.trim()
def superuser = new Properties()
superuser.setProperty('user', 'postgres')
def c = new org.postgresql.Driver().connect("jdbc:postgresql://localhost:${port}/shop", superuser)
try {
    def strings = { String sql ->
        def values = []
        def rs = c.createStatement().executeQuery(sql)
        while (rs.next()) {
            values << rs.getString(1)
        }
        values
    }
    assert strings("select table_name from information_schema.tables where table_schema = 'public' order by 1") ==
            ['country', 'customer', 'migration_history', 'migration_log', 'purchase_order']
    assert strings("select code || ' ' || name from country order by code") == ['DE Germany', 'FR France']
    assert strings("select revision || ' ' || applied_by from migration_history order by revision") ==
            ['20261207004746 release', '20261207010000 release']
    assert strings("""select confrelid::regclass::text from pg_constraint
                      where contype = 'f' and conrelid = 'purchase_order'::regclass""") == ['customer']
    assert strings("""select column_name from information_schema.columns
                      where table_name = 'customer' order by column_name""") == ['country_code', 'created_at', 'email', 'id']
} finally {
    c.close()
}
return true
