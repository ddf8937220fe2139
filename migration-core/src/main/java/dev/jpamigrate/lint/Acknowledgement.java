package dev.jpamigrate.lint;

import dev.jpamigrate.Acknowledge;
import java.util.Arrays;
import java.util.List;

/**
 * A migration's acceptance of one lint rule's findings, with the reason; from
 * {@link Acknowledge @Acknowledge} on the migration class.
 */
public record Acknowledgement(String rule, String reason) {
    public Acknowledgement {
        rule = rule == null ? "" : rule.strip();
        reason = reason == null ? "" : reason.strip();
    }

    /** The acknowledgements a migration class carries, in the order written. */
    public static List<Acknowledgement> of(Class<?> migration) {
        return Arrays.stream(migration.getAnnotationsByType(Acknowledge.class))
                .map(a -> new Acknowledgement(a.rule(), a.reason()))
                .toList();
    }
}
