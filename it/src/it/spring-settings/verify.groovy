import dev.jpamigrate.it.ItDatabase

def log = new File(basedir, 'build.log').text
// generate says which settings it used, and where each came from.
def line = log.readLines().find { it.contains('Hibernate 7.4 settings:') }
assert line != null : 'no settings line in the build log'
assert line.contains("naming spring-boot (application.yml, Spring Boot's default)") : line
assert line.contains('default_schema=billing (application.yml)') : line
assert line.contains('preferred_instant_jdbc_type=TIMESTAMP (application.yml)') : line
assert line.contains('preferred_duration_jdbc_type=INTERVAL_SECOND (-Ahibernate.type.preferred_duration_jdbc_type)') : line

def snapshot = new File(basedir, 'target/classes/META-INF/jpamigrate/schema/com.acme.billing.schema').text
assert snapshot.contains('setting hibernate.default_schema billing application.yml\n') : snapshot

def db = ItDatabase.open(basedir)
try {
    assert db.tables('billing') == ['payment_plan']
    def types = db.strings("select column_name || ' ' || format_type(atttypid, atttypmod) from pg_attribute"
            + " join information_schema.columns on column_name = attname"
            + " where attrelid = 'billing.payment_plan'::regclass and table_schema = 'billing'"
            + " and table_name = 'payment_plan' and attnum > 0 order by attnum")
    assert types.contains('starts_at timestamp(6) without time zone') : types
    assert types.contains('payment_term interval second(6)') : types
    assert types.contains('customer_name character varying(255)') : types
} finally {
    db.close()
}
return true
