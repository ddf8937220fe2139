package dev.jpamigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The placeholder of a converted enum's check, as the processor writes it into an entity snapshot among
 * the column's other checks, read back from the snapshot's text and resolved or left out.
 */
class ConvertedEnumCheckTest {
    private static final ConvertedEnumCheck PRIORITY = new ConvertedEnumCheck("priority", "com.acme.Priority",
            "com.acme.PriorityConverter", "com.acme.Ticket.priority");
    private static final ConvertedEnumCheck ORDER = new ConvertedEnumCheck("\"order\"", "com.acme.Ticket.Order",
            "com.acme.Ticket.OrderConverter", "com.acme.Ticket.order");

    @Test
    void placeholdersReadBackFromTheSnapshotTextInTheOrderTheyAppear() {
        String expression = "(priority <> 'X') and (" + PRIORITY.placeholder() + ") and (" + ORDER.placeholder() + ")";
        Table table = new Table("ticket", List.of(Column.of("priority", "varchar(1)"), Column.of("order", "integer")),
                null, List.of(), List.of(), List.of(), List.of(new CheckConstraint("ticket_check", expression)));
        SchemaFile file = SchemaFile.ofEntities(new Schema(List.of(table), List.of()), List.of("com.acme.Ticket"));

        String read = SchemaFile.read(file.write(null), "test").schema().table("ticket").orElseThrow().checks().get(0)
                .expression();

        assertThat(ConvertedEnumCheck.in(read)).containsExactly(PRIORITY, ORDER);
        assertThat(PRIORITY.resolve(read, "priority in ('H','L')")).startsWith(
                "(priority <> 'X') and (priority in ('H','L')) and ({converted-enum \"order\" ");
    }

    @Test
    void leavingOneOutKeepsTheColumnsOtherChecksAsHibernateJoinsThem() {
        String alone = PRIORITY.placeholder();
        assertThat(PRIORITY.remove(alone)).isEmpty();
        assertThat(PRIORITY.remove("(priority <> 'X') and (" + alone + ")")).contains("priority <> 'X'");
        assertThat(PRIORITY.remove("(" + alone + ") and (length(priority) = 1)")).contains("length(priority) = 1");
        assertThat(PRIORITY.remove("(a > 0) and (" + alone + ") and (b > 0)")).contains("(a > 0) and (b > 0)");
        assertThat(PRIORITY.remove("(a > (0)) and (" + alone + ")")).contains("a > (0)");
    }
}
