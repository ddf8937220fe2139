package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Column;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Arrays and column definitions: the conformance fixture {@code catalogue} checks the mappings
 * against Hibernate; this test the refusals, where Hibernate fails too or where the schema
 * model has no place for what is written.
 */
class ArrayMappingTest {
    @Test
    void arraysOfByteAndCharacterAreRefusedAsHibernateRefusesThem() {
        JavaFileObject wrappers = jakarta("shop.Blob", """
                @Entity
                public class Blob {
                    @Id Long id;
                    Byte[] data;
                    Character[] letters;
                }
                """);

        Compilation compilation = compile(wrappers);

        CompilationSubject.assertThat(compilation).hadErrorContaining("Hibernate refuses field data of type"
                + " java.lang.Byte[] unless hibernate.type.wrapper_array_handling says how to store it: use byte[],"
                + " or mark the field @Transient").inFile(wrappers).onLineContaining("Byte[] data");
        CompilationSubject.assertThat(compilation).hadErrorContaining("Hibernate refuses field letters of type"
                + " java.lang.Character[] unless hibernate.type.wrapper_array_handling says how to store it: use"
                + " char[]").inFile(wrappers).onLineContaining("Character[] letters");
    }

    @Test
    void theElementOfAnArrayTakesTheColumnsLengthAndPrecision() {
        Compilation compilation = compileCleanly(jakarta("shop.Sheet", """
                @Entity
                public class Sheet {
                    @Id Long id;
                    @Column(length = 12) String[] codes;
                    @Column(precision = 10, scale = 3) BigDecimal[] weights;
                    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY) Set<LocalDate> days;
                    @Column(nullable = false) int[] counts;
                }
                """));

        assertThat(schema(compilation, "shop").table("sheet").orElseThrow().columns())
                .extracting(c -> c.name() + " " + c.type() + (c.nullable() ? "" : " not null"))
                .containsExactlyInAnyOrder("id bigint not null", "codes varchar(12)[]", "weights numeric(10,3)[]",
                        "days date[]", "counts integer[] not null");
    }

    /**
     * A List, Set, Collection or SortedSet of basic values without an annotation is one array column, as Hibernate
     * (6.2 to 7.4) maps it; a serialized element, such as Jakarta Mail's InternetAddress, a bytea array from 6.6 on.
     */
    @Test
    void basicCollectionsWithoutAnnotationsAreArrayColumns() {
        Compilation compilation = compileCleanly(jakarta("mail.Subscriber", """
                @Entity
                public class Subscriber {
                    @Id Long id;
                    List<String> tags;
                    Set<Integer> scores;
                    @Column(length = 40, nullable = false) java.util.SortedSet<String> topics;
                    java.util.Collection<UUID> deviceIds;
                    @Lob List<String> notes;
                    List<jakarta.mail.internet.InternetAddress> copiesTo;
                    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON) List<String> labels;
                }
                """));

        assertThat(schema(compilation, "mail").table("subscriber").orElseThrow().columns())
                .extracting(c -> c.name() + " " + c.type() + (c.nullable() ? "" : " not null"))
                .containsExactlyInAnyOrder("id bigint not null", "tags varchar(255)[]", "scores integer[]",
                        "topics varchar(40)[] not null", "deviceids uuid[]", "notes oid[]", "copiesto bytea[]",
                        "labels jsonb");
    }

    /** Hibernate 6.2 to 6.5 have no array type for a serialized element, a Year, a ZoneId or an InetAddress. */
    @Test
    void arraysOfSerializedElementsAreRefusedBeforeHibernate66() {
        JavaFileObject subscriber = jakarta("mail.Subscriber", """
                @Entity
                public class Subscriber {
                    @Id Long id;
                    List<jakarta.mail.internet.InternetAddress> copiesTo;
                    Year[] years;
                    List<String> tags;
                }
                """);

        Compilation on64 = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-A" + ProcessorOptions.HIBERNATE + "=6.4").compile(subscriber);

        CompilationSubject.assertThat(on64).hadErrorContaining("Hibernate 6.4 fails on field copiesTo, an array of"
                + " jakarta.mail.internet.InternetAddress, for which it has no array type (Hibernate 6.6 and later map"
                + " it as an array column): add @ElementCollection to store the values in a table of their own, or"
                + " choose Hibernate 6.6 or later (migration.hibernate)").inFile(subscriber).onLineContaining("copiesTo");
        CompilationSubject.assertThat(on64).hadErrorContaining("Hibernate 6.4 fails on field years, an array of"
                + " java.time.Year").inFile(subscriber).onLineContaining("years");
        assertThat(on64.errors()).hasSize(2);
        CompilationSubject.assertThat(javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-A" + ProcessorOptions.HIBERNATE + "=6.6").compile(subscriber)).succeededWithoutWarnings();
    }

    @Test
    void aColumnDefinitionGivesTheColumnsDefaultAndNullabilityAndRefusesOtherClauses() {
        JavaFileObject order = jakarta("shop.Ticket", """
                @Entity
                public class Ticket {
                    @Id Long id;
                    @Column(columnDefinition = "varchar(20) default 'it''s new' not null") String status;
                    @Column(columnDefinition = "integer null default (1 + 2)") Integer priority;
                    @Column(columnDefinition = "varchar(8) unique") String code;
                }
                """);

        Compilation compilation = compile(order);

        CompilationSubject.assertThat(compilation).hadErrorContaining("columnDefinition = \"varchar(8) unique\"")
                .inFile(order).onLineContaining("String code");
        assertThat(compilation.errors()).hasSize(1);
    }

    @Test
    void aColumnDefinitionsDefaultAndNotNullAreTheColumns() {
        Compilation compilation = compileCleanly(jakarta("shop.Ticket", """
                @Entity
                public class Ticket {
                    @Id Long id;
                    @Column(columnDefinition = "varchar(20) default 'it''s new' not null") String status;
                    @Column(columnDefinition = "integer null default (1 + 2)") Integer priority;
                }
                """));

        var table = schema(compilation, "shop").table("ticket").orElseThrow();
        assertThat(table.column("status").orElseThrow()).isEqualTo(new Column("status", "varchar(20)", false,
                "'it''s new'", false));
        assertThat(table.column("priority").orElseThrow()).isEqualTo(new Column("priority", "integer", true,
                "(1 + 2)", false));
    }
}
