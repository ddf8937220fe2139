package dev.jpamigrate.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.Migration;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.OperationRecorder;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.InMemoryCompiler;
import dev.jpamigrate.testing.LargeSchemas;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first migration of a large model compiles: its statements are split into methods
 * under the JVM's 64 KB of bytecode, and those into nested classes under the 65,535
 * constants of a class. 3,000 tables in the build (its strings fill more than one class);
 * {@code -Djpamigrate.largeMigration.tables=10000} for the largest models in use.
 */
class LargeMigrationTest {
    private static final int TABLES = Integer.getInteger("jpamigrate.largeMigration.tables", 3_000);

    @Test
    void theFirstMigrationOfALargeModelCompilesAndRecordsExactlyItsOperations(@TempDir Path dir) throws Exception {
        Schema schema = LargeSchemas.of(TABLES);
        SchemaDiff diff = SchemaDiff.between(Schema.EMPTY, schema);
        JavaFile file = MigrationWriter.write("db.migration", "20261125130000", List.of(), "initial schema",
                Schema.EMPTY, diff.upgrade(), diff.downgrade());
        String source = file.toString();

        long start = System.nanoTime();
        Class<?> type = InMemoryCompiler.compile(dir, file).loadClass("db.migration.R20261125130000_InitialSchema");
        long millis = (System.nanoTime() - start) / 1_000_000;

        Migration migration = (Migration) type.getConstructor().newInstance();
        OperationRecorder upgrade = new OperationRecorder();
        migration.upgrade(upgrade);
        OperationRecorder downgrade = new OperationRecorder();
        migration.downgrade(downgrade);
        assertThat(upgrade.recorded()).isEqualTo(diff.upgrade());
        assertThat(downgrade.recorded()).isEqualTo(diff.downgrade());
        assertThat(source).contains("    public void upgrade(Operations op) {\n        UpgradePart1.upgrade1(op);",
                "        static void upgrade1(Operations op) {", "private static final class UpgradePart1 {",
                "UpgradePart2.upgrade").doesNotContain("->");
        assertThat(Arrays.stream(type.getDeclaredClasses()).map(Class::getSimpleName))
                .contains("UpgradePart1", "UpgradePart2", "DowngradePart1");
        assertThat(MigrationWriter.write("db.migration", "20261125130000", List.of(), "initial schema", Schema.EMPTY,
                diff.upgrade(), diff.downgrade()).toString()).as("the same source again").isEqualTo(source);
        System.out.printf("LargeMigration: %,d tables, %,d operations, %,d characters of source in %d classes,"
                + " compiled in %,d ms%n", TABLES, diff.upgrade().size(), source.length(),
                1 + type.getDeclaredClasses().length, millis);
    }
}
