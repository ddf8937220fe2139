package dev.jpamigrate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.schema.Column;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The snapshot lists a table's columns in the order Hibernate creates them
 * ({@code ColumnOrderingStrategyStandard}), or, with {@code hibernate.column_ordering_strategy=legacy},
 * in the processor's own. The conformance suite's {@code columnorder} fixture proves each size rule against Hibernate.
 */
class ColumnOrderTest {
    private static final JavaFileObject READING = jakarta("lab.Reading", """
            @Entity
            public class Reading {
                @Id UUID id;
                @Column(name = "sensorName") String sensor;
                String label;
                long takenAt;
                double value;
                @Column(length = 16) byte[] hash;
                @Column(columnDefinition = "text") String note;
                @Lob String raw;
                boolean valid;
            }
            """);

    @Test
    void columnsAreSortedBySizeThenByTheirNameAsHibernateSpellsIt() {
        // 4 bytes at least: valid, value (a FLOAT(53)); 8: takenat; 16: hash (bytea of length 16) and id (uuid),
        // "hash" < "id"; 10485760: label, note (its Java type's varchar), sensorName (uppercase N still after
        // "note": 's' > 'n'); the largest: raw (oid).
        assertThat(columnNames(compile(READING), "reading"))
                .containsExactly("valid", "value", "takenat", "hash", "id", "label", "note", "sensorname", "raw");
    }

    @Test
    void aCamelCaseNameSortsByItsUpperCaseLetters() {
        Compilation compilation = compile(jakarta("lab.Probe", """
                @Entity
                public class Probe {
                    @Id Long id;
                    String lastName;
                    String last_seen;
                    String lastname2;
                }
                """));

        // "lastName" < "last_seen" < "lastname2": 'N' < '_' < 'n', though PostgreSQL stores them lower case.
        assertThat(columnNames(compilation, "probe")).containsExactly("id", "lastname", "last_seen", "lastname2");
    }

    @Test
    void theLegacyStrategyKeepsTheKeyFirstAndTheMappingsOrder() {
        Compilation compilation = compile(READING, "-Ahibernate.column_ordering_strategy=legacy");

        assertThat(columnNames(compilation, "reading"))
                .containsExactly("id", "sensorname", "label", "takenat", "value", "hash", "note", "raw", "valid");
    }

    @Test
    void anUnknownStrategyIsAnError() {
        Compilation compilation = compile(READING, "-Ahibernate.column_ordering_strategy=alphabetical");

        assertThat(compilation).hadErrorContaining(
                "Unknown value for -Ahibernate.column_ordering_strategy: alphabetical; use one of [default, legacy]");
    }

    private static Compilation compile(JavaFileObject source, String... options) {
        return javac().withProcessors(new JpaMigrateProcessor()).withOptions((Object[]) options).compile(source);
    }

    private static List<String> columnNames(Compilation compilation, String table) {
        assertThat(compilation).succeededWithoutWarnings();
        return schema(compilation, "lab").table(table).orElseThrow().columns().stream().map(Column::name).toList();
    }
}
