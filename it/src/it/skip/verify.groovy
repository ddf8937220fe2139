import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3
def (typed, bound, current) = runs

// Typed on the command line: six goals, six skips, and nothing compiled for them.
assert typed.count('Skipping: migration.skip is set.') == 6
assert !typed.contains('compiler:') : 'a skipped goal compiled the module'
assert !new File(basedir, 'src/main/resources/db/migration/schema.snapshot').exists() : 'generate wrote a snapshot'
assert new File(basedir, 'src/main/java/db/migration').list() as List == ['R20260101000000_InitialSchema.java']

// Bound in verify: the build ran, the two goals skipped.
assert bound.contains('BUILD SUCCESS')
assert bound.count('Skipping: migration.skip is set.') == 2
assert (bound =~ /--- migration:[^:]+:upgrade \(bound\) @ skip ---/).find()

// The database: untouched.
assert current.contains('base (no revision applied)')
def db = ItDatabase.open(basedir)
try {
    assert db.tables('public') == ['marker']
} finally {
    db.close()
}
return true
