package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.codegen.CheckReport;
import dev.jpamigrate.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}, the build's safety net without a database: the entities against the migrations
 * snapshot, and the migrations' operations, replayed, against the same snapshot.
 */
class CheckTest {
    @TempDir
    Path dir;

    @Test
    void aConsistentProjectPasses() {
        ProjectFixture project = new ProjectFixture(dir).entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        project.migrator().generate("add nickname");

        CheckReport report = project.migrator().check();

        assertThat(report.passed()).isTrue();
        assertThat(project.log()).last().isEqualTo("Check passed: the entities match the migrations at revision"
                + " 20261125130200 (2 revisions replayed).");
    }

    @Test
    void aModelChangeWithoutItsMigrationFailsNamingTheDifference() {
        ProjectFixture project = new ProjectFixture(dir).entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        project.log().clear();

        assertThatThrownBy(() -> project.migrator().check())
                .isInstanceOf(MigrationException.class)
                .hasMessage("Check failed: the entities differ from the migrations at revision 20261125130100"
                        + " (1 difference): run mvn migration:generate -Dmigration.message=\"<what changed>\", review"
                        + " the migration it writes and commit it with the snapshot.");
        assertThat(project.log()).containsExactly(
                "WARN The entities differ from the migrations at revision 20261125130100 (1 difference):",
                "WARN   table customer: column nickname only in the entities");
    }

    @Test
    void aHandEditedMigrationFailsTheCheckAndGenerateRefusesToWriteOnTopOfIt() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(GenerateTest.V1);
        Path migration = project.migrator().generate("initial schema").migration().orElseThrow();
        // An applied migration's column type edited by hand: the entities and the snapshot still say 255.
        Files.writeString(migration, Files.readString(migration)
                .replace(".column(\"email\", \"varchar(255)\")", ".column(\"email\", \"varchar(80)\")"));
        project.log().clear();

        assertThatThrownBy(() -> project.migrator().check())
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Check failed: the migrations' operations, replayed, do not give the migrations"
                        + " snapshot " + project.migrationsSnapshot().toAbsolutePath() + " (1 difference): a migration"
                        + " was edited by hand after mvn migration:generate wrote it, or branches were merged badly;"
                        + " restore the edited migration from version control, or, if the edit is meant, delete the"
                        + " snapshot and run mvn migration:generate");
        assertThat(project.log()).containsExactly("WARN The migrations' operations, replayed, do not give the migrations"
                + " snapshot " + project.migrationsSnapshot().toAbsolutePath() + " (1 difference):",
                "WARN   table customer: column email is varchar(80) in the migrations' operations, varchar(255) in the"
                        + " snapshot");

        // Before, generate said "No changes" here; now it sends the user to check.
        assertThatThrownBy(() -> project.migrator().generate("next"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("The migrations' operations do not give the migrations snapshot "
                        + project.migrationsSnapshot().toAbsolutePath() + " (table customer: column email is"
                        + " varchar(80) in the migrations' operations, varchar(255) in the snapshot): a migration was"
                        + " edited by hand, or branches were merged badly; run mvn migration:check, which names each"
                        + " difference and what to do, before generating.");
        assertThat(project.log()).noneMatch(line -> line.startsWith("No changes"));
    }

    @Test
    void anIntendedEditIsTakenByRebuildingTheSnapshotAndGeneratingWhatTheEntitiesStillNeed() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(GenerateTest.V1);
        Path migration = project.migrator().generate("initial schema").migration().orElseThrow();
        Files.writeString(migration, Files.readString(migration)
                .replace(".column(\"email\", \"varchar(255)\")", ".column(\"email\", \"varchar(80)\")"));
        Files.delete(project.migrationsSnapshot());

        String next = Files.readString(project.migrator().generate("widen email").migration().orElseThrow());

        assertThat(next).contains("op.alterColumnType(\"customer\", \"email\", \"varchar(255)\");");
        assertThat(project.migrator().check().passed()).isTrue();
    }

    @Test
    void twoBranchesThatBothAddTheSameColumnDoNotReplayThroughTheirMerge() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261201000000_Nickname.java", revision("20261201000000", "\"20261125130100\"",
                "nickname on branch a", "op.addColumn(\"customer\", \"nickname\", \"varchar(40)\");"));
        project.source("db/migration/R20261202000000_Nickname.java", revision("20261202000000", "\"20261125130100\"",
                "nickname on branch b", "op.addColumn(\"customer\", \"nickname\", \"varchar(40)\");"));
        project.log().clear();

        // Before the merge: two heads.
        assertThatThrownBy(() -> project.migrator().check())
                .hasMessage("Check failed: the migrations have 2 heads, 20261201000000 and 20261202000000: two branches"
                        + " each added a revision; merge them with mvn migration:merge (or a revision with"
                        + " @Revision(parents = {\"20261201000000\", \"20261202000000\"})), then run mvn migration:check"
                        + " again.");

        // Merged, with the snapshot as git merged it: both branches wrote the same line.
        project.source("db/migration/R20261203000000_Merge.java", revision("20261203000000",
                "{\"20261201000000\", \"20261202000000\"}", "merge", ""));
        project.entities(GenerateTest.V2);
        Files.writeString(project.migrationsSnapshot(), Files.readString(project.migrationsSnapshot())
                .replace("head 20261125130100", "head 20261203000000")
                .replace("  column email varchar(255) not-null\n",
                        "  column email varchar(255) not-null\n  column nickname varchar(40)\n"));
        project.log().clear();

        assertThatThrownBy(() -> project.migrator().check())
                .hasMessageStartingWith("Check failed: the migrations do not replay: revision 20261202000000 (nickname"
                        + " on branch b): ")
                .hasMessageEndingWith(": a migration was edited by hand, or two merged branches make the same change;"
                        + " correct the revision it names (git log -p shows what changed), then run mvn migration:check"
                        + " again.");
        assertThat(project.log()).hasSize(1);
    }

    @Test
    void aDifferenceBesideRawSqlSaysThatTheReplayCannotSeeItAndThatVerifyChecksIt() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        Path migration = project.migrator().generate("add nickname").migration().orElseThrow();
        // The generated operation replaced by the same change in SQL.
        Files.writeString(migration, Files.readString(migration).replace(
                "op.addColumn(\"customer\", \"nickname\", \"varchar(40)\");",
                "op.sql(\"alter table customer add column nickname varchar(40)\");"));

        assertThatThrownBy(() -> project.migrator().check())
                .hasMessageContaining("revision 20261125130200 runs raw SQL or JDBC steps whose schema changes the"
                        + " replay cannot see; mvn migration:verify checks them on a real database: write schema"
                        + " changes with the typed operations");
        assertThat(project.log()).contains("WARN   table customer: column nickname only in the snapshot");
    }

    @Test
    void rawSqlThatLeavesTheModelAloneIsNamedInThePassingLine() {
        ProjectFixture project = new ProjectFixture(dir).entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R20261201000000_Backfill.java", revision("20261201000000", "\"20261125130100\"",
                "backfill", "op.sql(\"update customer set email = lower(email)\");"));
        Path snapshot = project.migrationsSnapshot();
        rewrite(snapshot, "head 20261125130100", "head 20261201000000");

        assertThat(project.migrator().check().passed()).isTrue();
        assertThat(project.log()).last().isEqualTo("Check passed: the entities match the migrations at revision"
                + " 20261201000000 (2 revisions replayed; revision 20261201000000 runs raw SQL or JDBC steps whose"
                + " schema changes the replay cannot see; mvn migration:verify checks them on a real database).");
    }

    @Test
    void aSnapshotBehindTheHeadAndAMissingSnapshotFail() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        rewrite(project.migrationsSnapshot(), "head 20261125130100", "head 20261125130000");

        assertThatThrownBy(() -> project.migrator().check())
                .hasMessageStartingWith("Check failed: the migrations snapshot "
                        + project.migrationsSnapshot().toAbsolutePath() + " is at revision(s) [20261125130000] but the"
                        + " migrations' head is [20261125130100]: ");

        Files.delete(project.migrationsSnapshot());
        assertThatThrownBy(() -> project.migrator().check())
                .hasMessage("Check failed: there are migrations but no " + project.migrationsSnapshot().toAbsolutePath()
                        + ": run mvn migration:generate, which rebuilds it from the migrations, review it and commit"
                        + " it; or restore it from version control.");
    }

    @Test
    void entitiesWithoutAnyMigrationFail() {
        ProjectFixture project = new ProjectFixture(dir).entities(GenerateTest.V1);

        assertThatThrownBy(() -> project.migrator().check())
                .hasMessageStartingWith("Check failed: the entities differ from the migrations (1 difference): run mvn"
                        + " migration:generate");
        assertThat(project.log()).contains("WARN   table customer: only in the entities");
    }

    private static void rewrite(Path file, String from, String to) {
        try {
            Files.writeString(file, Files.readString(file).replace(from, to));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String revision(String id, String parents, String message, String upgrade) {
        return """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "%s", parents = %s, message = "%s")
                public class R%s_%s implements Migration {
                    public void upgrade(Operations op) {
                        %s
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(id, parents, message, id, className(message), upgrade);
    }

    private static String className(String message) {
        return List.of("nickname on branch a", "nickname on branch b").contains(message) ? "Nickname"
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
