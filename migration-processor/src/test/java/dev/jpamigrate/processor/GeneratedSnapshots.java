package dev.jpamigrate.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.EntitySnapshot;
import dev.jpamigrate.Schema;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.processor.write.SnapshotFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Loads the snapshot classes that a compile-testing compilation generated, to assert on their {@link Schema}. */
final class GeneratedSnapshots {
    private GeneratedSnapshots() {
    }

    /** The snapshot of the entities of {@code packageName}. */
    static EntitySnapshot snapshot(Compilation compilation, String packageName) {
        return snapshot(compilation, packageName, SnapshotFiles.SNAPSHOT_CLASS);
    }

    /** One snapshot class of {@code packageName}, when its entities fill several. */
    static EntitySnapshot snapshot(Compilation compilation, String packageName, String simpleName) {
        try {
            Class<?> type = new GeneratedClassLoader(compilation).loadClass(packageName + "." + simpleName);
            return (EntitySnapshot) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no loadable snapshot " + simpleName + " in package " + packageName, e);
        }
    }

    static Schema schema(Compilation compilation, String packageName) {
        return snapshot(compilation, packageName).schema();
    }

    /** The union of the schemas of every snapshot the services file registers. */
    static Schema mergedSchema(Compilation compilation) {
        Schema merged = Schema.EMPTY;
        for (String snapshotClass : index(compilation, IndexFiles.ENTITY_SNAPSHOTS)) {
            int dot = snapshotClass.lastIndexOf('.');
            merged = merged.merge(snapshot(compilation, snapshotClass.substring(0, dot), snapshotClass.substring(dot + 1))
                    .schema());
        }
        return merged;
    }

    /** The lines of an index resource the processor wrote. */
    static List<String> index(Compilation compilation, String resource) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, resource)
                .orElseThrow(() -> new AssertionError("the processor wrote no " + resource));
        try {
            return Arrays.stream(file.getCharContent(true).toString().split("\n")).filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertNoIndex(Compilation compilation, String resource) {
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, resource)).as(resource).isEmpty();
    }

    /** Defines the classes of the compilation's output, and leaves the rest to the test class path. */
    private static final class GeneratedClassLoader extends ClassLoader {
        private final Compilation compilation;

        GeneratedClassLoader(Compilation compilation) {
            super(GeneratedSnapshots.class.getClassLoader());
            this.compilation = compilation;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                    name.replace('.', '/') + ".class").orElseThrow(() -> new ClassNotFoundException(name));
            try (InputStream in = file.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
