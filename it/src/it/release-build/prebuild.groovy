// The release database: a PostgreSQL that checks passwords, with role "release" whose password
// "Release-Secret-7" settings.xml holds encrypted under <server><id>release-db</id> (master password in
// settings-security.xml). The builds find its port in .mvn/maven.config; the server stops when the
// outer build's JVM exits.
import dev.jpamigrate.embedded.EmbeddedServer

def data = new File(basedir, 'pg')
def server = EmbeddedServer.startPersistent(data.toPath())
def superuser = new Properties()
superuser.setProperty('user', 'postgres')
def c = new org.postgresql.Driver().connect(server.jdbcUrl(), superuser)
try {
    def s = c.createStatement()
    s.execute("create role release login password 'Release-Secret-7'")
    s.execute('create database shop owner release')
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
def port = (server.jdbcUrl() =~ /localhost:(\d+)\//)[0][1]
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Drelease.db.port=${port}\n"
new File(basedir, 'db.port').text = port
return true
