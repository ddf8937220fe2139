package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import java.util.Objects;

/**
 * Sequences created, altered (start, increment or type), owned and dropped. A sequence is created without its owner
 * and owned once its column exists; it loses its owner before anything drops that column or its table, so that it
 * is dropped on its own, last, and a downgrade re-creates it before the table whose default draws from it.
 */
final class SequenceComparator {
    private SequenceComparator() {
    }

    static void compare(Schema from, Schema to, Plan plan) {
        for (Sequence sequence : to.sequences()) {
            Sequence old = from.sequence(sequence.name()).orElse(null);
            if (old == null) {
                plan.add(Phase.CREATE_SEQUENCE, new Operation.CreateSequence(sequence.withOwner(null)));
            } else if (!old.withOwner(null).equals(sequence.withOwner(null))) {
                plan.add(Phase.ALTER_SEQUENCE, new Operation.AlterSequence(sequence));
            }
            Sequence.Owner before = old == null ? null : old.owner();
            if (!Objects.equals(before, sequence.owner())) {
                if (before != null) {
                    plan.add(Phase.DISOWN_SEQUENCE, new Operation.AlterSequenceOwner(sequence.name(), null));
                }
                if (sequence.owner() != null) {
                    plan.add(Phase.OWN_SEQUENCE, new Operation.AlterSequenceOwner(sequence.name(), sequence.owner()));
                }
            }
        }
        for (Sequence sequence : from.sequences()) {
            if (to.sequence(sequence.name()).isEmpty()) {
                if (sequence.owner() != null) {
                    plan.add(Phase.DISOWN_SEQUENCE, new Operation.AlterSequenceOwner(sequence.name(), null));
                }
                plan.add(Phase.DROP_SEQUENCE, new Operation.DropSequence(sequence.name()));
            }
        }
    }
}
