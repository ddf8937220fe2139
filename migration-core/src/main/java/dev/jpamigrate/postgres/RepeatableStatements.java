package dev.jpamigrate.postgres;

import dev.jpamigrate.ops.Operation;
import java.util.List;

/**
 * The statements of an operation in a revision with {@code transactional = false}, which runs
 * again from its start after a failure part-way: drops of constraints and indexes say {@code if
 * exists}, so that those already gone do not stop the second run. Every other operation is as
 * {@link PostgresDialect} writes it; the lock-safe forms are repeatable already.
 *
 * <pre>{@code
 * RepeatableStatements.render(new PostgresDialect(), new Operation.DropUnique("customer", "customer_email_key"));
 * // [alter table customer drop constraint if exists customer_email_key]
 * }</pre>
 */
public final class RepeatableStatements {
    private RepeatableStatements() {
    }

    public static List<String> render(PostgresDialect dialect, Operation op) {
        String table = null;
        String constraint = null;
        if (op instanceof Operation.DropUnique drop) {
            table = drop.table();
            constraint = drop.name();
        } else if (op instanceof Operation.DropPrimaryKey drop) {
            table = drop.table();
            constraint = drop.name();
        } else if (op instanceof Operation.DropCheck drop) {
            table = drop.table();
            constraint = drop.name();
        } else if (op instanceof Operation.DropForeignKey drop) {
            table = drop.table();
            constraint = drop.name();
        }
        if (constraint != null) {
            return List.of(PostgresDialect.alterTable(table) + " drop constraint if exists "
                    + Identifiers.quote(constraint));
        }
        List<String> sql = dialect.render(op);
        if (op instanceof Operation.DropIndex drop && !drop.concurrently()) {
            return List.of(sql.get(0).replaceFirst("drop index ", "drop index if exists "));
        }
        return sql;
    }
}
