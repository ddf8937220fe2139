package db.migration;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;

/** Written by hand; its second statement fails, so its first must not stay applied. */
@Revision(id = "20260102000000", parents = "20260101000000", message = "add phone and backfill")
public class R20260102000000_AddPhoneAndBackfill implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("customer", "phone", "varchar(20)");
        op.sql("update customer_contact set phone = 'unknown'");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("customer", "phone");
    }
}
