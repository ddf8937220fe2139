package dev.jpamigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Migrator.lint}: every compiled revision, judged against the schema the revisions before it produce. */
class ProjectLintTest {
    static final Schema SHOP = Schema.builder()
            .table("customer", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("email", "varchar(100)")
                    .primaryKey("customer_pkey", "id"))
            .build();

    @Test
    void aHandWrittenRevisionIsLintedAndItsAcknowledgementsHonoured(@TempDir Path dir) {
        ProjectFixture project = new ProjectFixture(dir).entities(SHOP);
        project.migrator().generate("initial");
        project.source("db/migration/R20300101000000_Hazards.java", """
                package db.migration;

                import dev.jpamigrate.*;

                @Revision(id = "20300101000000", parents = "%s", message = "hazards")
                @Acknowledge(rule = "add-check-validating", reason = "customer holds 40 rows")
                public class R20300101000000_Hazards implements Migration {
                    public void upgrade(Operations op) {
                        op.alterColumnType("customer", "email", "varchar(200)");
                        op.createIndex("customer", "idx_customer_email", "email");
                        op.addCheck("customer", "email_has_at", "email like '%%@%%'");
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(project.migrator().history().get(0).id()));

        LintReport report = project.migrator().lint(null);

        assertThat(report.findings()).extracting(f -> f.rule().id() + " " + f.revision() + " " + f.isAcknowledged())
                .containsExactly("create-index-not-concurrently 20300101000000 false",
                        "add-check-validating 20300101000000 true");
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.summary()).isEqualTo("2 revisions linted: 1 error, 0 warnings, 0 hints, 1 acknowledged");
        assertThat(project.log()).contains("WARN " + report.errors().get(0).line(),
                "acknowledged (customer holds 40 rows): 20300101000000: alter table customer add constraint"
                        + " email_has_at check (email like '%@%'): scans the table under an ACCESS EXCLUSIVE lock;"
                        + " add the check with not valid, then validate constraint in a later transaction"
                        + " [add-check-validating]");
    }

    @Test
    void generateLintsWhatItWroteAndLogsTheFindings(@TempDir Path dir) {
        ProjectFixture project = new ProjectFixture(dir).entities(SHOP);
        project.migrator().generate("initial");
        project.entities(Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("email", "varchar(100)")
                        .column("payload", "json")
                        .primaryKey("customer_pkey", "id"))
                .build());

        String id = project.migrator().generate("payload").revision();

        assertThat(project.log()).contains("WARN warning: " + id + ": alter table customer add column payload json:"
                + " json has no equality operator, which breaks distinct, group by and union (payload is json);"
                + " use jsonb [json-column]");
    }

    @Test
    void aLockTimeoutOfZeroIsReportedOnce(@TempDir Path dir) {
        ProjectFixture project = new ProjectFixture(dir).entities(SHOP);
        project.migrator().generate("initial");

        LintReport report = project.migrator().lint("0");

        assertThat(report.findings()).extracting(f -> f.rule().id()).containsExactly("no-lock-timeout");
        assertThat(report.hasErrors()).isFalse();
    }
}
