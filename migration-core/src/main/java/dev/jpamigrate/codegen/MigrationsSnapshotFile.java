package dev.jpamigrate.codegen;

import dev.jpamigrate.core.MigrationException;
import dev.jpamigrate.schema.SchemaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The migrations snapshot in the source tree, as every goal that writes migrations reads and writes it. */
final class MigrationsSnapshotFile {
    private MigrationsSnapshotFile() {
    }

    static Optional<SchemaFile> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SchemaFile.read(Files.readString(file, StandardCharsets.UTF_8), relative(file).toString()));
        } catch (SchemaFile.FormatException e) {
            throw new MigrationException("The migrations snapshot " + e.getMessage() + ": restore it from version"
                    + " control, or delete it and run mvn migration:generate again, which rebuilds it from the"
                    + " migrations.", e);
        } catch (IOException e) {
            throw new MigrationException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** With the same comment as {@code generate} writes, so that the goals do not churn each other's files. */
    static void write(Path file, String migrationPackage, SchemaFile snapshot) {
        String comment = "The schema that the migrations in " + migrationPackage + " produce; mvn migration:generate"
                + " rewrites it.\nIt is what the next migration is generated against: commit it with the migrations.";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, snapshot.write(comment), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Relative to the working directory when inside it. */
    static Path relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }
}
