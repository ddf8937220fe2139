package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.ApplicationBuild.generate;
import static dev.jpamigrate.processor.ApplicationBuild.migrations;
import static dev.jpamigrate.processor.ApplicationBuild.migrator;
import static dev.jpamigrate.processor.ApplicationBuild.module;
import static dev.jpamigrate.processor.ApplicationBuild.snapshot;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enum stored through an {@code AttributeConverter}: Hibernate 7 checks the column against the values
 * the converter gives the constants. The processor leaves a placeholder in the entity snapshot;
 * {@code generate} runs the compiled converter and writes the concrete check into the migration and the
 * migrations snapshot, so that the next diff compares values, and a converter that gives other values
 * gets a migration that changes the check.
 */
class ConvertedEnumCheckTest {
    private static final JavaFileObject TICKET_WITH_CODES = jakarta("com.acme.desk.Ticket", """
            @Entity
            public class Ticket {
                @Id Long id;
                @Column(length = 1) String priority;
            }
            """);
    private static final JavaFileObject TICKET = jakarta("com.acme.desk.Ticket", """
            @Entity
            public class Ticket {
                @Id Long id;
                @Convert(converter = PriorityConverter.class) @Column(length = 1) Priority priority;
            }
            """);
    private static final JavaFileObject PRIORITY = jakarta("com.acme.desk.Priority", """
            public enum Priority { LOW, MEDIUM, HIGH }
            """);
    private static final JavaFileObject PRIORITY_WITH_URGENT = jakarta("com.acme.desk.Priority", """
            public enum Priority { LOW, MEDIUM, HIGH, URGENT }
            """);

    /** The converter of the legacy system's letters; {@code URGENT} has one only when {@code urgent} is given. */
    private static JavaFileObject converter(String urgent) {
        return jakarta("com.acme.desk.PriorityConverter", """
                @Converter
                public class PriorityConverter implements AttributeConverter<Priority, String> {
                    public String convertToDatabaseColumn(Priority priority) {
                        return switch (priority.name()) {
                            case "LOW" -> "L";
                            case "MEDIUM" -> "M";
                            case "HIGH" -> "H";
                            default -> %s;
                        };
                    }
                    public Priority convertToEntityAttribute(String code) {
                        throw new UnsupportedOperationException();
                    }
                }
                """.formatted(urgent));
    }

    @Test
    void generateWritesTheConvertersCheckAndUpgradeKeepsTheRowsThatSatisfyIt(@TempDir Path work) throws Exception {
        Path sources = work.resolve("src");
        List<JavaFileObject> migrations = new ArrayList<>();
        ClassDirectoryCompiler codes = module(work.resolve("codes"), TICKET_WITH_CODES);
        migrations.addAll(migrations(generate(codes, sources, "tickets", null)));

        ClassDirectoryCompiler enums = module(work.resolve("enums"), migrations, TICKET, PRIORITY, converter(
                "throw new IllegalStateException()"));
        GenerateResult priorities = generate(enums, sources, "priority is an enum", null);
        migrations.addAll(migrations(priorities));

        // Hibernate's order: the values as its HashSet of them iterates.
        String check = "check ticket_priority_check \"priority in ('H','L','M')\"";
        assertThat(snapshot(sources)).contains(check).doesNotContain("converted-enum");
        assertThat(Files.readString(priorities.migrations().get(0))).contains("priority in ('H','L','M')");

        try (TestDatabase db = TestDatabase.create()) {
            migrator(module(work.resolve("codes-applied"), migrations.subList(0, 1), TICKET_WITH_CODES), sources, db)
                    .upgrade("head");
            db.execute("insert into ticket (id, priority) values (1, 'L'), (2, 'H'), (3, null)");

            migrator(module(work.resolve("enums-applied"), migrations, TICKET, PRIORITY,
                    converter("throw new IllegalStateException()")), sources, db).upgrade("head");
            assertThat(db.strings("select id || ':' || coalesce(priority, '-') from ticket order by id"))
                    .containsExactly("1:L", "2:H", "3:-");
            assertThatThrownBy(() -> db.execute("insert into ticket (id, priority) values (4, 'X')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ticket_priority_check");

            // The converter gives URGENT a letter: the next migration changes the check, and nothing else.
            ClassDirectoryCompiler urgent = module(work.resolve("urgent"), migrations, TICKET, PRIORITY_WITH_URGENT,
                    converter("\"U\""));
            GenerateResult widened = generate(urgent, sources, "urgent tickets", null);
            assertThat(widened.upgrade()).as("the check replaced").isNotEmpty().allSatisfy(op -> assertThat(op.toString()).contains("ticket_priority_check"));
            assertThat(snapshot(sources)).contains("check ticket_priority_check \"priority in ('U','H','L','M')\"");
            migrations.addAll(migrations(widened));
            migrator(module(work.resolve("urgent-applied"), migrations, TICKET, PRIORITY_WITH_URGENT,
                    converter("\"U\"")), sources, db).upgrade("head");
            db.execute("insert into ticket (id, priority) values (4, 'U')");
            assertThat(db.catalog().table("ticket").orElseThrow().checks()).extracting(CheckConstraint::name)
                    .containsExactly("ticket_priority_check");

            assertThat(generate(module(work.resolve("again"), migrations, TICKET, PRIORITY_WITH_URGENT,
                    converter("\"U\"")), sources, "nothing", null).hasChanges()).as("stable").isFalse();
        }
    }

    @Test
    void aConverterThatThrowsLeavesTheCheckOutWithOneLineNamingItAndTheField(@TempDir Path work) throws Exception {
        Path sources = work.resolve("src");
        List<String> warnings = new ArrayList<>();
        ClassDirectoryCompiler module = module(work.resolve("classes"), TICKET, PRIORITY_WITH_URGENT,
                converter("throw new IllegalStateException(\"no letter for \" + priority)"));

        GenerateResult result = generate(module, sources, "tickets", warnings);

        assertThat(result.hasChanges()).isTrue();
        assertThat(warnings).containsExactly("No CHECK on ticket.priority (com.acme.desk.Ticket.priority):"
                + " PriorityConverter.convertToDatabaseColumn(URGENT) threw IllegalStateException (no letter for"
                + " URGENT); Hibernate 7 checks the column against the values the converter gives the constants of"
                + " Priority, this schema leaves it out.");
        assertThat(snapshot(sources)).doesNotContain("check ").doesNotContain("converted-enum");
    }
}
