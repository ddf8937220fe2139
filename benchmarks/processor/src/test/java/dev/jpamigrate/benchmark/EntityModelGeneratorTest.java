package dev.jpamigrate.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.processor.JpaMigrateProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityModelGeneratorTest {

    @Test
    void theModelCompilesWithTheProcessorIntoOneSnapshotPerPackage(@TempDir Path dir) throws Exception {
        // 250 entities: 25 per package, enough for every kind of mapping the model uses.
        List<Path> sources = new EntityModelGenerator(250, 1).write(dir.resolve("src"));
        String model = String.join("\n", sources.stream().map(EntityModelGeneratorTest::read).toList());
        assertThat(model).contains("@Embedded\n", "@AttributeOverride(",
                "@Inheritance(strategy = InheritanceType.SINGLE_TABLE)", "@DiscriminatorValue(", "@ElementCollection",
                "@ManyToMany", "@Convert(", "@OneToMany(mappedBy", "@ManyToOne", "@MappedSuperclass",
                "@Inheritance(strategy = InheritanceType.JOINED)", "@PrimaryKeyJoinColumn(", "@IdClass(", "@EmbeddedId");
        Path generated = Files.createDirectories(dir.resolve("generated"));

        List<String> options = List.of("-d", Files.createDirectories(dir.resolve("classes")).toString(),
                "-s", generated.toString(), "-cp", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new JpaMigrateProcessor()));
            compiled = task.call();
        }

        assertThat(compiled).as(diagnostics.toString()).isTrue();
        try (Stream<Path> files = Files.walk(dir.resolve("classes/META-INF/jpamigrate/schema"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".schema")).count()).isEqualTo(10);
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSameSeedGivesTheSameModel(@TempDir Path dir) throws Exception {
        List<Path> first = new EntityModelGenerator(25, 7).write(dir.resolve("a"));
        List<Path> second = new EntityModelGenerator(25, 7).write(dir.resolve("b"));

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i)).hasSameTextualContentAs(second.get(i));
        }
    }
}
