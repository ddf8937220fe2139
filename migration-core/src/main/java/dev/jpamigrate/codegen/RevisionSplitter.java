package dev.jpamigrate.codegen;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.LockCount;
import dev.jpamigrate.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts a change set that would take more of PostgreSQL's lock table than a budget in one
 * transaction into consecutive parts, each within the budget, each to be a revision of its
 * own, applied in its own transaction. The operations keep their order, which already puts
 * what is referred to before what refers to it (tables before the foreign keys to them), so
 * every part runs on what the parts before it created. Each part's downgrade is the inverse
 * of its own operations, as {@link dev.jpamigrate.diff.SchemaDiff} builds it for a whole
 * change set; a change set within the budget is one part, the same as without cutting.
 */
final class RevisionSplitter {
    private RevisionSplitter() {
    }

    /**
     * @param before the schema the part starts from
     * @param locks the lock-table entries that its transaction takes, estimated by {@link LockCount}
     */
    record Part(Schema before, List<Operation> upgrade, List<Operation> downgrade, int locks) {
    }

    static List<Part> split(Schema from, List<Operation> upgrade, int budget) {
        List<Part> parts = new ArrayList<>();
        Schema start = from;
        Schema state = from;
        List<Operation> operations = new ArrayList<>();
        List<Operation> inverses = new ArrayList<>();
        LockCount locks = new LockCount();
        for (Operation op : upgrade) {
            if (!operations.isEmpty() && locks.total() + locks.additional(op, state) > budget) {
                parts.add(part(start, operations, inverses, locks));
                start = state;
                operations = new ArrayList<>();
                inverses = new ArrayList<>();
                locks = new LockCount();
            }
            locks.add(op, state);
            operations.add(op);
            inverses.add(op.inverse(state));
            state = op.applyTo(state);
        }
        parts.add(part(start, operations, inverses, locks));
        return parts;
    }

    private static Part part(Schema before, List<Operation> operations, List<Operation> inverses, LockCount locks) {
        List<Operation> downgrade = new ArrayList<>(inverses);
        Collections.reverse(downgrade);
        return new Part(before, List.copyOf(operations), List.copyOf(downgrade), locks.total());
    }
}
