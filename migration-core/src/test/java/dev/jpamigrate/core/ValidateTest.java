package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.runner.ChecksumValidation;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code validate}: the applied revisions' recorded checksums against the migration classes, on a real PostgreSQL. */
class ValidateTest extends ProjectOnFreshDatabase {
    @Test
    void unchangedRevisionsPass() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        project.migrator().generate("add nickname");
        project.migrator(settings).upgrade(null);

        ChecksumValidation validation = project.migrator(settings).validate();

        assertThat(validation.passed()).isTrue();
        assertThat(project.log()).last().isEqualTo("Validated 2 applied revisions: checksums match.");
    }

    @Test
    void aRevisionEditedAfterItWasAppliedFailsNamingItAndTheDatabaseStaysAsItWas() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.entities(GenerateTest.V2);
        Path second = project.migrator().generate("add nickname").migration().orElseThrow();
        project.migrator(settings).upgrade(null);
        db.execute("insert into customer (email, nickname) values ('ada@example.com', 'ada')");
        String recorded = db.strings("select checksum from migration_history where revision = '20261125130200'").get(0);
        // Someone widens the applied column in the migration instead of writing a new one.
        Files.writeString(second, Files.readString(second).replace("op.addColumn(\"customer\", \"nickname\","
                + " \"varchar(40)\");", "op.addColumn(\"customer\", \"nickname\", \"varchar(80)\");"));
        project.log().clear();

        assertThatThrownBy(() -> project.migrator(settings).validate())
                .isInstanceOf(MigrationException.class)
                .hasMessage("Validation failed: revision 20261125130200 of schema public changed after it was applied:"
                        + " restore its class from version control (git log -p shows the edit); if the edit is meant"
                        + " and this database already has it, record the current checksums with mvn migration:stamp"
                        + " -Dmigration.target=current, which keeps the applied revisions as they are.");
        assertThat(project.log()).singleElement().asString()
                .startsWith("WARN Revision 20261125130200 (add nickname) was edited after it was applied to schema"
                        + " public at ")
                .endsWith(", the history recorded " + recorded.substring(0, 12) + ".");

        // validate reads; the rows, the schema and the history are as they were.
        assertThat(db.strings("select email || ' ' || nickname from customer")).containsExactly("ada@example.com ada");
        assertThat(db.strings("select character_maximum_length::text from information_schema.columns"
                + " where table_name = 'customer' and column_name = 'nickname'")).containsExactly("40");
        assertThat(db.strings("select checksum from migration_history where revision = '20261125130200'"))
                .containsExactly(recorded);

        // upgrade still warns about it, as before.
        project.migrator(settings).upgrade(null);
        assertThat(project.log()).contains("WARN Revision 20261125130200 was edited after it was applied to this"
                + " database: its operations no longer match what ran.");
    }

    @Test
    void anAppliedRevisionThatNoMigrationDefinesFails() throws Exception {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");
        project.migrator(settings).upgrade(null);
        // Applied by a build of another branch, whose migration this one does not have.
        db.execute("insert into migration_history (revision, parents, message, checksum, duration_ms)"
                + " values ('20261201000000', '20261125130100', 'from another branch', 'abc', 3)");
        project.log().clear();

        assertThatThrownBy(() -> project.migrator(settings).validate())
                .hasMessage("Validation failed: revision 20261201000000 applied to schema public has no migration class:"
                        + " restore it from version control (or merge the branch that has it), or downgrade this"
                        + " database with the build that has it.");
        assertThat(project.log()).singleElement().asString().startsWith("WARN Revision 20261201000000 (from another"
                + " branch), applied to schema public at ").endsWith(", is defined by no migration in db.migration.");
    }

    @Test
    void aDatabaseWithNothingAppliedPasses() {
        project.entities(GenerateTest.V1);
        project.migrator().generate("initial schema");

        project.migrator(settings).validate();

        assertThat(project.log()).last().isEqualTo("Validated 0 applied revisions: checksums match.");
    }
}
