// A PostgreSQL that checks passwords: role "shop" with password "shop-Secret-1", which
// settings.xml holds under <server><id>shop-db</id>. The builds find its URL in
// .mvn/maven.config; the server stops when the outer build's JVM exits.
import dev.jpamigrate.embedded.EmbeddedServer

def data = new File(basedir, 'pg')
def server = EmbeddedServer.startPersistent(data.toPath())
def superuser = new Properties()
superuser.setProperty('user', 'postgres')
def c = new org.postgresql.Driver().connect(server.jdbcUrl(), superuser)
try {
    def s = c.createStatement()
    s.execute("create role shop login password 'shop-Secret-1'")
    s.execute('create database shop owner shop')
    new File(data, 'pg_hba.conf').text = '''\
local all all trust
host all postgres 127.0.0.1/32 trust
host all postgres ::1/128 trust
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
'''
    s.execute('select pg_reload_conf()')
} finally {
    c.close()
}
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dmigration.url=${server.jdbcUrl('shop')}\n"
return true
