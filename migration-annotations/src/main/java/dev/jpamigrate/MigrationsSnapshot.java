package dev.jpamigrate;

import java.util.List;

/**
 * The schema that the migrations produce, as of their head revision(s): the committed
 * class {@code SchemaSnapshot} beside the migrations, rewritten by {@code migration:generate}.
 * The next {@code generate} diffs the entities against it.
 */
public interface MigrationsSnapshot {
    Schema schema();

    /** The head revision(s) this schema is the result of; empty before the first migration. */
    List<String> heads();
}
