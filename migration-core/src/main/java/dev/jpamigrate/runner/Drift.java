package dev.jpamigrate.runner;

import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import java.util.List;

/**
 * How a live database differs from the schema its applied revisions should have given it.
 *
 * @param current the applied revisions that no applied revision follows; empty at base
 * @param heads the heads of the revision graph
 * @param basis what the database was compared with, in words: "the migrations snapshot at 20261125130100"
 * @param opaqueRevisions applied revisions whose raw SQL or JDBC steps the comparison cannot see
 * @param differences one readable line per difference, empty when there is no drift
 * @param expected the migrations' schema, its defaults and checks as the server prints them
 * @param live the database's schema as the catalog reader read it, without the history tables
 */
public record Drift(List<String> current, List<String> heads, String basis, List<String> opaqueRevisions,
        List<String> differences, Schema expected, Schema live) {
    public Drift {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        opaqueRevisions = List.copyOf(opaqueRevisions);
        differences = List.copyOf(differences);
    }

    public boolean hasDrift() {
        return !differences.isEmpty();
    }

    /** Whether revisions remain to be applied: the database was compared with its applied revisions only. */
    public boolean isBehind() {
        return !current.equals(heads);
    }

    /** The operations that bring the database back to the migrations' schema; empty without drift. */
    public List<Operation> revert() {
        return hasDrift() ? SchemaDiff.between(live, expected).upgrade() : List.of();
    }
}
