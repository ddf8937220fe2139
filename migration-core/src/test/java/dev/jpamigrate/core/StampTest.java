package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.index.CompiledProject;
import dev.jpamigrate.runner.OperationChecksum;
import dev.jpamigrate.testing.ProjectFixture;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code stamp}: the history says the database is at the target, and nothing runs. The target and its
 * ancestors are recorded with the checksums upgrade would record; the rest leaves the history; every
 * change has its row in migration_log.
 */
class StampTest extends ProjectOnFreshDatabase {
    static final String FIRST = "20261125130100";
    static final String SECOND = "20261125130200";

    @BeforeEach
    void twoRevisions() {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        project.migrator().generate("add nickname");
    }

    @Test
    void stampHeadRecordsEveryRevisionWithoutRunningIt() throws Exception {
        Status status = project.migrator(settings).stamp("head");

        assertThat(status.current()).containsExactly(SECOND);
        assertThat(db.strings("select count(*) from pg_tables where tablename = 'customer'")).containsExactly("0");
        assertThat(history()).containsExactly(FIRST + " initial schema", SECOND + " add nickname");
        var revisions = new CompiledProject(project.compile(), ProjectFixture.PACKAGE).revisions();
        assertThat(db.strings("select checksum from migration_history order by revision")).containsExactly(
                OperationChecksum.of(revisions.get(0).upgrade()), OperationChecksum.of(revisions.get(1).upgrade()));
        assertThat(log()).containsExactly("stamp " + FIRST, "stamp " + SECOND);
        assertThat(project.log()).contains("Stamped " + FIRST + " (initial schema) as applied; its upgrade did not run.")
                .last().isEqualTo("Schema public is now recorded at " + SECOND + " (head).");
        assertThat(project.migrator(settings).upgrade("head")).isEmpty();
    }

    @Test
    void stampAnAncestorTakesTheLaterRevisionsOutOfTheHistory() throws Exception {
        project.migrator(settings).upgrade("head");

        project.migrator(settings).stamp(FIRST.substring(0, 12));

        assertThat(history()).containsExactly(FIRST + " initial schema");
        assertThat(db.strings("select count(*) from information_schema.columns where column_name = 'nickname'"))
                .as("the downgrade did not run").containsExactly("1");
        assertThat(log()).containsExactly("upgrade " + FIRST, "upgrade " + SECOND, "unstamp " + SECOND);

        project.migrator(settings).stamp("base");
        assertThat(history()).isEmpty();
        assertThat(project.log()).last().isEqualTo("Schema public is now recorded at base (no revision applied);"
                + " head is " + SECOND + ".");
    }

    @Test
    void stampAfterAnIntendedEditRecordsTheNewChecksum() throws Exception {
        project.migrator(settings).upgrade("head");
        Path second = project.sources().resolve("db/migration/R" + SECOND + "_AddNickname.java");
        Files.writeString(second, Files.readString(second).replace("varchar(40)", "varchar(60)"));
        project.migrator(settings).upgrade("head");
        assertThat(project.log()).anyMatch(l -> l.startsWith("WARN Revision " + SECOND + " was edited"));
        project.log().clear();

        project.migrator(settings).stamp("head");

        assertThat(project.log()).contains("Stamped " + SECOND + " (add nickname) anew: its checksum is now that of"
                + " its class as edited.");
        assertThat(log()).last().isEqualTo("restamp " + SECOND);
        project.log().clear();
        project.migrator(settings).upgrade("head");
        assertThat(project.log()).noneMatch(l -> l.startsWith("WARN"));
    }

    @Test
    void stampCurrentRecordsTheNewChecksumsAndNothingElse() throws Exception {
        project.migrator(settings).upgrade(FIRST);
        Path first = project.sources().resolve("db/migration/R" + FIRST + "_InitialSchema.java");
        Files.writeString(first, Files.readString(first).replace("varchar(255)", "varchar(300)"));

        project.migrator(settings).stamp("current");

        assertThat(history()).containsExactly(FIRST + " initial schema");
        assertThat(log()).containsExactly("upgrade " + FIRST, "restamp " + FIRST);
        project.log().clear();
        assertThat(project.migrator(settings).upgrade(FIRST)).isEmpty();
        assertThat(project.log()).noneMatch(l -> l.startsWith("WARN"));
    }

    @Test
    void anUnknownTargetOrNoneIsRefused() {
        assertThatThrownBy(() -> project.migrator(settings).stamp("2099"))
                .isInstanceOf(MigrationException.class).hasMessageStartingWith("Unknown revision 2099");
        assertThatThrownBy(() -> project.migrator(settings).stamp(null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Say which revision to record as applied: -Dmigration.target=head, a revision id,"
                        + " current (to record the checksums of edited revisions), or base.");
    }

    @Test
    void revisionsNoMigrationDefinesAreRefusedButBaseClearsThem() throws Exception {
        project.migrator(settings).stamp("head");
        db.execute("insert into migration_history (revision, parents, message, checksum, duration_ms)"
                + " values ('20991231000000', '" + SECOND + "', 'elsewhere', 'x', 0)");

        assertThatThrownBy(() -> project.migrator(settings).stamp("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("[20991231000000], which no migration on the class path defines");

        project.migrator(settings).stamp("base");
        assertThat(history()).isEmpty();
    }

    private java.util.List<String> history() throws Exception {
        return db.strings("select revision || ' ' || message from migration_history order by revision");
    }

    private java.util.List<String> log() throws Exception {
        return db.strings("select action || ' ' || revision from migration_log order by id");
    }
}
