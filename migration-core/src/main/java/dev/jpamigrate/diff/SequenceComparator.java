package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;

/** Sequences created, altered (start or increment) and dropped. */
final class SequenceComparator {
    private SequenceComparator() {
    }

    static void compare(Schema from, Schema to, Plan plan) {
        for (Sequence sequence : to.sequences()) {
            from.sequence(sequence.name()).ifPresentOrElse(
                    old -> {
                        if (!old.equals(sequence)) {
                            plan.add(Phase.ALTER_SEQUENCE, new Operation.AlterSequence(sequence));
                        }
                    },
                    () -> plan.add(Phase.CREATE_SEQUENCE, new Operation.CreateSequence(sequence)));
        }
        for (Sequence sequence : from.sequences()) {
            if (to.sequence(sequence.name()).isEmpty()) {
                plan.add(Phase.DROP_SEQUENCE, new Operation.DropSequence(sequence.name()));
            }
        }
    }
}
