package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compileCleanlyWithoutValidationProvider;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation's constraints (and JSpecify's and the Checker Framework's nullness annotations)
 * are type-use annotations: written on a field or getter they annotate its type too, and written in
 * a type argument they annotate that. None of them changes which type an attribute has. Compiled
 * without a Bean Validation provider, as an application without hibernate-validator, whose DDL the
 * constraints do not change (with one: {@link BeanValidationMappingTest}).
 */
class TypeUseAnnotationTest {
    private static final String IMPORTS = """
            import jakarta.persistence.*;
            import jakarta.validation.Valid;
            import jakarta.validation.constraints.*;
            import java.math.BigDecimal;
            import java.util.*;

            """;

    @Test
    void constraintsOnFieldsArraysAndTypeArgumentsLeaveTheirTypes() {
        Compilation compilation = compileCleanlyWithoutValidationProvider(
                source("shop.Status", "public enum Status { NEW, PAID }"),
                source("shop.Address", IMPORTS + """
                        @Embeddable
                        public class Address {
                            @NotBlank @Size(max = 80) private String street;
                            @NotNull @Pattern(regexp = "[0-9]{5}") private String zip;
                            @PositiveOrZero private int floor;
                        }
                        """),
                source("shop.Product", IMPORTS + """
                        @Entity
                        public class Product {
                            @Id @NotNull @Positive private Long id;
                            @NotNull private boolean active;
                            @Min(0) private int quantity;
                            @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) private BigDecimal price;
                            @NotNull private byte[] data;
                            private byte @NotNull [] signature;
                            @NotNull @Enumerated(EnumType.STRING) private Status status;
                            @Valid @NotNull private Address address;
                            @ElementCollection private List<@NotBlank @Size(max = 30) String> tags;
                            @ElementCollection private Set<@NotNull Status> history;
                            @ElementCollection private Map<@NotNull String, @Valid Address> addresses;
                            @ElementCollection private Map<@NotNull Status, @Min(0) Integer> stock;
                        }
                        """));

        Schema schema = schema(compilation, "shop");
        assertSameSchema(schema.withoutTable("product_tags").withoutTable("product_history")
                .withoutTable("product_addresses").withoutTable("product_stock"), Schema.builder()
                .table("product", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("active", "boolean", c -> c.notNull())
                        .column("quantity", "integer", c -> c.notNull())
                        .column("price", "numeric(38,2)")
                        .column("data", "bytea")
                        .column("signature", "bytea")
                        .column("status", "varchar(255)")
                        .column("street", "varchar(255)")
                        .column("zip", "varchar(255)")
                        .column("floor", "integer")
                        .check("product_status_check", "status in ('NEW','PAID')")
                        .primaryKey("product_pkey", "id"))
                .build());
        assertThat(columns(schema, "product_tags")).containsExactly("product_id bigint", "tags varchar(255)");
        assertThat(columns(schema, "product_history")).containsExactlyInAnyOrder("product_id bigint", "history smallint");
        assertThat(columns(schema, "product_addresses")).containsExactlyInAnyOrder("product_id bigint",
                "addresses_key varchar(255)", "street varchar(255)", "zip varchar(255)", "floor integer");
        assertThat(columns(schema, "product_stock")).containsExactlyInAnyOrder("product_id bigint",
                "stock_key smallint", "stock integer");
    }

    @Test
    void constraintsOnGettersKeysAndConvertedTypesLeaveTheirTypes() {
        Compilation compilation = compileCleanlyWithoutValidationProvider(
                source("shop.LineKey", IMPORTS + """
                        public class LineKey implements java.io.Serializable {
                            private Long orderId;
                            private int line;

                            // Hibernate reads an id class with its entity's access type.
                            public @NotNull Long getOrderId() { return orderId; }
                            public void setOrderId(Long orderId) { this.orderId = orderId; }
                            @Min(1) public int getLine() { return line; }
                            public void setLine(int line) { this.line = line; }
                        }
                        """),
                source("shop.Money", "public record Money(long cents) { }"),
                source("shop.MoneyConverter", IMPORTS + """
                        @Converter(autoApply = true)
                        public class MoneyConverter implements AttributeConverter<@NotNull Money, @NotNull Long> {
                            public Long convertToDatabaseColumn(Money money) { return money.cents(); }
                            public Money convertToEntityAttribute(Long cents) { return new Money(cents); }
                        }
                        """),
                source("shop.OrderLine", IMPORTS + """
                        @Entity
                        @IdClass(LineKey.class)
                        public class OrderLine {
                            private Long orderId;
                            private int line;
                            private Money price;

                            @Id @NotNull public Long getOrderId() { return orderId; }
                            public void setOrderId(Long orderId) { this.orderId = orderId; }
                            @Id public @Min(1) int getLine() { return line; }
                            public void setLine(int line) { this.line = line; }
                            @NotNull public Money getPrice() { return price; }
                            public void setPrice(Money price) { this.price = price; }
                        }
                        """),
                source("shop.Note", IMPORTS + """
                        @Entity
                        public class Note {
                            private Long id;
                            private List<String> lines;

                            @Id public @NotNull Long getId() { return id; }
                            public void setId(Long id) { this.id = id; }
                            @ElementCollection public List<@NotBlank String> getLines() { return lines; }
                            public void setLines(List<String> lines) { this.lines = lines; }
                        }
                        """));

        Schema schema = schema(compilation, "shop");
        assertThat(columns(schema, "orderline")).containsExactlyInAnyOrder("orderid bigint", "line integer",
                "price bigint");
        assertThat(columns(schema, "note_lines")).containsExactlyInAnyOrder("note_id bigint", "lines varchar(255)");
    }

    static List<String> columns(Schema schema, String table) {
        return schema.table(table).orElseThrow().columns().stream().map(c -> c.name() + " " + c.type()).toList();
    }
}
