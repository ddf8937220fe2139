package dev.jpamigrate.lint;

import dev.jpamigrate.index.LoadedRevision;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import java.util.List;

/**
 * What the lint reads of one revision.
 *
 * @param upgrade the operations its {@code upgrade()} records, raw SQL included
 * @param before the schema the revision starts from, when known (replayed from the revisions
 *     before it, or the generator's); null when unknown. The type-change rule uses it to tell a
 *     change that rewrites the table from one that does not.
 */
public record LintedRevision(String id, boolean transactional, List<Operation> upgrade,
        List<Acknowledgement> acknowledgements, Schema before) {
    public LintedRevision {
        upgrade = List.copyOf(upgrade);
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** A compiled revision, with its {@code @Acknowledge}s. */
    public static LintedRevision of(LoadedRevision revision, Schema before) {
        return new LintedRevision(revision.id(), revision.transactional(), revision.upgrade(),
                Acknowledgement.of(revision.type()), before);
    }
}
