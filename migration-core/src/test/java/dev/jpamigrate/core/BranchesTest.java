package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.graph.RevisionNode;
import dev.jpamigrate.runner.RevisionRun;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two branches that each added a revision after 20261125130100: heads, the refusal of a plain upgrade,
 * merge, and upgrade and downgrade through the merge with rows in the tables; and {@code revision}.
 */
class BranchesTest extends ProjectOnFreshDatabase {
    static final String BASE = "20261125130100";
    static final String PHONE = "20261125130130";
    static final String NOTE = "20261125130140";

    @BeforeEach
    void twoBranches() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.source("db/migration/R" + PHONE + ".java", branch(PHONE, "add phone",
                "op.addColumn(\"customer\", \"phone\", \"varchar(20)\");", "op.dropColumn(\"customer\", \"phone\");"));
        project.source("db/migration/R" + NOTE + ".java", branch(NOTE, "add note",
                "op.createTable(\"note\").column(\"id\", \"bigint\").notNull().column(\"body\", \"text\")"
                        + ".primaryKey(\"note_pkey\", \"id\");",
                "op.dropTable(\"note\");"));
        // What git leaves when both branches changed the snapshot's head line.
        Files.writeString(project.migrationsSnapshot(), "<<<<<<< HEAD\nhead " + PHONE + "\n=======\nhead " + NOTE
                + "\n>>>>>>> note\n");
    }

    @Test
    void headsListsBothAndSaysThatMergeJoinsThem() {
        List<RevisionNode> heads = project.migrator().heads();

        assertThat(heads).extracting(RevisionNode::id).containsExactly(PHONE, NOTE);
        assertThat(project.log()).contains(PHONE + " (head) add phone", NOTE + " (head) add note");
        assertThat(project.log()).last().asString().startsWith("WARN 2 heads:").contains("mvn migration:merge");
    }

    @Test
    void upgradeRefusesTwoHeadsNamingBothAndAppliesThemWhenTargetIsHeads() throws Exception {
        assertThatThrownBy(() -> project.migrator(settings).upgrade(null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("The migrations have 2 heads, " + PHONE + " (add phone) and " + NOTE + " (add note): run"
                        + " mvn migration:merge to join them, or apply every head with -Dmigration.target=heads.");
        assertThat(db.strings("select to_regclass('customer')::text")).containsOnlyNulls();

        project.migrator(settings).upgrade("heads");

        assertThat(history()).containsExactly(BASE, PHONE, NOTE);
        assertThat(project.log()).last().isEqualTo("Schema public is now at " + PHONE + ", " + NOTE + " (head).");
    }

    @Test
    void mergeWritesTheMergeRevisionAndTheSnapshotOfBothBranches() throws Exception {
        GenerateResult merge = project.migrator().merge(null);

        String id = merge.revision();
        String source = Files.readString(merge.migration().orElseThrow());
        assertThat(source).contains("@Revision(\n        id = \"" + id + "\",\n        parents = {\"" + PHONE + "\", \""
                + NOTE + "\"},\n        message = \"merge " + PHONE + " and " + NOTE + "\"\n)");
        assertThat(merge.migration().orElseThrow().getFileName().toString())
                .isEqualTo("R" + id + "_Merge" + PHONE + "And" + NOTE + ".java");
        SchemaFile snapshot = SchemaFile.read(Files.readString(project.migrationsSnapshot()), "snapshot");
        assertThat(snapshot.heads()).containsExactly(id);
        assertThat(snapshot.schema().table("customer").orElseThrow().column("phone")).isPresent();
        assertThat(snapshot.schema().table("note")).isPresent();
        assertThat(project.migrator().heads()).extracting(RevisionNode::id).containsExactly(id);

        project.migrator(settings).upgrade(null);
        assertThat(db.catalog()).isEqualTo(snapshot.schema());
        assertThat(history()).containsExactly(BASE, PHONE, NOTE, id);
    }

    @Test
    void upgradeAndDowngradeWalkThroughTheMergeKeepingRows() throws Exception {
        String merge = project.migrator().merge("join phone and note").revision();
        project.migrator(settings).upgrade(null);
        db.execute("insert into customer (email, phone) values ('a@example.com', '555-0100')");
        db.execute("insert into note (id, body) values (1, 'first')");

        List<RevisionRun> back = project.migrator(settings).downgrade("-1");
        assertThat(back).extracting(RevisionRun::id).containsExactly(merge);
        assertThat(history()).containsExactly(BASE, PHONE, NOTE);
        assertThat(project.log()).last().isEqualTo("Schema public is now at " + PHONE + ", " + NOTE + "; head is "
                + merge + ".");

        // Down to a branch's revision: nothing follows it any more, so nothing goes.
        assertThat(project.migrator(settings).downgrade(PHONE)).isEmpty();
        // One branch's revision goes; the other's stays, with its rows.
        assertThat(project.migrator(settings).downgrade("-1")).extracting(RevisionRun::id).containsExactly(NOTE);
        assertThat(history()).containsExactly(BASE, PHONE);
        assertThat(db.strings("select to_regclass('note')::text")).containsOnlyNulls();
        assertThat(db.strings("select phone from customer")).containsExactly("555-0100");

        assertThat(project.migrator(settings).upgrade(null)).extracting(RevisionRun::id).containsExactly(NOTE, merge);
        assertThat(db.strings("select phone from customer")).containsExactly("555-0100");
        db.execute("insert into note (id, body) values (2, 'again')");

        project.migrator(settings).downgrade("base");
        assertThat(history()).isEmpty();
        assertThat(db.catalog()).isEqualTo(Schema.EMPTY);
        assertThat(db.strings("select action || ' ' || revision from migration_log order by id")).endsWith(
                "downgrade " + merge, "downgrade " + NOTE, "downgrade " + PHONE, "downgrade " + BASE);
    }

    @Test
    void branchesThatBothAddTheSameColumnDoNotMergeAndBothAreNamed() {
        project.source("db/migration/R" + NOTE + ".java", branch(NOTE, "phone too",
                "op.addColumn(\"customer\", \"phone\", \"varchar(30)\");", "op.dropColumn(\"customer\", \"phone\");"));

        assertThatThrownBy(() -> project.migrator().merge(null))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("The branches do not merge: revisions " + PHONE + " (add phone) and " + NOTE
                        + " (phone too) conflict (")
                .hasMessageContaining("phone")
                .hasMessageEndingWith("): change one of them on its branch, then run mvn migration:merge again.");
        assertThat(project.sources().resolve("db/migration")).isDirectoryNotContaining("glob:**Merge*");
    }

    @Test
    void generateRefusesTwoHeadsBeforeReadingTheConflictedSnapshot() {
        assertThatThrownBy(() -> project.migrator().generate("more"))
                .hasMessage("The migrations have 2 heads [" + PHONE + ", " + NOTE + "]: run mvn migration:merge to"
                        + " join them before generating another.");
    }

    @Test
    void mergeRefusesOneHead() {
        project.migrator().merge(null);

        assertThatThrownBy(() -> project.migrator().merge(null))
                .hasMessageStartingWith("The migrations have one head, ")
                .hasMessageEndingWith(", so there is nothing to merge: mvn migration:heads lists the heads.");
    }

    @Test
    void revisionWritesAnEmptyMigrationAfterTheHeadAndMovesTheSnapshotsHead() throws Exception {
        assertThatThrownBy(() -> project.migrator().revision("backfill"))
                .hasMessageStartingWith("The migrations have 2 heads [" + PHONE + ", " + NOTE + "]: run mvn"
                        + " migration:merge");
        String merge = project.migrator().merge(null).revision();
        Schema merged = SchemaFile.read(Files.readString(project.migrationsSnapshot()), "snapshot").schema();

        GenerateResult revision = project.migrator().revision("backfill phones");

        String source = Files.readString(revision.migration().orElseThrow());
        assertThat(source).contains("parents = \"" + merge + "\"", "message = \"backfill phones\"",
                "public void upgrade(Operations op) {\n    }", "public void downgrade(Operations op) {\n    }");
        SchemaFile snapshot = SchemaFile.read(Files.readString(project.migrationsSnapshot()), "snapshot");
        assertThat(snapshot.heads()).containsExactly(revision.revision());
        assertThat(snapshot.schema()).isEqualTo(merged);
        // The entities still match: generate has nothing to write after it.
        project.entities(merged);
        assertThat(project.migrator().generate("nothing").hasChanges()).isFalse();

        project.migrator(settings).upgrade(null);
        assertThat(history()).endsWith(merge, revision.revision());
    }

    private List<String> history() throws Exception {
        return db.strings("select revision from migration_history order by revision");
    }

    private static String branch(String id, String message, String upgrade, String downgrade) {
        return """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "%s", parents = "%s", message = "%s")
                public class R%s implements Migration {
                    public void upgrade(Operations op) {
                        %s
                    }

                    public void downgrade(Operations op) {
                        %s
                    }
                }
                """.formatted(id, BASE, message, id, upgrade, downgrade);
    }
}
