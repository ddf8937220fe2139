package db.migration;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;
import java.lang.Override;

/** Generated on the branch "note". */
@Revision(
        id = "20260103000000",
        parents = "20260101000000",
        message = "add note"
)
public class R20260103000000_AddNote implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("note")
                .column("id", "bigint").notNull()
                .column("body", "varchar(255)")
                .primaryKey("note_pkey", "id");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("note");
    }
}
