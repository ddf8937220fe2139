package dev.jpamigrate.testing;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema as large models have it: per table twelve columns of the usual types, a primary
 * key, two foreign keys to earlier tables, a unique constraint, two indexes, a check, a
 * comment on some tables and columns, and a sequence per ten tables. Always the same for
 * the same size.
 */
public final class LargeSchemas {
    private static final String[] TYPES = {"varchar(255)", "integer", "numeric(19,2)", "timestamp(6)", "boolean",
            "date", "varchar(40)", "text", "bigint", "uuid"};

    private LargeSchemas() {
    }

    public static Schema of(int tableCount) {
        List<Table> tables = new ArrayList<>(tableCount);
        List<Sequence> sequences = new ArrayList<>();
        for (int i = 0; i < tableCount; i++) {
            String name = "entity_" + i;
            List<Column> columns = new ArrayList<>();
            columns.add(new Column("id", "bigint", false, null, true, null));
            columns.add(new Column("version", "integer", false, "0", false, null));
            for (int c = 0; c < 8; c++) {
                String column = "attribute_" + c + "_of_" + i;
                columns.add(new Column(column, TYPES[(i + c) % TYPES.length], c % 3 == 0, null, false,
                        c == 0 && i % 4 == 0 ? "The first attribute of " + name + ", as it's \"shown\"" : null));
            }
            List<ForeignKey> foreignKeys = new ArrayList<>();
            columns.add(Column.of("parent_id", "bigint"));
            columns.add(Column.of("owner_id", "bigint"));
            if (i > 0) {
                foreignKeys.add(new ForeignKey("fk_" + name + "_parent", List.of("parent_id"), "entity_" + (i - 1),
                        List.of("id"), ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION));
                foreignKeys.add(new ForeignKey("fk_" + name + "_owner", List.of("owner_id"), "entity_" + (i / 2),
                        List.of("id"), ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION));
            }
            tables.add(new Table(name, columns, new PrimaryKey(name + "_pkey", List.of("id")),
                    List.of(new UniqueConstraint(name + "_attribute_1_key", List.of("attribute_1_of_" + i))),
                    List.of(new Index("idx_" + name + "_parent", List.of("parent_id"), false),
                            new Index("idx_" + name + "_attribute_2", List.of("attribute_2_of_" + i + " desc",
                                    "version"), false)),
                    foreignKeys,
                    List.of(new CheckConstraint(name + "_version_check", "version >= 0")),
                    i % 3 == 0 ? "Rows of " + name : null));
            if (i % 10 == 0) {
                sequences.add(new Sequence(name + "_seq", 1, 50));
            }
        }
        return new Schema(tables, sequences);
    }
}
