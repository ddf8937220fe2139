package dev.jpamigrate.diff;

import dev.jpamigrate.ops.Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Operations collected by phase; comparators add to it, {@link #operations()} reads them in order. */
final class Plan {
    private final Map<Phase, List<Operation>> byPhase = new EnumMap<>(Phase.class);

    void add(Phase phase, Operation operation) {
        byPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(operation);
    }

    List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        byPhase.values().forEach(all::addAll);
        return all;
    }
}
