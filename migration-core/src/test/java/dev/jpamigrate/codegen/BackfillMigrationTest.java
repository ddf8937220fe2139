package dev.jpamigrate.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.Migration;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.ops.Operation.AddColumn;
import dev.jpamigrate.ops.Operation.AlterColumnNullable;
import dev.jpamigrate.ops.OperationRecorder;
import dev.jpamigrate.runner.OperationChecksum;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.InMemoryCompiler;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entities' backfill hints through the diff into migration code, and back through the DSL. */
class BackfillMigrationTest {
    static final Schema BEFORE = Schema.builder()
            .table("member", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("nickname", "varchar(40)")
                    .column("email", "varchar(80)")
                    .column("legacy", "integer", c -> c.notNull())
                    .primaryKey("member_pkey", "id"))
            .build();

    static final Schema AFTER = Schema.builder()
            .table("member", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("nickname", "varchar(40)", c -> c.notNull())
                    .column("email", "varchar(80)", c -> c.notNull())
                    .column("points", "integer", c -> c.notNull())
                    .column("code", "varchar(20)", c -> c.notNull())
                    .column("rank", "integer", c -> c.notNull().defaultValue("1"))
                    .column("joined", "date", c -> c.notNull())
                    .primaryKey("member_pkey", "id"))
            .build();

    static final Hints HINTS = Hints.of(List.of(
            new Hint.Backfill("member", "points", "0"),
            new Hint.Backfill("member", "code", "'n/a'"),
            new Hint.Backfill("member", "rank", "5"),
            new Hint.Backfill("member", "nickname", "'anonymous'")));

    @Test
    void theDiffGivesTheHintsToTheOperationsThatNeedThem() {
        SchemaDiff diff = SchemaDiff.between(BEFORE, AFTER, HINTS);

        assertThat(diff.upgrade()).containsExactly(
                new AddColumn("member", new Column("points", "integer", false, null, false), "0"),
                new AddColumn("member", new Column("code", "varchar(20)", false, null, false), "'n/a'"),
                // Its default fills the rows: the hint has nothing to do.
                new AddColumn("member", new Column("rank", "integer", false, "1", false)),
                new AddColumn("member", new Column("joined", "date", false, null, false)),
                new AlterColumnNullable("member", "nickname", false, "'anonymous'"),
                new AlterColumnNullable("member", "email", false),
                new Operation.DropColumn("member", "legacy"));
        assertThat(diff.downgrade()).contains(
                new AddColumn("member", new Column("legacy", "integer", false, null, false), "0"),
                new AlterColumnNullable("member", "nickname", true));
        assertThat(diff.needsBackfill()).containsExactly(
                "member.joined is added NOT NULL without a default or backfill, and date has no value to give the"
                        + " rows: on a table with rows the upgrade stops before changing anything; add"
                        + " @Backfill(\"<value>\") to the field mapped to it (or @ColumnDefault) and generate again, or"
                        + " give op.addColumn(\"member\", \"joined\", ...).backfill(\"<value>\") in upgrade()",
                "member.email becomes NOT NULL without a backfill: if rows hold NULL in it, the upgrade stops before"
                        + " changing anything; add @Backfill(\"<value>\") to the field mapped to it (or @ColumnDefault)"
                        + " and generate again, or give op.setNotNull(\"member\", \"email\").backfill(\"<value>\") in"
                        + " upgrade()");
        assertThat(diff.dataLoss()).containsExactly("drops column member.legacy and its data");
        assertThat(diff.downgradeDataLoss()).containsExactly(
                "drops column member.joined and what was written to it since the upgrade",
                "drops column member.rank and what was written to it since the upgrade",
                "drops column member.code and what was written to it since the upgrade",
                "drops column member.points and what was written to it since the upgrade");
    }

    @Test
    void withoutHintsNothingIsBackfilled() {
        SchemaDiff diff = SchemaDiff.between(BEFORE, AFTER);

        assertThat(diff.upgrade()).allSatisfy(op -> assertThat(OperationChecksum.of(List.of(op)))
                .doesNotContain("backfill"));
        assertThat(diff.upgrade()).noneMatch(op -> op instanceof AddColumn a && a.backfill() != null
                || op instanceof AlterColumnNullable n && n.backfill() != null);
        assertThat(diff.needsBackfill()).hasSize(5);
    }

    @Test
    void theMigrationSaysWhatLosesDataAndWhatNeedsABackfillInBothDirections(@TempDir Path dir) throws Exception {
        SchemaDiff diff = SchemaDiff.between(BEFORE, AFTER, HINTS);
        JavaFile file = MigrationWriter.write("db.migration", "7", List.of(), "members", BEFORE, diff.upgrade(),
                diff.downgrade());
        String source = file.toString();

        assertThat(source).contains("""
                    @Override
                    public void upgrade(Operations op) {
                        op.addColumn("member", "points", "integer").notNull().backfill("0");
                        op.addColumn("member", "code", "varchar(20)").notNull().backfill("'n/a'");
                        op.addColumn("member", "rank", "integer").notNull().defaultValue("1");
                """, """
                        op.addColumn("member", "joined", "date").notNull();
                        op.setNotNull("member", "nickname").backfill("'anonymous'");
                """, """
                        // Data loss: drops column member.legacy and its data
                        op.dropColumn("member", "legacy");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.addColumn("member", "legacy", "integer").notNull().backfill("0");
                        op.dropNotNull("member", "email");
                        op.dropNotNull("member", "nickname");
                        // Data loss: drops column member.joined and what was written to it since the upgrade
                        op.dropColumn("member", "joined");
                """);
        assertThat(source).contains("        // Needs a backfill: member.joined is added NOT NULL without a default"
                + " or backfill, and date has no value to give the rows: on a table with rows the upgrade stops before"
                + " changing anything; add @Backfill(\"<value>\") to the field mapped to it (or @ColumnDefault) and"
                + " generate again, or give op.addColumn(\"member\", \"joined\", ...).backfill(\"<value>\") in"
                + " upgrade()\n        op.addColumn(\"member\", \"joined\", \"date\").notNull();\n");
        Migration migration = (Migration) InMemoryCompiler.compile(dir, file).loadClass("db.migration.R7_Members")
                .getConstructor().newInstance();
        OperationRecorder upgrade = new OperationRecorder();
        migration.upgrade(upgrade);
        OperationRecorder downgrade = new OperationRecorder();
        migration.downgrade(downgrade);
        assertThat(upgrade.recorded()).isEqualTo(diff.upgrade());
        assertThat(downgrade.recorded()).isEqualTo(diff.downgrade());
    }

    @Test
    void aBackfillCountsInTheChecksumAndAnOperationWithoutOneKeepsItsChecksum() throws Exception {
        Column points = new Column("points", "integer", false, null, false);

        assertThat(OperationChecksum.of(List.of(new AddColumn("member", points))))
                .isEqualTo(OperationChecksum.of(List.of(new AddColumn("member", points, " "))))
                .isNotEqualTo(OperationChecksum.of(List.of(new AddColumn("member", points, "0"))));
        assertThat(OperationChecksum.of(List.of(new AddColumn("member", points, "0"))))
                .isNotEqualTo(OperationChecksum.of(List.of(new AddColumn("member", points, "1"))));
        assertThat(OperationChecksum.of(List.of(new AlterColumnNullable("member", "nickname", false, "'x'"))))
                .isNotEqualTo(OperationChecksum.of(List.of(new AlterColumnNullable("member", "nickname", false))));
        // The canonical texts these operations had before backfills existed.
        assertThat(OperationChecksum.of(OperationRecorder.record(op -> {
            op.setNotNull("member", "nickname");
            op.addColumn("member", "points", "integer").notNull();
        }))).isEqualTo(sha256("AlterColumnNullable{table=\"member\",column=\"nickname\"}\n"
                + "AddColumn{table=\"member\",column=Column{name=\"points\",type=\"integer\"}}\n"));
    }

    @Test
    void theModelIgnoresABackfill() {
        Column points = new Column("points", "integer", false, null, false);

        assertThat(new AddColumn("member", points, "0").applyTo(BEFORE))
                .isEqualTo(new AddColumn("member", points).applyTo(BEFORE));
        assertThat(new AlterColumnNullable("member", "nickname", false, "'x'").applyTo(BEFORE))
                .isEqualTo(new AlterColumnNullable("member", "nickname", false).applyTo(BEFORE));
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
