package db.migration;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;
import java.lang.Override;

@Revision(
        id = "20260101000000",
        message = "initial schema"
)
public class R20260101000000_InitialSchema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("customer")
                .column("id", "bigint").identity()
                .column("email", "varchar(255)").notNull()
                .primaryKey("customer_pkey", "id");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("customer");
    }
}
