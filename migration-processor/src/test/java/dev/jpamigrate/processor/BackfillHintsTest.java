package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.schema.Hint;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The backfill hints of the entity snapshot: what rows already in a table get when a column is
 * added NOT NULL or becomes NOT NULL ({@code @Backfill}, or a primitive's Java default).
 */
class BackfillHintsTest {
    @Test
    void primitivesGetTheirJavaDefaultAndBackfillItsValueInTheColumnsType() throws IOException {
        Compilation compilation = compileCleanly(jakarta("shop.Member", """
                import dev.jpamigrate.Backfill;
                import org.hibernate.annotations.ColumnDefault;

                @Entity
                public class Member {
                    @Id Long id;
                    int points;
                    long visits;
                    double ratio;
                    boolean active;
                    @Convert(converter = org.hibernate.type.YesNoConverter.class) boolean vip;
                    @Convert(converter = org.hibernate.type.NumericBooleanConverter.class) boolean newsletter;
                    @Column(nullable = false) @Backfill("'n/a'") String code;
                    @Backfill("now()") @Column(nullable = false) Instant joined;
                    @Column(nullable = false) String withoutHint;
                    @ColumnDefault("5") int level;
                    @Column(nullable = true) int optionalCount;
                    char initial;
                    @Embedded Address address;
                }
                """), jakarta("shop.Address", """
                import dev.jpamigrate.Backfill;

                @Embeddable
                public class Address {
                    @Column(nullable = false) @Backfill("'?'") String city;
                    int floor;
                }
                """));

        assertThat(hintLines(compilation)).containsExactly(
                "hint backfill member active false",
                "hint backfill member city '?'",
                "hint backfill member code 'n/a'",
                "hint backfill member joined now()",
                "hint backfill member newsletter 0",
                "hint backfill member points 0",
                "hint backfill member ratio 0",
                "hint backfill member vip 'N'",
                "hint backfill member visits 0");
        assertThat(GeneratedSnapshots.snapshot(compilation, "shop").hints().all())
                .contains(new Hint.Backfill("member", "code", "'n/a'"), new Hint.Backfill("member", "vip", "'N'"));
    }

    @Test
    void inASecondaryTableAndWithPropertyAccessToo() throws IOException {
        Compilation compilation = compileCleanly(jakarta("shop.Account", """
                import dev.jpamigrate.Backfill;

                @Entity
                @SecondaryTable(name = "account_details")
                public class Account {
                    private Long id;
                    private String plan;
                    private int credits;

                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }

                    @Backfill("'free'") @Column(nullable = false, table = "account_details")
                    public String getPlan() { return plan; }
                    public void setPlan(String plan) { this.plan = plan; }

                    public int getCredits() { return credits; }
                    public void setCredits(int credits) { this.credits = credits; }
                }
                """));

        assertThat(hintLines(compilation)).containsExactly(
                "hint backfill account credits 0",
                "hint backfill account_details plan 'free'");
    }

    @Test
    void onARelationItIsReportedAsItHasNoColumnOfItsOwnToFill() {
        Compilation compilation = compile(jakarta("shop.Ticket", """
                import dev.jpamigrate.Backfill;

                @Entity
                public class Ticket {
                    @Id Long id;
                    @ManyToOne(optional = false) @Backfill("1") Ticket parent;
                }
                """));

        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("@Backfill applies to a basic column; parent"
                + " maps none, so it has no effect: give the value in the migration (op.addColumn(...).backfill(...))")
                .inFile(compilation.sourceFiles().get(0)).onLineContaining("@Backfill(\"1\")");
    }

    @Test
    void aKeyOrUniquePrimitiveGetsNoJavaDefaultAsOneValueForEveryRowWouldBreakIt() throws IOException {
        Compilation compilation = compileCleanly(jakarta("shop.Seat", """
                @Entity
                public class Seat {
                    @Id long id;
                    @Column(nullable = false, unique = true) int number;
                    int row;
                }
                """));

        assertThat(hintLines(compilation)).containsExactly("hint backfill seat row 0");
    }

    @Test
    void withoutAValueItIsAnErrorOnTheAnnotation() {
        Compilation compilation = compile(jakarta("shop.Ticket", """
                import dev.jpamigrate.Backfill;

                @Entity
                public class Ticket {
                    @Id Long id;
                    @Column(nullable = false) @Backfill(" ") String title;
                }
                """));

        CompilationSubject.assertThat(compilation).hadErrorContaining("@Backfill needs the SQL expression that rows"
                + " already in the table get, as in @Backfill(\"0\") or @Backfill(\"'unknown'\")")
                .inFile(compilation.sourceFiles().get(0)).onLineContaining("@Backfill(\" \")");
    }

    private static List<String> hintLines(Compilation compilation) throws IOException {
        String text = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, IndexFiles.entitySchema("shop"))
                .orElseThrow().getCharContent(true).toString();
        return Arrays.stream(text.split("\n")).filter(l -> l.startsWith("hint ")).toList();
    }
}
