import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/db/migration')

// Invocation 1: heads listed both, and upgrade refused, naming both.
assert log.contains('20260102000000 (head) add customer phone')
assert log.contains('20260103000000 (head) add note')
assert log.contains('2 heads: branches that each added a revision are not merged. Run mvn migration:merge')
assert log.contains('The migrations have 2 heads, 20260102000000 (add customer phone) and 20260103000000 (add note):'
        + ' run mvn migration:merge to join them, or apply every head with -Dmigration.target=heads.')

// The merge revision: both heads its parents, empty methods, and the default message.
def merge = migrations.listFiles().find { it.name.contains('_Merge') }
assert merge != null : migrations.list()
assert merge.name ==~ /R\d{14}_Merge20260102000000And20260103000000\.java/ : merge.name
def mergeId = merge.name.substring(1, 15)
def source = merge.text
assert source.contains('parents = {"20260102000000", "20260103000000"}') : source
assert source.contains('message = "merge 20260102000000 and 20260103000000"') : source
assert source.contains('public void upgrade(Operations op) {\n    }') : source

// The snapshot: overwritten without the conflict markers, at the merge, with both branches' changes.
def snapshot = new File(basedir, 'src/main/resources/db/migration/schema.snapshot').text
assert !snapshot.contains('<<<<<<<') && !snapshot.contains('>>>>>>>') : snapshot
assert snapshot.contains("\nhead $mergeId\n") : snapshot
assert snapshot.contains('\n  column phone varchar(255)\n') : snapshot
assert snapshot.contains('\ntable note\n') : snapshot

// Upgrade through the merge, back one step (the merge), back another (one branch), to base, and up again.
assert (log =~ /Applied $mergeId merge 20260102000000 and 20260103000000 \(\d+ ms\)/).find()
assert (log =~ /Reverted $mergeId merge/).find()
assert log.contains('Schema public is now at 20260102000000, 20260103000000; head is ' + mergeId + '.')
assert (log =~ /Reverted 20260103000000 add note/).find()
assert log.contains('Schema public is at 20260102000000; 2 revisions pending, head is ' + mergeId + '.')
assert log.contains('Schema public is now at base (no revision applied); head is ' + mergeId + '.')
assert log.contains('Schema public is now at ' + mergeId + ' (head).')
assert log.contains('No changes: the entities match the migrations at revision ' + mergeId + '.')

def db = ItDatabase.open(basedir)
try {
    assert db.tables('public') == ['customer', 'migration_history', 'migration_log', 'note']
    assert db.columns('customer') == ['id', 'email', 'phone']
    assert db.strings('select revision from migration_history order by revision') ==
            ['20260101000000', '20260102000000', '20260103000000', mergeId]
    assert db.strings("select parents from migration_history where revision = '$mergeId'") ==
            ['20260102000000,20260103000000']
    def actions = db.strings("select action || ' ' || revision from migration_log order by id")
    assert actions == ['upgrade 20260101000000', 'upgrade 20260102000000', 'upgrade 20260103000000',
            "upgrade $mergeId", "downgrade $mergeId", 'downgrade 20260103000000',
            "downgrade 20260102000000", 'downgrade 20260101000000',
            'upgrade 20260101000000', 'upgrade 20260102000000', 'upgrade 20260103000000', "upgrade $mergeId"]
            .collect { it.toString() } : actions
} finally {
    db.close()
}
return true
