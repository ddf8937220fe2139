package dev.jpamigrate.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.codegen.SnapshotWriter;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.processor.JpaMigrateProcessor;
import dev.jpamigrate.processor.model.EntityClass;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The processor's files: the generated snapshot classes, and the index resources that
 * list a module's entities, snapshots and revisions, one class name a line. An index is
 * read back from the class output, where the previous compilation left it.
 */
public final class SnapshotFiles {
    /** The simple name of the snapshot class generated in each package that has entities. */
    public static final String SNAPSHOT_CLASS = "EntitySchema";

    /** The module's auto-applied converters, for a later compilation that does not recompile them. */
    public static final String CONVERTERS = "META-INF/jpamigrate/converters";

    private final Filer filer;

    public SnapshotFiles(Filer filer) {
        this.filer = filer;
    }

    /** Writes a snapshot class, such as {@code <package>.EntitySchema}; {@code origins} are the entity classes. */
    public void writeSnapshot(SnapshotClass snapshot, List<? extends Element> origins) throws IOException {
        ClassName name = ClassName.get(snapshot.packageName(), snapshot.simpleName());
        List<String> entityClasses = snapshot.entities().stream().map(EntityClass::binaryName).toList();
        JavaFile file = SnapshotWriter.entitySnapshot(name, snapshot.schema(), entityClasses,
                JpaMigrateProcessor.class.getName());
        JavaFileObject source = filer.createSourceFile(name.canonicalName(), origins.toArray(Element[]::new));
        try (Writer out = source.openWriter()) {
            file.writeTo(out);
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
