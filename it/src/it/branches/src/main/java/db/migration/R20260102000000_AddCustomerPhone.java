package db.migration;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;
import java.lang.Override;

/** Generated on the branch "phone". */
@Revision(
        id = "20260102000000",
        parents = "20260101000000",
        message = "add customer phone"
)
public class R20260102000000_AddCustomerPhone implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("customer", "phone", "varchar(255)");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("customer", "phone");
    }
}
