package dev.jpamigrate.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Reads the entity snapshots the processor wrote, through the engine's reader: of a
 * compile-testing compilation, or on a class path as the engine finds them.
 */
final class GeneratedSnapshots {
    private GeneratedSnapshots() {
    }

    /** The snapshot of the entities of {@code packageName}. */
    static SchemaFile snapshot(Compilation compilation, String packageName) {
        String resource = IndexFiles.entitySchema(packageName);
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, resource)
                .orElseThrow(() -> new AssertionError("no snapshot of package " + packageName + " (" + resource + ")"));
        return SchemaFile.read(text(file), resource);
    }

    static Schema schema(Compilation compilation, String packageName) {
        return snapshot(compilation, packageName).schema();
    }

    /** The union of the schemas of every snapshot the index lists. */
    static Schema mergedSchema(Compilation compilation) {
        Schema merged = Schema.EMPTY;
        for (String resource : index(compilation, IndexFiles.ENTITY_SCHEMAS)) {
            JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, resource)
                    .orElseThrow(() -> new AssertionError("the index lists " + resource + ", which is not written"));
            merged = merged.merge(SchemaFile.read(text(file), resource).schema());
        }
        return merged;
    }

    /** The snapshots that the index resources on {@code classPath} list, as the engine reads them. */
    static List<SchemaFile> onClassPath(ClassLoader classPath) {
        List<SchemaFile> snapshots = new ArrayList<>();
        try {
            for (URL index : Collections.list(classPath.getResources(IndexFiles.ENTITY_SCHEMAS))) {
                for (String resource : IndexFiles.read(new java.io.InputStreamReader(index.openStream(),
                        StandardCharsets.UTF_8))) {
                    URL url = classPath.getResource(resource);
                    assertThat(url).as(resource + ", which " + index + " lists").isNotNull();
                    try (InputStream in = url.openStream()) {
                        snapshots.add(SchemaFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return snapshots;
    }

    /** The lines of an index resource the processor wrote. */
    static List<String> index(Compilation compilation, String resource) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, resource)
                .orElseThrow(() -> new AssertionError("the processor wrote no " + resource));
        return Arrays.stream(text(file).split("\n")).filter(l -> !l.isBlank()).toList();
    }

    static void assertNoIndex(Compilation compilation, String resource) {
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, resource)).as(resource).isEmpty();
    }

    private static String text(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
