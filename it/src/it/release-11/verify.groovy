import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/db/migration')
def written = migrations.listFiles().collect { it.name }.sort()
assert written.size() == 1 && written[0] ==~ /R\d{14}_InitialSchema\.java/ : written
def migration = new File(migrations, written[0]).text
assert migration.contains('op.createTable("book")') && !migration.contains('->') : 'chained calls, no lambdas'
def snapshot = new File(basedir, 'src/main/resources/db/migration/schema.snapshot').text
assert snapshot.startsWith('jpamigrate-schema 1\n') && snapshot.contains('\ntable author\n') : snapshot
assert log.contains('No changes: the entities match the migrations at revision')

// Compiled for Java 11 (class file version 55): the migration against migration-annotations, whose classes
// javac at release 11 reads only because they are Java 11 class files too.
def major = { File f -> def d = new DataInputStream(new FileInputStream(f)); d.readInt(); d.readUnsignedShort(); def m = d.readUnsignedShort(); d.close(); m }
def compiled = new File(basedir, 'target/classes/db/migration/' + written[0].replace('.java', '.class'))
assert major(compiled) == 55 : "class file version ${major(compiled)}"
assert major(new File(basedir, 'target/classes/com/acme/library/Book.class')) == 55
// The entity snapshot is a resource, not a class the application compiles.
assert new File(basedir, 'target/classes/META-INF/jpamigrate/schema/com.acme.library.schema').isFile()
assert !new File(basedir, 'target/classes/com/acme/library/EntitySchema.class').exists()

def db = ItDatabase.open(basedir)
try {
    assert db.tables('public') == ['author', 'book', 'migration_history', 'migration_log']
    assert db.columns('author').sort() == ['email', 'id', 'name']
    assert db.columns('book').sort() == ['author_id', 'format', 'id', 'price', 'published', 'title']
    assert db.strings('select message from migration_history') == ['initial schema']
} finally {
    db.close()
}
return true
