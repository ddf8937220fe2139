package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}, as a user runs it: entities in, a reviewed migration class out. No database. */
class GenerateTest {
    static final Schema V1 = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.identity())
                    .column("email", "varchar(255)", c -> c.notNull())
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email"))
            .build();

    static final Schema V2 = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.identity())
                    .column("email", "varchar(255)", c -> c.notNull())
                    .column("nickname", "varchar(40)")
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email"))
            .build();

    @TempDir
    Path dir;

    @Test
    void theFirstMigrationCreatesTheSchemaAndItsSnapshot() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(V1);

        GenerateResult result = project.migrator().generate("initial schema");

        Path migration = result.migration().orElseThrow();
        assertThat(migration).hasFileName("R20261125130100_InitialSchema.java");
        assertThat(Files.readString(migration)).isEqualTo("""
                package db.migration;

                import dev.jpamigrate.Migration;
                import dev.jpamigrate.Operations;
                import dev.jpamigrate.Revision;
                import java.lang.Override;

                @Revision(
                        id = "20261125130100",
                        message = "initial schema"
                )
                public class R20261125130100_InitialSchema implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("customer")
                                .column("id", "bigint").identity()
                                .column("email", "varchar(255)").notNull()
                                .primaryKey("customer_pkey", "id")
                                .unique("customer_email_key", "email");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        // Data loss: drops table customer and the rows written to it since the upgrade
                        op.dropTable("customer");
                    }
                }
                """);
        assertThat(project.migrationsSnapshot()).content().isEqualTo("""
                jpamigrate-schema 1
                # The schema that the migrations in db.migration produce; mvn migration:generate rewrites it.
                # It is what the next migration is generated against: commit it with the migrations.
                head 20261125130100

                table customer
                  column id bigint identity
                  column email varchar(255) not-null
                  primary-key customer_pkey (id)
                  unique customer_email_key (email)
                """);
        assertThat(project.log()).containsExactly("Wrote " + migration.toAbsolutePath() + " (1 operation) and "
                + project.migrationsSnapshot().toAbsolutePath() + "; review them before you commit.",
                "WARN Data loss in downgrade(): drops table customer and the rows written to it since the upgrade.");
    }

    @Test
    void itSaysWhichSettingsTheEntitiesWereMappedWith() {
        ProjectFixture project = new ProjectFixture(dir);
        project.processorFile(IndexFiles.entitySchema("com.acme"), SchemaFile.ofEntities(V1, List.of(), List.of(
                new SchemaFile.Setting("hibernate", "7", "default"),
                new SchemaFile.Setting("naming", "spring-boot", "application.yml, Spring Boot's default"),
                new SchemaFile.Setting("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP", "application.yml"),
                new SchemaFile.Setting("hibernate.default_schema", "billing", "-Ahibernate.default_schema")))
                .write(null));
        project.processorFile(IndexFiles.ENTITY_SCHEMAS, IndexFiles.entitySchema("com.acme") + "\n");

        project.migrator().generate("initial schema");

        assertThat(project.log()).first().isEqualTo("Hibernate 7 settings: naming spring-boot (application.yml, Spring"
                + " Boot's default), preferred_instant_jdbc_type=TIMESTAMP (application.yml), default_schema=billing"
                + " (-Ahibernate.default_schema)");
    }

    @Test
    void withoutAModelChangeItSaysSoAndWritesNothing() {
        ProjectFixture project = new ProjectFixture(dir).entities(V1);
        project.migrator().generate("initial schema");

        GenerateResult again = project.migrator().generate("nothing");

        assertThat(again.hasChanges()).isFalse();
        assertThat(project.log()).last().isEqualTo(
                "No changes: the entities match the migrations at revision 20261125130100.");
        assertThat(migrationFiles()).isEqualTo(1);
    }

    @Test
    void anEntityChangeGivesOnlyTheDifferenceWithTheHeadAsParent() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(V1);
        project.migrator().generate("initial schema");
        project.entities(V2);

        GenerateResult result = project.migrator().generate("add nickname");

        String source = Files.readString(result.migration().orElseThrow());
        assertThat(source).contains("parents = \"20261125130100\"")
                .contains("op.addColumn(\"customer\", \"nickname\", \"varchar(40)\");")
                .contains("op.dropColumn(\"customer\", \"nickname\");")
                .doesNotContain("createTable");
        assertThat(project.migrator().generate("again").hasChanges()).isFalse();
    }

    @Test
    void aCommentChangeIsSetInPlaceAndTheSnapshotKeepsIt() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(V2);
        project.migrator().generate("initial schema");
        project.entities(Schema.builder()
                .table("customer", t -> t
                        .comment("People who buy")
                        .column("id", "bigint", c -> c.identity())
                        .column("email", "varchar(255)", c -> c.notNull())
                        .column("nickname", "varchar(40)", c -> c.comment("Shown instead of the \"name\""))
                        .primaryKey("customer_pkey", "id")
                        .unique("customer_email_key", "email"))
                .build());

        GenerateResult result = project.migrator().generate("describe customers");

        assertThat(Files.readString(result.migration().orElseThrow())).contains("""
                    public void upgrade(Operations op) {
                        op.setTableComment("customer", "People who buy");
                        op.setColumnComment("customer", "nickname", "Shown instead of the \\"name\\"");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropColumnComment("customer", "nickname");
                        op.dropTableComment("customer");
                    }
                """);
        assertThat(project.migrator().generate("again").hasChanges()).isFalse();
    }

    @Test
    void theSameChangeGivesByteIdenticalSources(@TempDir Path other) throws Exception {
        ProjectFixture a = new ProjectFixture(dir).entities(V2);
        ProjectFixture b = new ProjectFixture(other).entities(V2);

        Path fromA = a.migrator().generate("initial").migration().orElseThrow();
        Path fromB = b.migrator().generate("initial").migration().orElseThrow();

        assertThat(Files.readString(fromA)).isEqualTo(Files.readString(fromB));
        assertThat(Files.readString(a.migrationsSnapshot())).isEqualTo(Files.readString(b.migrationsSnapshot()));
    }

    @Test
    void droppingAColumnIsFlaggedInTheCodeAndTheLog() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(V2);
        project.migrator().generate("initial");
        project.entities(V1);

        GenerateResult result = project.migrator().generate("drop nickname");

        assertThat(Files.readString(result.migration().orElseThrow())).contains("""
                        // Data loss: drops column customer.nickname and its data
                        op.dropColumn("customer", "nickname");
                """);
        assertThat(project.log()).contains("WARN Data loss: drops column customer.nickname and its data.");
    }

    @Test
    void withoutTheProcessorThereIsNoSnapshotAndNothingIsDropped() {
        ProjectFixture project = new ProjectFixture(dir).entities(V1);
        project.migrator().generate("initial");
        project.withoutProcessor();

        assertThatThrownBy(() -> project.migrator().generate("oops"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("No entity snapshot on the class path, so the entities cannot be read: add"
                        + " dev.jpamigrate:migration-processor to <annotationProcessorPaths> of maven-compiler-plugin"
                        + " (see the README) and run mvn clean compile.");
        assertThat(migrationFiles()).isEqualTo(1);
    }

    @Test
    void aSnapshotBehindTheHeadIsRefused() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(V1);
        project.migrator().generate("initial");
        project.entities(V2);
        project.migrator().generate("add nickname");
        Path snapshot = project.migrationsSnapshot();
        Files.writeString(snapshot, Files.readString(snapshot).replace("head 20261125130200", "head 20261125130100"));

        assertThatThrownBy(() -> project.migrator().generate("more"))
                .hasMessageStartingWith("The migrations snapshot " + snapshot.toAbsolutePath() + " is at revision(s)"
                        + " [20261125130100] but the migrations' head is [20261125130200]");
    }

    @Test
    void aSnapshotWithAnUnresolvedMergeConflictIsRefusedWithItsLineAndTheFix() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(V1);
        project.migrator().generate("initial");
        Path snapshot = project.migrationsSnapshot();
        Files.writeString(snapshot, Files.readString(snapshot).replace("head 20261125130100\n",
                "<<<<<<< HEAD\nhead 20261125130100\n=======\nhead 20261125130200\n>>>>>>> other\n"));

        assertThatThrownBy(() -> project.migrator().generate("more"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("The migrations snapshot " + snapshot.toAbsolutePath() + ", line 4: an unresolved merge"
                        + " conflict: restore it from version control, or delete it and run mvn migration:generate"
                        + " again, which rebuilds it from the migrations.");
    }

    @Test
    void aDeletedSnapshotIsRebuiltFromTheMigrations() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(V1);
        project.migrator().generate("initial");
        String written = Files.readString(project.migrationsSnapshot());
        Files.delete(project.migrationsSnapshot());

        assertThat(project.migrator().generate("again").hasChanges()).isFalse();

        assertThat(project.migrationsSnapshot()).content().isEqualTo(written);
        assertThat(project.log()).contains("Wrote " + project.migrationsSnapshot().toAbsolutePath() + ", rebuilt from"
                + " the operations of the 1 migration; review it before you commit.");
        Files.delete(project.migrationsSnapshot());
        project.entities(V2);
        String next = Files.readString(project.migrator().generate("add nickname").migration().orElseThrow());
        assertThat(next).contains("op.addColumn(\"customer\", \"nickname\", \"varchar(40)\");")
                .doesNotContain("createTable");
    }

    @Test
    void aSnapshotIsNotRebuiltFromMigrationsThatRunRawSql() {
        ProjectFixture project = new ProjectFixture(dir).entities(V1).source("db/migration/R1_Initial.java", """
                package db.migration;

                import dev.jpamigrate.Migration;
                import dev.jpamigrate.Operations;
                import dev.jpamigrate.Revision;

                @Revision(id = "1", message = "initial")
                public class R1_Initial implements Migration {
                    public void upgrade(Operations op) {
                        op.sql("create table customer (id bigint)");
                    }

                    public void downgrade(Operations op) {
                        op.sql("drop table customer");
                    }
                }
                """);

        assertThatThrownBy(() -> project.migrator().generate("next"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("There are migrations but no " + project.migrationsSnapshot().toAbsolutePath() + " beside"
                        + " them, and revision 1 runs code that the schema model cannot replay: restore the snapshot"
                        + " from version control.");
    }

    @Test
    void theJavaSnapshotOfAnOlderVersionIsToBeDeleted() {
        ProjectFixture project = new ProjectFixture(dir).entities(V1)
                .source("db/migration/SchemaSnapshot.java", "package db.migration;\n\npublic final class SchemaSnapshot {\n}\n");

        assertThatThrownBy(() -> project.migrator().generate("next"))
                .isInstanceOf(MigrationException.class)
                .hasMessage(project.sources().resolve("db/migration/SchemaSnapshot.java").toAbsolutePath() + " is the"
                        + " migrations snapshot of an older JPA Migrate: delete it; "
                        + project.migrationsSnapshot().toAbsolutePath() + " replaces it, and the next mvn"
                        + " migration:generate writes it from the migrations.");
    }

    @Test
    void whatTheDowngradeLosesIsWarnedAboutOnceForAFirstMigrationOfManyTables() {
        Schema.Builder tables = Schema.builder();
        for (int i = 1; i <= 12; i++) {
            tables.table("t" + i, t -> t.column("id", "bigint", c -> c.notNull()));
        }
        ProjectFixture project = new ProjectFixture(dir).entities(tables.build());

        project.migrator().generate("initial schema");

        assertThat(project.log()).filteredOn(l -> l.startsWith("WARN")).containsExactly("WARN Data loss in downgrade():"
                + " 12 operations lose data, as the comments in downgrade() say; the first: drops table t9 and the"
                + " rows written to it since the upgrade.");
    }

    @Test
    void aWideningUpgradeWarnsThatItsDowngradeNarrows() throws Exception {
        ProjectFixture project = new ProjectFixture(dir).entities(V2);
        project.migrator().generate("initial schema");
        project.entities(Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.identity())
                        .column("email", "varchar(255)", c -> c.notNull())
                        .column("nickname", "varchar(80)")
                        .primaryKey("customer_pkey", "id")
                        .unique("customer_email_key", "email"))
                .build());

        GenerateResult result = project.migrator().generate("longer nicknames");

        assertThat(project.log()).filteredOn(l -> l.startsWith("WARN")).last().isEqualTo("WARN Data loss in"
                + " downgrade(): changes customer.nickname from varchar(80) to varchar(40), which may not hold every"
                + " value.");
        // The narrowing is marked, and guarded against rows that would not fit.
        assertThat(Files.readString(result.migration().orElseThrow())).contains(
                "        // Data loss: changes customer.nickname from varchar(80) to varchar(40), which may not hold"
                        + " every value\n        // Conversion: customer.nickname becomes varchar(40); values longer than"
                        + " 40 characters stop the revision, by the guard before the change, with nothing applied.\n"
                        + "        op.sql(\"do $guard$ declare found bigint;",
                "\n        op.alterColumnType(\"customer\", \"nickname\", \"varchar(40)\");\n");
    }

    private long migrationFiles() {
        try (Stream<Path> files = Files.list(dir.resolve("src/main/java/db/migration"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("R")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
