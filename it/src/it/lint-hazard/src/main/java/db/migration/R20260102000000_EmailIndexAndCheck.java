package db.migration;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;

/** Written by hand: both statements lock customer, which holds rows and serves traffic, while they scan it. */
@Revision(id = "20260102000000", parents = "20260101000000", message = "email index and check")
public class R20260102000000_EmailIndexAndCheck implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createIndex("customer", "idx_customer_email", "email");
        op.sql("alter table customer add constraint email_has_at check (email like '%@%')");
    }

    @Override
    public void downgrade(Operations op) {
        op.sql("alter table customer drop constraint email_has_at");
        op.dropIndex("customer", "idx_customer_email");
    }
}
