package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation constraints reach the columns as Hibernate applies them to its DDL, when a
 * provider (here Hibernate Validator, on the test class path) is on the application's class path;
 * the settings that turn that off; and what Hibernate ignores. The conformance fixture
 * {@code validation} proves the same against Hibernate itself.
 */
class BeanValidationMappingTest {
    private static final String IMPORTS = """
            import jakarta.persistence.*;
            import jakarta.validation.*;
            import jakarta.validation.constraints.*;
            import java.lang.annotation.*;
            import java.math.BigDecimal;

            """;

    private static final JavaFileObject PRODUCT = source("shop.Product", IMPORTS + """
            @Entity
            public class Product {
                @Id private Long id;
                @NotBlank private String name;
                @Size(min = 2, max = 40) private String title;
                @org.hibernate.validator.constraints.Length(max = 60) private String subtitle;
                @Min(0) @Max(500) private int quantity;
                @org.hibernate.validator.constraints.Range(min = 1, max = 9) private Integer rating;
                @Digits(integer = 6, fraction = 2) private BigDecimal price;
                @DecimalMin("0.00") @Positive @Email @Pattern(regexp = "x") private String email;
                @Size(max = 3) private Integer notAString;
            }
            """);

    @Test
    void eachConstraintChangesTheColumnAsHibernateDoes() {
        Table product = table(compile(List.of(), PRODUCT), "product");

        assertThat(column(product, "name")).isEqualTo(new Column("name", "varchar(255)", false, null, false));
        assertThat(column(product, "title").type()).isEqualTo("varchar(40)");
        assertThat(column(product, "subtitle").type()).isEqualTo("varchar(60)");
        assertThat(column(product, "price").type()).isEqualTo("numeric(8,2)");
        assertThat(column(product, "email")).isEqualTo(new Column("email", "varchar(255)", true, null, false));
        assertThat(column(product, "notastring")).isEqualTo(new Column("notastring", "integer", true, null, false));
        // Several checks of one column are one CHECK, as Hibernate writes them; @Range is @Min and @Max composed.
        assertThat(product.checks()).containsExactlyInAnyOrder(
                new CheckConstraint("product_quantity_check", "(quantity>=0) and (quantity<=500)"),
                new CheckConstraint("product_rating_check", "(rating>=1) and (rating<=9)"));
    }

    @Test
    void withoutAProviderOnTheClassPathTheConstraintsChangeNothing() {
        Table product = table(Processing.compileCleanlyWithoutValidationProvider(source("shop.Product", IMPORTS + """
                @Entity
                public class Product {
                    @Id private Long id;
                    @NotBlank private String name;
                    @Size(min = 2, max = 40) private String title;
                    @Digits(integer = 6, fraction = 2) private BigDecimal price;
                    @Min(0) @Max(500) private int quantity;
                }
                """)), "product");

        assertThat(column(product, "name").nullable()).isTrue();
        assertThat(column(product, "title").type()).isEqualTo("varchar(255)");
        assertThat(column(product, "price").type()).isEqualTo("numeric(38,2)");
        assertThat(product.checks()).isEmpty();
    }

    @Test
    void validationModeNoneOrCallbackAndApplyToDdlFalseTurnItOff() {
        for (String option : List.of("-Ajakarta.persistence.validation.mode=none",
                "-Ajavax.persistence.validation.mode=callback", "-Ajakarta.persistence.validation.mode=CALLBACK",
                "-Ahibernate.validator.apply_to_ddl=false")) {
            Table product = table(compile(List.of(option), PRODUCT), "product");

            assertThat(column(product, "title").type()).as(option).isEqualTo("varchar(255)");
            assertThat(column(product, "name").nullable()).as(option).isTrue();
            assertThat(product.checks()).as(option).isEmpty();
        }
        Table product = table(compile(List.of("-Ajakarta.persistence.validation.mode=ddl"), PRODUCT), "product");
        assertThat(column(product, "title").type()).isEqualTo("varchar(40)");
    }

    @Test
    void modeDdlWithoutAProviderIsACompileErrorAsHibernateFailsToStart() {
        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Ajakarta.persistence.validation.mode=ddl")
                .withClasspath(classPathWithoutProvider()).compile(source("shop.Product", IMPORTS + """
                        @Entity
                        public class Product {
                            @Id private Long id;
                            @NotBlank private String name;
                        }
                        """));

        CompilationSubject.assertThat(compilation).hadErrorContaining(
                "Validation mode ddl requires a Jakarta Validation provider, and none is on the class path");
    }

    @Test
    void aBadSettingIsACompileError() {
        CompilationSubject.assertThat(javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Ajakarta.persistence.validation.mode=strict").compile(PRODUCT))
                .hadErrorContaining("Unknown value strict for jakarta.persistence.validation.mode (-Ajakarta.persistence.validation.mode)");
        CompilationSubject.assertThat(javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Ahibernate.validator.apply_to_ddl=yes").compile(PRODUCT))
                .hadErrorContaining("Unknown value yes for hibernate.validator.apply_to_ddl (-Ahibernate.validator.apply_to_ddl)");
        CompilationSubject.assertThat(javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Ajakarta.persistence.validation.mode=auto,ddl").compile(PRODUCT))
                .hadErrorContaining("mixes auto or none with other modes");
    }

    @Test
    void composedConstraintsCountByTheirComposingOnesWithOverriddenAttributes() {
        JavaFileObject sku = source("shop.Sku", IMPORTS + """
                @NotNull @Size @Constraint(validatedBy = {})
                @Target(ElementType.FIELD) @Retention(RetentionPolicy.RUNTIME)
                public @interface Sku {
                    String message() default "";
                    Class<?>[] groups() default {};
                    Class<? extends Payload>[] payload() default {};
                    @OverridesAttribute(constraint = Size.class, name = "max") int length() default 20;
                }
                """);
        JavaFileObject either = source("shop.Either", IMPORTS + """
                @org.hibernate.validator.constraints.ConstraintComposition(
                        org.hibernate.validator.constraints.CompositionType.OR)
                @NotNull @Null @Constraint(validatedBy = {})
                @Target(ElementType.FIELD) @Retention(RetentionPolicy.RUNTIME)
                public @interface Either {
                    String message() default "";
                    Class<?>[] groups() default {};
                    Class<? extends Payload>[] payload() default {};
                }
                """);
        JavaFileObject article = source("shop.Article", IMPORTS + """
                @Entity
                public class Article {
                    @Id private Long id;
                    @Sku private String sku;
                    @Sku(length = 12) private String barcode;
                    @Either private String maybe;
                }
                """);

        Table article7 = table(compile(List.of(), sku, either, article), "article");
        assertThat(column(article7, "sku")).isEqualTo(new Column("sku", "varchar(20)", false, null, false));
        assertThat(column(article7, "barcode")).isEqualTo(new Column("barcode", "varchar(12)", false, null, false));
        // An OR composition is NOT NULL only when each alternative is (Hibernate 7); 6.6 knows no OR.
        assertThat(column(article7, "maybe").nullable()).isTrue();
        Table article66 = table(compile(List.of("-A" + ProcessorOptions.HIBERNATE + "=6.6"), sku, either, article),
                "article");
        assertThat(column(article66, "maybe").nullable()).isFalse();
    }

    @Test
    void onlyTheConstraintsOfTheDdlGroupsCount() {
        JavaFileObject strict = source("shop.Strict", "public interface Strict { }");
        JavaFileObject customer = source("shop.Customer", IMPORTS + """
                @Entity
                public class Customer {
                    @Id private Long id;
                    @NotNull(groups = Strict.class) @Size(max = 30, groups = Strict.class) private String email;
                    @NotNull(groups = {Strict.class, jakarta.validation.groups.Default.class}) private String name;
                }
                """);

        Table byDefault = table(compile(List.of(), strict, customer), "customer");
        assertThat(column(byDefault, "email")).isEqualTo(new Column("email", "varchar(255)", true, null, false));
        assertThat(column(byDefault, "name").nullable()).isFalse();
        Table strictOnly = table(compile(List.of("-Aorg.hibernate.validator.group.ddl=shop.Strict"), strict, customer),
                "customer");
        assertThat(column(strictOnly, "email")).isEqualTo(new Column("email", "varchar(30)", false, null, false));
    }

    @Test
    void notNullSkipsSingleTableSubclassesAndEmbeddedFieldsButNotToOneRelations() {
        JavaFileObject[] sources = {
            source("shop.Measure", IMPORTS + """
                    @Embeddable
                    public class Measure {
                        @NotNull @Size(max = 5) private String unit;
                        @Min(1) private Integer width;
                    }
                    """),
            source("shop.Vehicle", IMPORTS + """
                    @Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                    public class Vehicle {
                        @Id private Long id;
                        @NotNull private String plate;
                        @NotNull @Embedded private Measure plain;
                        @Valid @Embedded @AttributeOverride(name = "unit", column = @Column(name = "valid_unit"))
                        @AttributeOverride(name = "width", column = @Column(name = "valid_width"))
                        private Measure valid;
                        @Valid @NotNull @Embedded @AttributeOverride(name = "unit", column = @Column(name = "required_unit"))
                        @AttributeOverride(name = "width", column = @Column(name = "required_width"))
                        private Measure required;
                        @NotNull @ManyToOne private Vehicle towedBy;
                    }
                    """),
            source("shop.Truck", IMPORTS + """
                    @Entity
                    public class Truck extends Vehicle {
                        @NotNull @Size(max = 8) private String axles;
                        @NotNull @ManyToOne private Vehicle trailer;
                    }
                    """)};

        Table vehicle = table(compile(List.of(), sources), "vehicle");
        assertThat(column(vehicle, "plate").nullable()).isFalse();
        assertThat(column(vehicle, "towedby_id").nullable()).isFalse();
        // Without @Valid, an embeddable's constraints do not count; with it, its @NotNull only under a @NotNull field.
        assertThat(column(vehicle, "unit")).isEqualTo(new Column("unit", "varchar(255)", true, null, false));
        assertThat(column(vehicle, "valid_unit")).isEqualTo(new Column("valid_unit", "varchar(5)", true, null, false));
        assertThat(column(vehicle, "required_unit"))
                .isEqualTo(new Column("required_unit", "varchar(5)", false, null, false));
        // In the SINGLE_TABLE subclass: the size, not the NOT NULL.
        assertThat(column(vehicle, "axles")).isEqualTo(new Column("axles", "varchar(8)", true, null, false));
        assertThat(column(vehicle, "trailer_id").nullable()).isTrue();
        assertThat(vehicle.checks().stream().map(CheckConstraint::expression))
                .contains("valid_width>=1", "required_width>=1").doesNotContain("width>=1");
    }

    @Test
    void constraintsOnTheGetterOfAFieldAccessEntityCountAsBeanValidationReadsProperties() {
        JavaFileObject account = source("shop.Account", IMPORTS + """
                @Entity
                public class Account {
                    @Id private Long id;
                    private String owner;
                    private String code;

                    @NotNull public String getOwner() { return owner; }
                    @Size(max = 4) public String getCode() { return code; }
                }
                """);

        Table table = table(compile(List.of(), account), "account");
        assertThat(column(table, "owner").nullable()).isFalse();
        assertThat(column(table, "code").type()).isEqualTo("varchar(4)");
    }

    @Test
    void joinColumnsKeepTheTypeOfTheKeyTheyReferenceWithoutItsConstraints() {
        JavaFileObject category = source("shop.Category", IMPORTS + """
                @Entity
                public class Category {
                    @Id @Size(max = 16) private String code;
                }
                """);
        JavaFileObject item = source("shop.Item", IMPORTS + """
                @Entity
                public class Item {
                    @Id private Long id;
                    @ManyToOne private Category category;
                }
                """);

        Schema schema = schema(compile(List.of(), category, item), "shop");
        assertThat(column(schema.table("category").orElseThrow(), "code").type()).isEqualTo("varchar(16)");
        assertThat(column(schema.table("item").orElseThrow(), "category_code").type()).isEqualTo("varchar(255)");
    }

    private static Compilation compile(List<String> options, JavaFileObject... sources) {
        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor()).withOptions(options.toArray())
                .compile(sources);
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static Table table(Compilation compilation, String name) {
        return schema(compilation, "shop").table(name).orElseThrow();
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table));
    }

    /** The test class path without Hibernate Validator, as an application that has only the Bean Validation API. */
    static List<File> classPathWithoutProvider() {
        List<File> path = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> !p.contains("hibernate-validator")).map(File::new).toList();
        assertThat(Arrays.toString(path.toArray())).contains("jakarta.validation-api");
        return path;
    }
}
