package dba;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;

/** Not a migration of the application: what a DBA did by hand to its database, as SQL. */
@Revision(id = "20260201000000", message = "hand-work")
public class R20260201000000_HandWork implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.sql("insert into public.customer (email, name) values ('ada@example.com', 'Ada')");
        op.sql("alter table public.customer add column nickname varchar(40)");
        op.sql("drop index public.idx_customer_name");
        op.sql("alter table public.customer alter column status set default 'PAID'");
        op.sql("create table public.audit_note (id integer primary key, body text)");
    }

    @Override
    public void downgrade(Operations op) {
        op.sql("drop table public.audit_note");
    }
}
