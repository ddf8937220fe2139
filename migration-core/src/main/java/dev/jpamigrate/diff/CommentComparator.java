package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Table;
import java.util.Objects;

/**
 * Comments of a table that exists on both sides, and of its columns that exist on both
 * sides; a new table or column brings its comments with it.
 */
final class CommentComparator {
    private CommentComparator() {
    }

    static void compare(Table from, Table to, Plan plan) {
        String table = to.name();
        if (!Objects.equals(from.comment(), to.comment())) {
            plan.add(Phase.COMMENT, new Operation.AlterTableComment(table, to.comment()));
        }
        for (Column column : to.columns()) {
            from.column(column.name())
                    .filter(old -> !Objects.equals(old.comment(), column.comment()))
                    .ifPresent(old -> plan.add(Phase.COMMENT,
                            new Operation.AlterColumnComment(table, column.name(), column.comment())));
        }
    }
}
