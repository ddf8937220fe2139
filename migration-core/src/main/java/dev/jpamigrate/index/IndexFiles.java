package dev.jpamigrate.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The resources through which the annotation processor tells the engine what a
 * compilation holds, so that the engine never scans a class path.
 */
public final class IndexFiles {
    /** Service registration of the generated {@link dev.jpamigrate.EntitySnapshot} classes, one per line. */
    public static final String ENTITY_SNAPSHOTS = "META-INF/services/dev.jpamigrate.EntitySnapshot";

    /**
     * The entity classes of a module, one per line. The processor reads the previous list
     * back on an incremental compile, so that a snapshot is complete even when it is given
     * only the changed entities.
     */
    public static final String ENTITIES = "META-INF/jpamigrate/entities";

    /** The {@link dev.jpamigrate.Revision} classes of a module, one per line. */
    public static final String REVISIONS = "META-INF/jpamigrate/revisions";

    private IndexFiles() {
    }

    /** The class names of an index file: one a line; blank lines and {@code #} comments are skipped. */
    public static List<String> read(Reader reader) throws IOException {
        try (BufferedReader in = new BufferedReader(reader)) {
            return in.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
