package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.schema.Hint;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The entity snapshot says which constants each enum column holds, in declaration order, so
 * that the diff converts an ORDINAL column to STRING (and back) by name and knows a removed constant.
 */
class EnumHintsTest {
    @Test
    void everyEnumColumnGetsAHintWithItsConstantsInDeclarationOrder() throws IOException {
        Compilation compilation = compileCleanly(
                jakarta("shop.Status", "public enum Status { NEW, PAID, SHIPPED }"),
                jakarta("shop.Language", "public enum Language { EN, FR }"),
                jakarta("shop.Tag", "public enum Tag { RED, BLUE }"),
                jakarta("shop.Address", """
                        @Embeddable
                        public class Address {
                            String street;
                            @Enumerated(EnumType.STRING) Language language;
                        }
                        """),
                jakarta("shop.Shipment", """
                        import java.util.Map;
                        import java.util.Set;

                        @Entity
                        public class Shipment {
                            @Id Long id;
                            Status status;
                            @Enumerated(EnumType.STRING) Status state;
                            Address address;
                            @ElementCollection @Enumerated(EnumType.STRING) Set<Tag> tags;
                            @ElementCollection Set<Status> history;
                            @ElementCollection @MapKeyEnumerated(EnumType.STRING) Map<Language, String> notes;
                            String name;
                        }
                        """));

        String snapshot = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, IndexFiles.entitySchema("shop"))
                .orElseThrow().getCharContent(true).toString();

        assertThat(Arrays.stream(snapshot.split("\n")).filter(l -> l.startsWith("hint ")).toList()).containsExactly(
                "hint enum shipment language (EN, FR)",
                "hint enum shipment state (NEW, PAID, SHIPPED)",
                "hint enum shipment status (NEW, PAID, SHIPPED)",
                "hint enum shipment_history history (NEW, PAID, SHIPPED)",
                "hint enum shipment_notes notes_key (EN, FR)",
                "hint enum shipment_tags tags (RED, BLUE)");
        assertThat(GeneratedSnapshots.snapshot(compilation, "shop").hints().enumConstants("shipment", "status"))
                .contains(List.of("NEW", "PAID", "SHIPPED"));
    }

    @Test
    void aTableInAnotherSchemaIsHintedByItsQualifiedName() {
        Compilation compilation = compileCleanly(
                jakarta("crm.Level", "public enum Level { LOW, HIGH }"),
                jakarta("crm.Ticket", """
                        @Entity
                        @Table(schema = "support")
                        public class Ticket {
                            @Id Long id;
                            @Enumerated(EnumType.STRING) Level level;
                        }
                        """));

        assertThat(GeneratedSnapshots.snapshot(compilation, "crm").hints().all()).containsExactly(
                new Hint.EnumConstants("support.ticket", "level", List.of("LOW", "HIGH")));
    }
}
