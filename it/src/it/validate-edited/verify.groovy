import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] Validated 1 applied revision: checksums match.')
assert (log =~ /\[ERROR\] Revision 20260101000000 \(initial schema\) was edited after it was applied to schema public at \S+: its operations give checksum [0-9a-f]{12}, the history recorded [0-9a-f]{12}\./).find()
assert log.contains('Validation failed: revision 20260101000000 of schema public changed after it was applied: restore'
        + ' its class from version control (git log -p shows the edit); if the edit is meant and this database already'
        + ' has it, record the current checksums with mvn migration:stamp -Dmigration.target=current, which keeps'
        + ' the applied revisions as they are.')
assert !(log =~ /\tat dev\.jpamigrate\./).find() : 'a stack trace was printed without -e'

// validate only reads: the schema and the history are as the upgrade left them.
def db = ItDatabase.open(basedir)
try {
    assert db.strings('select revision from migration_history') == ['20260101000000']
    assert db.strings('select action from migration_log') == ['upgrade']
    assert db.strings("""select character_maximum_length::text from information_schema.columns
            where table_name = 'customer' and column_name = 'email'""") == ['255']
    def recorded = db.strings('select checksum from migration_history')[0]
    assert log.contains("the history recorded ${recorded.substring(0, 12)}.")
} finally {
    db.close()
}
return true
