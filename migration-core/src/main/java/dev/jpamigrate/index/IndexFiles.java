package dev.jpamigrate.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The resources through which the annotation processor tells the engine what a
 * compilation holds, so that the engine never scans a class path, and the names of the
 * schema files.
 */
public final class IndexFiles {
    /**
     * The entity snapshots of a module, one resource name a line, each a
     * {@link dev.jpamigrate.schema.SchemaFile} such as {@code META-INF/jpamigrate/schema/com.acme.shop.schema}.
     */
    public static final String ENTITY_SCHEMAS = "META-INF/jpamigrate/entity-schemas";

    /** Where the entity snapshots are, one per package: {@code <package>.schema}. */
    public static final String ENTITY_SCHEMA_DIRECTORY = "META-INF/jpamigrate/schema/";

    /**
     * The registration of entity snapshots that were Java classes, which an older JPA Migrate
     * wrote; a class path that has it holds a module that version compiled.
     */
    public static final String OLD_ENTITY_SNAPSHOTS = "META-INF/services/dev.jpamigrate.EntitySnapshot";

    /**
     * The entity classes of a module, one per line. The processor reads the previous list
     * back on an incremental compile, so that a snapshot is complete even when it is given
     * only the changed entities.
     */
    public static final String ENTITIES = "META-INF/jpamigrate/entities";

    /** The {@link dev.jpamigrate.Revision} classes of a module, one per line. */
    public static final String REVISIONS = "META-INF/jpamigrate/revisions";

    /** The file name of the migrations snapshot, in the migration package's resource directory. */
    public static final String MIGRATIONS_SNAPSHOT = "schema.snapshot";

    private IndexFiles() {
    }

    /** {@code META-INF/jpamigrate/schema/com.acme.shop.schema}; the default package's is {@code default-package.schema}. */
    public static String entitySchema(String packageName) {
        return ENTITY_SCHEMA_DIRECTORY + (packageName.isEmpty() ? "default-package" : packageName) + ".schema";
    }

    /** {@code db/migration/schema.snapshot}: the migrations snapshot of {@code migrationPackage}, as a resource. */
    public static String migrationsSnapshot(String migrationPackage) {
        return migrationPackage.replace('.', '/') + "/" + MIGRATIONS_SNAPSHOT;
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
