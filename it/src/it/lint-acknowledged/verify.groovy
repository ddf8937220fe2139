def log = new File(basedir, 'build.log').text

assert log.contains('acknowledged (customer holds 300 rows): 20260102000000: create index idx_customer_email on'
        + ' customer (email): blocks writes to the table')
assert log.contains('acknowledged (runs in the maintenance window): 20260102000000: alter table customer add'
        + " constraint email_has_at check (email like '%@%')")
assert log.contains('2 revisions linted: 0 errors, 0 warnings, 0 hints, 2 acknowledged.')
assert log.contains('BUILD SUCCESS')
return true
