package dev.jpamigrate.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.Operations;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What applications compile against stays usable at {@code --release 11}: Java 11 class
 * files, no records, no sealed types, nothing but the JDK.
 */
class AnnotationsApiTest {
    @Test
    void everyClassOfTheApiIsAJava11ClassFileAndNoRecordOrSealedType() throws Exception {
        List<String> classes = apiClasses();

        assertThat(classes).contains("dev.jpamigrate.Operations", "dev.jpamigrate.CreateTable",
                "dev.jpamigrate.TableDefinition$Column", "dev.jpamigrate.JdbcWork", "dev.jpamigrate.Revision");
        for (String name : classes) {
            assertThat(majorVersion(name)).as(name).isEqualTo(55);
            Class<?> type = Class.forName(name);
            assertThat(type.isRecord()).as(name + " is a record").isFalse();
            assertThat(type.isSealed()).as(name + " is sealed").isFalse();
        }
    }

    /** The classes beside {@link Operations}: its module's target/classes, or its jar. */
    private static List<String> apiClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Operations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .sorted().toList();
            }
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
            return jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class"))
                    .map(n -> n.replace('/', '.').replaceAll("\\.class$", "")).sorted().toList();
        }
    }

    private static int majorVersion(String className) throws IOException {
        try (InputStream in = Operations.class.getResourceAsStream("/" + className.replace('.', '/') + ".class");
                DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
