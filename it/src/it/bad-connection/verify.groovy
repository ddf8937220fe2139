def log = new File(basedir, 'build.log').text

def expected = [
    'Cannot connect to jdbc:postgresql://127.0.0.1:1/shop: Connection to 127.0.0.1:1 refused.',
    'migration.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database) or embedded:<directory>;'
            + ' got mysql://localhost/shop?password=****',
    'migration.serverId is production, but settings.xml has no <server> with that id.',
    'Unknown revision nope: run mvn migration:history to list them.',
]
expected.each { line -> assert log.contains(line) : "missing from the build log: $line" }
assert !log.contains('Secret-Pa55word') : 'a password was printed'
assert !(log =~ /\tat [a-z]+\./).find() : 'a stack trace was printed without -e'
return true
