package dev.jpamigrate.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.schema.SchemaFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's committed schema.snapshot is byte for byte what this version of the tool writes,
 * so that a user's first generate in the example shows a reviewer no churn, and a change of the
 * snapshot format shows up here, with the example to regenerate.
 */
class ExampleSnapshotTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "shop", "src", "main");
    private static final String SNAPSHOT = "db/migration/schema.snapshot";

    @Test
    void theExamplesSnapshotIsWhatGenerateWritesFromItsEntitiesAndFromItsMigrations(@TempDir Path work)
            throws IOException {
        Path copy = work.resolve("main");
        copyTree(EXAMPLE, copy);
        String committed = Files.readString(copy.resolve("resources").resolve(SNAPSHOT));
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work).withResources(copy.resolve("resources"));
        module.compileTree(copy.resolve("java"));

        // From the entities, as generate writes it after a change.
        SchemaFile read = SchemaFile.read(committed, SNAPSHOT);
        String comment = committed.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2))
                .collect(Collectors.joining("\n"));
        assertThat(SchemaFile.ofMigrations(module.entitySchema(), read.heads()).write(comment))
                .as("examples/shop's schema.snapshot as this version writes it: regenerate the example's migration"
                        + " and snapshot (delete both, run migration:generate, keep the revision id)")
                .isEqualTo(committed);

        // Unchanged entities: nothing to write.
        assertThat(generate(module, copy).hasChanges()).isFalse();
        assertThat(Files.readString(copy.resolve("resources").resolve(SNAPSHOT))).isEqualTo(committed);

        // From the migrations, as generate rebuilds a missing snapshot.
        Files.delete(copy.resolve("resources").resolve(SNAPSHOT));
        generate(module, copy);
        assertThat(Files.readString(copy.resolve("resources").resolve(SNAPSHOT))).isEqualTo(committed);
    }

    private static GenerateResult generate(ClassDirectoryCompiler module, Path main) {
        return ApplicationBuild.builder(module, main).build().generate(null);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
