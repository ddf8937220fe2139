def log = new File(basedir, 'build.log').text

// Each finding in one line: revision, statement, hazard, safe pattern, rule id.
assert log.contains('[ERROR] error: 20260102000000: create index idx_customer_email on customer (email): blocks writes to'
        + ' the table while the index builds; use create index concurrently in a revision with transactional = false'
        + ' [create-index-not-concurrently]')
assert log.contains("error: 20260102000000: alter table customer add constraint email_has_at check (email like '%@%'):"
        + ' scans the table under an ACCESS EXCLUSIVE lock; add the check with not valid, then validate constraint'
        + ' in a later transaction [add-check-validating]')
// The initial revision creates its table: nothing to say about it.
assert !log.contains('20260101000000:')
// The first build ran with migration.skip and did nothing.
assert log.contains('Skipping: migration.skip is set.')
// The build fails with one line that says what to do, and no stack trace.
assert log.contains('Lock-safety lint: 2 revisions linted: 2 errors, 0 warnings, 0 hints, 0 acknowledged: write the'
        + ' safe pattern each error names, or accept it with @Acknowledge(rule = "<rule>", reason = "<why>") on the'
        + ' migration.')
assert !(log =~ /\tat dev\.jpamigrate\./).find() : 'a stack trace was printed without -e'
return true
