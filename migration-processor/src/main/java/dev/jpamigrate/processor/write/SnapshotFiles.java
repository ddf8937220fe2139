package dev.jpamigrate.processor.write;

import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.SchemaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The processor's files, all resources in the class output: the entity snapshots, one
 * {@link SchemaFile} per package, and the index resources that list a module's snapshots,
 * entities and revisions, one name a line. An index is read back from the class output,
 * where the previous compilation left it. Nothing is Java source, so javac compiles
 * nothing more, and the module needs nothing of JPA Migrate on its class path.
 */
public final class SnapshotFiles {
    /** The module's auto-applied converters, for a later compilation that does not recompile them. */
    public static final String CONVERTERS = "META-INF/jpamigrate/converters";

    private final Filer filer;

    public SnapshotFiles(Filer filer) {
        this.filer = filer;
    }

    /**
     * Writes the snapshot of a package, {@code META-INF/jpamigrate/schema/<package>.schema};
     * {@code origins} are its entity classes, so that an incremental build (Gradle, an IDE)
     * knows which sources it comes from.
     */
    public void writeSnapshot(PackageSnapshot snapshot, List<? extends Element> origins) throws IOException {
        writeSnapshot(snapshot, origins, List.of());
    }

    /** Writes the snapshot of a package, with the settings its entities were mapped with in its header. */
    public void writeSnapshot(PackageSnapshot snapshot, List<? extends Element> origins, List<SchemaFile.Setting> settings)
            throws IOException {
        List<String> entityClasses = snapshot.entities().stream().map(EntityClass::binaryName).toList();
        String text = SchemaFile.ofEntities(snapshot.schema(), entityClasses, settings, Hints.of(snapshot.hints())).write("The schema of the entities of "
                + (snapshot.packageName().isEmpty() ? "the default package" : "package " + snapshot.packageName())
                + ", written by the JPA Migrate processor when they compiled.");
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", snapshot.resource(),
                origins.toArray(Element[]::new));
        try (Writer out = file.openWriter()) {
            out.write(text);
        }
    }

    /** The lines of an index in the class output, or none when there is no such file yet. */
    public List<String> readIndex(String resource) {
        try {
            return IndexFiles.read(filer.getResource(StandardLocation.CLASS_OUTPUT, "", resource).openReader(true));
        } catch (IOException | IllegalArgumentException e) {
            // No previous compilation wrote it (javac says so with an exception): nothing to merge.
            return List.of();
        }
    }

    /**
     * The lines of a resource on the class path, which a module compiled before (a dependency) left; none when there
     * is no such resource, or the compiler does not read its class path.
     */
    public List<String> readClassPath(String resource) {
        try {
            return IndexFiles.read(filer.getResource(StandardLocation.CLASS_PATH, "", resource).openReader(true));
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return List.of();
        }
    }

    /** Writes an index: the names sorted, so that equal contents give equal files. */
    public void writeIndex(String resource, Collection<String> names) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", resource);
        try (Writer out = file.openWriter()) {
            for (String name : new TreeSet<>(names)) {
                out.write(name);
                out.write('\n');
            }
        }
    }
}
