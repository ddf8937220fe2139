package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.jakarta;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Schema;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Converters decide the column type; the conformance fixture {@code types} checks the common
 * cases against Hibernate, and this test the cases Hibernate itself cannot build or that
 * need no database.
 */
class ConverterMappingTest {
    @Test
    void aConvertedEnumIsCheckedByItsConverterAndAutoApplyingSkipsIdsVersionsAndDisabledFields() {
        JavaFileObject budget = jakarta("shop.Budget", """
                @Entity
                public class Budget {
                    @Id Year id;
                    @Convert(converter = LevelConverter.class) @Column(length = 4) Level level;
                    Year closed;
                    @Convert(disableConversion = true) Year opened;
                }
                """);
        Compilation compilation = compile(budget,
                jakarta("shop.Level", """
                        public enum Level { LOW, HIGH }
                        """),
                jakarta("shop.LevelConverter", """
                        @Converter
                        public class LevelConverter implements AttributeConverter<Level, String> {
                            public String convertToDatabaseColumn(Level level) { return level.name(); }
                            public Level convertToEntityAttribute(String name) { return Level.valueOf(name); }
                        }
                        """),
                jakarta("shop.YearConverter", """
                        @Converter(autoApply = true)
                        public class YearConverter implements AttributeConverter<Year, String> {
                            public String convertToDatabaseColumn(Year year) { return year.toString(); }
                            public Year convertToEntityAttribute(String text) { return Year.parse(text); }
                        }
                        """));

        // Hibernate 7 checks the values the converter gives the constants, which the engine computes from the
        // compiled converter (ConvertedEnumCheckTest); the snapshot says which converter and enum.
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertSameSchema(schema(compilation, "shop"), Schema.builder()
                .table("budget", t -> t
                        .column("id", "integer", c -> c.notNull())
                        .column("level", "varchar(4)")
                        .column("closed", "varchar(255)")
                        .column("opened", "integer")
                        .primaryKey("budget_pkey", "id")
                        .check("budget_level_check", "{converted-enum level shop.Level shop.LevelConverter shop.Budget.level}"))
                .build());
    }
}
