package dev.jpamigrate.index;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Revision;
import dev.jpamigrate.core.Log;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.schema.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the compiled application holds, found through the index files the processor wrote
 * (never by scanning): the entity snapshots, merged, the migrations snapshot, and the
 * migration classes of the migration package.
 */
public final class CompiledProject {
    private static final String PROCESSOR_HINT = "add dev.jpamigrate:migration-processor to <annotationProcessorPaths>"
            + " of maven-compiler-plugin (see the README) and run mvn clean compile";
    private static final String RECOMPILE = "run mvn clean compile";
    private static final Set<String> ENTITY_ANNOTATIONS = Set.of("Ljakarta/persistence/Entity;",
            "Ljavax/persistence/Entity;");

    private final ClassLoader classLoader;
    private final String migrationPackage;
    private final Log log;
    /** The merged entity schema, once read: its converted enum checks run the application's converters once. */
    private Schema entitySchema;
    /** The entity snapshots read so far, by resource name: the schema and the settings come from one reading. */
    private final Map<String, SchemaFile> entitySnapshots = new HashMap<>();

    public CompiledProject(ClassLoader classLoader, String migrationPackage) {
        this(classLoader, migrationPackage, Log.NONE);
    }

    /** @param log where a converted enum check that cannot be computed is reported ({@link ConvertedEnumChecks}) */
    public CompiledProject(ClassLoader classLoader, String migrationPackage, Log log) {
        this.classLoader = classLoader;
        this.migrationPackage = migrationPackage;
        this.log = log;
    }

    public String migrationPackage() {
        return migrationPackage;
    }

    /**
     * The schema of every entity on the class path, from every module's snapshots.
     *
     * @throws MigrationException when there is no snapshot (the processor did not run), a
     *     snapshot is unreadable or stale, lacks an entity the processor listed, two modules
     *     map the same table, or a foreign key points at a table that no snapshot defines
     */
    public Schema entitySchema() {
        if (entitySchema == null) {
            entitySchema = ConvertedEnumChecks.resolve(UserTypeColumns.resolve(readEntitySchema(), classLoader), classLoader,
                    log);
        }
        return entitySchema;
    }

    private Schema readEntitySchema() {
        List<String> registered = lines(IndexFiles.ENTITY_SCHEMAS);
        if (registered.isEmpty()) {
            if (!lines(IndexFiles.OLD_ENTITY_SNAPSHOTS).isEmpty()) {
                throw new MigrationException("The entities on the class path were compiled by an older JPA Migrate,"
                        + " whose snapshots were classes: " + RECOMPILE + " (mvn clean install for the entity modules"
                        + " of a multi-module build).");
            }
            throw new MigrationException("No entity snapshot on the class path, so the entities cannot be read: "
                    + PROCESSOR_HINT + ".");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : registered) {
            if (!names.add(name)) {
                // Each module writes one snapshot per package; a class loader sees only one of two equal names.
                throw new MigrationException("Two modules have entities in package " + packageOf(name)
                        + ", and each writes its snapshot " + name + ": keep the entities of a package in one module.");
            }
        }
        Schema merged = Schema.EMPTY;
        Set<String> covered = new TreeSet<>();
        for (String name : names) {
            SchemaFile snapshot = entitySnapshot(name);
            requireCurrent(name, snapshot);
            covered.addAll(snapshot.entities());
            merged = merge(merged, snapshot.schema());
        }
        Set<String> listed = new TreeSet<>(lines(IndexFiles.ENTITIES));
        if (!covered.containsAll(listed)) {
            listed.removeAll(covered);
            throw new MigrationException("No entity snapshot holds " + listed + ", which the processor listed: "
                    + RECOMPILE + ".");
        }
        requireReferencedTables(merged);
        return merged;
    }

    /**
     * The settings the processor mapped the entities with, as their snapshots record them, without
     * repeats (the modules of a build usually share them); none for snapshots written before
     * settings were recorded.
     */
    public List<SchemaFile.Setting> entitySettings() {
        Set<SchemaFile.Setting> settings = new LinkedHashSet<>();
        for (String name : new TreeSet<>(lines(IndexFiles.ENTITY_SCHEMAS))) {
            settings.addAll(entitySnapshot(name).settings());
        }
        return List.copyOf(settings);
    }

    /** What the entity snapshots say for the diff beside their schema: renames, backfill values, enum constants. */
    public Hints entityHints() {
        Hints hints = Hints.NONE;
        for (String name : new TreeSet<>(lines(IndexFiles.ENTITY_SCHEMAS))) {
            hints = hints.plus(entitySnapshot(name).hints());
        }
        return hints;
    }

    private SchemaFile entitySnapshot(String name) {
        SchemaFile snapshot = entitySnapshots.get(name);
        if (snapshot == null) {
            snapshot = readEntitySnapshot(name);
            entitySnapshots.put(name, snapshot);
        }
        return snapshot;
    }

    private SchemaFile readEntitySnapshot(String name) {
        Optional<String> text = resource(name);
        if (text.isEmpty()) {
            throw new MigrationException("The entity snapshot " + name + ", which the processor registered, is not on"
                    + " the class path: " + RECOMPILE + ".");
        }
        try {
            return SchemaFile.read(text.get(), name);
        } catch (SchemaFile.FormatException e) {
            throw new MigrationException("The entity snapshot " + e.getMessage() + ": " + RECOMPILE + ".", e);
        }
    }

    private static Schema merge(Schema merged, Schema schema) {
        try {
            return merged.merge(schema);
        } catch (IllegalArgumentException e) {
            throw new MigrationException("Two modules map the same database object (" + e.getMessage()
                    + "): map each table in one module only.", e);
        }
    }

    /** {@code com.acme.shop} of {@code META-INF/jpamigrate/schema/com.acme.shop.schema}. */
    private static String packageOf(String resource) {
        String file = resource.substring(resource.lastIndexOf('/') + 1).replaceAll("\\.schema$", "");
        return file.equals("default-package") ? "(the default package)" : file;
    }

    /**
     * The migrations snapshot as the class path has it ({@code db/migration/schema.snapshot}),
     * when {@code migration:generate} has written one.
     */
    public Optional<SchemaFile> migrationsSnapshot() {
        String name = IndexFiles.migrationsSnapshot(migrationPackage);
        return resource(name).map(text -> {
            try {
                return SchemaFile.read(text, name);
            } catch (SchemaFile.FormatException e) {
                throw new MigrationException("The migrations snapshot " + e.getMessage() + ": restore it from version"
                        + " control, or delete it and run mvn migration:generate, which rebuilds it.", e);
            }
        });
    }

    /** The migration classes of the migration package and its subpackages, as the processor indexed them. */
    public List<LoadedRevision> revisions() {
        List<LoadedRevision> revisions = new ArrayList<>();
        for (String name : new TreeSet<>(lines(IndexFiles.REVISIONS))) {
            if (!name.startsWith(migrationPackage + ".")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, classLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new MigrationException("The revision index lists " + name + ", which is not on the class path:"
                        + " " + RECOMPILE + ".", e);
            }
            Revision revision = type.getAnnotation(Revision.class);
            if (revision == null || !Migration.class.isAssignableFrom(type)) {
                throw new MigrationException(name + " is indexed as a migration but is not a @Revision class that"
                        + " implements Migration: " + RECOMPILE + ".");
            }
            revisions.add(new LoadedRevision(new RevisionNode(revision.id(), List.of(revision.parents()),
                    revision.message()), revision.transactional(), type.asSubclass(Migration.class)));
        }
        if (revisions.isEmpty() && resource(IndexFiles.migrationsSnapshot(migrationPackage)).isPresent()) {
            throw new MigrationException("There is a migrations snapshot in " + migrationPackage
                    + " but no indexed migration class: " + PROCESSOR_HINT + ".");
        }
        return revisions;
    }

    /**
     * A snapshot lists its entities; one that no longer exists means the snapshot is older than the classes.
     * The class files are read, not loaded: see {@link ClassFileAnnotations}.
     */
    private void requireCurrent(String name, SchemaFile snapshot) {
        String root = classPathRoot(name);
        for (String entity : snapshot.entities()) {
            Optional<byte[]> classFile = classFile(root, entity.replace('.', '/') + ".class");
            if (classFile.isEmpty()) {
                throw staleSnapshot(name, entity + " no longer exists");
            }
            if (!isEntity(name, entity, classFile.get())) {
                throw staleSnapshot(name, entity + " is no longer an @Entity");
            }
        }
    }

    /** From the class file; from the loaded class, as before, when the class file is one this reader does not know. */
    private boolean isEntity(String snapshot, String entity, byte[] classFile) {
        try {
            return ClassFileAnnotations.declaresAny(classFile, ENTITY_ANNOTATIONS);
        } catch (IllegalArgumentException e) {
            try {
                return loadedIsEntity(Class.forName(entity, false, classLoader));
            } catch (ClassNotFoundException | LinkageError notLoaded) {
                throw staleSnapshot(snapshot, entity + " no longer exists");
            }
        }
    }

    private static boolean loadedIsEntity(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.equals("jakarta.persistence.Entity") || name.equals("javax.persistence.Entity")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where on the class path a resource is, as the URL of the directory or jar root it is in
     * ({@code file:/app/target/classes/}), or null when the resource's URL does not end in its name.
     */
    private String classPathRoot(String resource) {
        URL url = classLoader.getResource(resource);
        String text = url == null ? "" : url.toString();
        return text.endsWith(resource) ? text.substring(0, text.length() - resource.length()) : null;
    }

    /**
     * A class file, looked for first beside its snapshot, where the processor's compilation wrote both:
     * asking the class loader for a thousand classes' files one by one costs each a search through
     * the parent loaders and every module of the JDK.
     */
    private Optional<byte[]> classFile(String root, String path) {
        if (root != null) {
            try (InputStream in = new URL(root + path).openStream()) {
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                // Not there: wherever else the class path has it.
            }
        }
        return bytes(path);
    }

    private static MigrationException staleSnapshot(String name, String reason) {
        return new MigrationException("The entity snapshot " + name + " is out of date (" + reason + "): " + RECOMPILE
                + ".");
    }

    private static void requireReferencedTables(Schema schema) {
        for (Table table : schema.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                if (schema.table(fk.referencedTable()).isEmpty()) {
                    throw new MigrationException("Table " + table.name() + " references table " + fk.referencedTable()
                            + ", which no entity snapshot on the class path maps: is the module of that entity a"
                            + " dependency, and is the processor configured there?");
                }
            }
        }
    }

    /** A resource's text, from the first copy on the class path. */
    private Optional<String> resource(String name) {
        return bytes(name).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** A resource's bytes, from the first copy on the class path. */
    private Optional<byte[]> bytes(String name) {
        URL url = classLoader.getResource(name);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new MigrationException("Cannot read " + name + " from the class path: " + e.getMessage(), e);
        }
    }

    /** The names listed in every copy of an index file on the class path, in class path order. */
    private List<String> lines(String resource) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> urls = classLoader.getResources(resource);
            while (urls.hasMoreElements()) {
                names.addAll(IndexFiles.read(new InputStreamReader(urls.nextElement().openStream(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new MigrationException("Cannot read " + resource + " from the class path: " + e.getMessage(), e);
        }
        return names;
    }
}
