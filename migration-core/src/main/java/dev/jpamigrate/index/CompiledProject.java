package dev.jpamigrate.index;

import dev.jpamigrate.EntitySnapshot;
import dev.jpamigrate.ForeignKey;
import dev.jpamigrate.Migration;
import dev.jpamigrate.MigrationsSnapshot;
import dev.jpamigrate.Revision;
import dev.jpamigrate.Schema;
import dev.jpamigrate.Table;
import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.graph.RevisionNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the compiled application holds, found through the index files the processor wrote
 * (never by scanning): the entity snapshots, merged, the migrations snapshot, and the
 * migration classes of the migration package.
 */
public final class CompiledProject {
    static final String SNAPSHOT_CLASS = "SchemaSnapshot";
    private static final String PROCESSOR_HINT = "add dev.jpamigrate:migration-processor to <annotationProcessorPaths>"
            + " of maven-compiler-plugin (see the README) and run mvn clean compile";

    private final ClassLoader classLoader;
    private final String migrationPackage;

    public CompiledProject(ClassLoader classLoader, String migrationPackage) {
        this.classLoader = classLoader;
        this.migrationPackage = migrationPackage;
    }

    public String migrationPackage() {
        return migrationPackage;
    }

    /**
     * The schema of every entity on the class path, from every module's snapshot.
     *
     * @throws MigrationException when there is no snapshot (the processor did not run), a
     *     snapshot is stale, two modules map the same table, or a foreign key points at a
     *     table that no snapshot defines
     */
    public Schema entitySchema() {
        List<String> registered = lines(IndexFiles.ENTITY_SNAPSHOTS);
        if (registered.isEmpty()) {
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
            EntitySnapshot snapshot = snapshot(name);
            requireCurrent(snapshot);
            covered.addAll(snapshot.entityClasses());
            merged = merge(merged, snapshot);
        }
        Set<String> listed = new TreeSet<>(lines(IndexFiles.ENTITIES));
        if (!covered.containsAll(listed)) {
            listed.removeAll(covered);
            throw new MigrationException("No entity snapshot holds " + listed + ", which the processor listed: run mvn"
                    + " clean compile.");
        }
        requireReferencedTables(merged);
        return merged;
    }

    private EntitySnapshot snapshot(String name) {
        try {
            return (EntitySnapshot) Class.forName(name, true, classLoader).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new MigrationException("The entity snapshot " + name + " cannot be loaded (" + e + "): "
                    + PROCESSOR_HINT + ".", e);
        }
    }

    private static Schema merge(Schema merged, EntitySnapshot snapshot) {
        Schema schema;
        try {
            schema = snapshot.schema();
        } catch (RuntimeException e) {
            throw new MigrationException("The entity snapshot " + snapshot.getClass().getName() + " is not a valid"
                    + " schema (" + e.getMessage() + "): run mvn clean compile.", e);
        }
        try {
            return merged.merge(schema);
        } catch (IllegalArgumentException e) {
            throw new MigrationException("Two modules map the same database object (" + e.getMessage()
                    + "): map each table in one module only.", e);
        }
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "(the default package)" : className.substring(0, dot);
    }

    /** The committed schema of the migrations, when {@code migration:generate} has written one. */
    public Optional<MigrationsSnapshot> migrationsSnapshot() {
        String name = migrationPackage + "." + SNAPSHOT_CLASS;
        try {
            Class<?> type = Class.forName(name, true, classLoader);
            return Optional.of((MigrationsSnapshot) type.getConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new MigrationException("Cannot load the migrations snapshot " + name + ": " + e
                    + ". Run mvn clean compile.", e);
        }
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
                        + " run mvn clean compile.", e);
            }
            Revision revision = type.getAnnotation(Revision.class);
            if (revision == null || !Migration.class.isAssignableFrom(type)) {
                throw new MigrationException(name + " is indexed as a migration but is not a @Revision class that"
                        + " implements Migration: run mvn clean compile.");
            }
            revisions.add(new LoadedRevision(new RevisionNode(revision.id(), List.of(revision.parents()),
                    revision.message()), revision.transactional(), type.asSubclass(Migration.class)));
        }
        if (revisions.isEmpty() && migrationsSnapshot().isPresent()) {
            throw new MigrationException("There is a migrations snapshot in " + migrationPackage
                    + " but no indexed migration class: " + PROCESSOR_HINT + ".");
        }
        return revisions;
    }

    /** A snapshot lists its entities; one that no longer exists means the snapshot is older than the classes. */
    private void requireCurrent(EntitySnapshot snapshot) {
        for (String entity : snapshot.entityClasses()) {
            Class<?> type;
            try {
                type = Class.forName(entity, false, classLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw staleSnapshot(snapshot, entity + " no longer exists");
            }
            if (!isEntity(type)) {
                throw staleSnapshot(snapshot, entity + " is no longer an @Entity");
            }
        }
    }

    private static boolean isEntity(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.equals("jakarta.persistence.Entity") || name.equals("javax.persistence.Entity")) {
                return true;
            }
        }
        return false;
    }

    private static MigrationException staleSnapshot(EntitySnapshot snapshot, String reason) {
        return new MigrationException("The entity snapshot " + snapshot.getClass().getName() + " is out of date ("
                + reason + "): run mvn clean compile.");
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

    /** The class names listed in every copy of an index file on the class path, in class path order. */
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
