package db.migration;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;

@Revision(id = "20260201000000", parents = "20260101000000", message = "add customer phone")
public class R20260201000000_AddCustomerPhone implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("customer", "phone", "varchar(20)");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("customer", "phone");
    }
}
