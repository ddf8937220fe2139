// The development database exists before the builds, with one table of its own, so that the verify
// script can tell "untouched" from "never opened".
import dev.jpamigrate.embedded.EmbeddedServer

def server = EmbeddedServer.startPersistent(new File(basedir, '.migration/dev-db').toPath())
try {
    def superuser = new Properties()
    superuser.setProperty('user', server.user())
    def c = new org.postgresql.Driver().connect(server.jdbcUrl(), superuser)
    try {
        c.createStatement().execute('create table marker (id int)')
    } finally {
        c.close()
    }
} finally {
    server.close()
}
return true
