package dev.jpamigrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.ops.Operation.AlterColumnType;
import dev.jpamigrate.schema.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each conversion on a table that holds rows, some that convert and some that do not: the values
 * after the change, and after the change back; a NOT NULL column or a narrowing stops at its guard
 * with the table as it was.
 */
class TypeConversionsTest {
    private static final List<String> STATUS = List.of("NEW", "PAID", "SHIPPED");

    @RegisterExtension
    static final SharedLiveDatabase db = new SharedLiveDatabase();

    @Test
    void wideningNeedsNoUsing() {
        assertThat(TypeConversions.using("n", "integer", "bigint", null)).isNull();
        assertThat(TypeConversions.using("n", "smallint", "integer", null)).isNull();
        assertThat(TypeConversions.using("s", "varchar(20)", "varchar(80)", null)).isNull();
        assertThat(TypeConversions.using("s", "varchar(20)", "text", null)).isNull();
        assertThat(TypeConversions.using("d", "numeric(10,2)", "numeric(12,2)", null)).isNull();
        assertThat(TypeConversions.using("t", "timestamp(3)", "timestamp(6)", null)).isNull();
        assertThat(TypeConversions.using("n", "integer", "varchar(255)", null)).isNull();
    }

    @Test
    void aStringBecomesANumberOnlyWhereItIsOne() {
        assertThat(TypeConversions.using("code", "varchar(20)", "integer", null)).isEqualTo(
                "case when trim(code) ~ '^[+-]?[0-9]{1,40}$' then case when trim(code)::numeric between -2147483648"
                        + " and 2147483647 then trim(code)::integer end end");
        assertThat(TypeConversions.using("user", "text", "uuid", null)).startsWith("case when trim(\"user\") ~* '^(");
    }

    @Test
    void anEnumGoesFromOrdinalToNameAndBackByItsConstants() {
        String toNames = TypeConversions.using("status", "smallint", "varchar(255)", STATUS);
        assertThat(toNames).isEqualTo("case status when 0 then 'NEW' when 1 then 'PAID' when 2 then 'SHIPPED' end");
        assertThat(TypeConversions.reverse("status", "smallint", "varchar(255)", toNames))
                .isEqualTo("case status when 'NEW' then 0 when 'PAID' then 1 when 'SHIPPED' then 2 end");
        assertThat(TypeConversions.using("status", "varchar(255)", "smallint", STATUS))
                .isEqualTo("case status when 'NEW' then 0 when 'PAID' then 1 when 'SHIPPED' then 2 end");
        // Without the constants an ordinal is a number like any other.
        assertThat(TypeConversions.using("status", "smallint", "varchar(255)", null)).isNull();
    }

    @Test
    void widenedTypesAreNotDataLoss() {
        Schema schema = schema("integer", true);
        assertThat(new AlterColumnType("t", "c", "bigint").dataLoss(schema)).isEmpty();
        assertThat(new AlterColumnType("t", "c", "numeric(12,0)").dataLoss(schema)).isEmpty();
        assertThat(new AlterColumnType("t", "c", "varchar(11)").dataLoss(schema)).isEmpty();
        assertThat(new AlterColumnType("t", "c", "varchar(10)").dataLoss(schema)).isPresent();
        assertThat(new AlterColumnType("t", "c", "smallint").dataLoss(schema)).isPresent();
        assertThat(new AlterColumnType("t", "c", "timestamp(6)").dataLoss(schema("timestamp(3)", true))).isEmpty();
        assertThat(new AlterColumnType("t", "c", "timestamp(3)").dataLoss(schema("timestamp(6)", true))).isPresent();
        assertThat(new AlterColumnType("t", "c", "varchar(10)").dataLoss(schema("text", true))).isPresent();
        assertThat(new AlterColumnType("t", "c", "numeric(10,1)").dataLoss(schema("numeric(10,2)", true)))
                .isPresent();
    }

    @Test
    void varcharToInteger() throws SQLException {
        assertThat(convert("varchar(20)", "integer", null, "42", " -7 ", "+3", "4.5", "abc", "99999999999", null))
                .containsExactly("42", "-7", "3", null, null, null, null);
        assertThat(back()).containsExactly("42", "-7", "3", null, null, null, null);
    }

    @Test
    void textToBigintAndSmallint() throws SQLException {
        assertThat(convert("text", "bigint", null, "9223372036854775807", "9223372036854775808", "12"))
                .containsExactly("9223372036854775807", null, "12");
        db.execute("drop table t");
        assertThat(convert("text", "smallint", null, "32767", "32768", "-1")).containsExactly("32767", null, "-1");
    }

    @Test
    void varcharToUuid() throws SQLException {
        assertThat(convert("varchar(40)", "uuid", null, "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
                "3f2504e04f8911d39a0c0305e82c3301", "not-a-uuid", "3f2504e0-4f89-11d3-9a0c-0305e82c330"))
                .containsExactly("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                        null, null);
        assertThat(back()).containsExactly("3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "3f2504e0-4f89-11d3-9a0c-0305e82c3301", null, null);
    }

    @Test
    void varcharToNumericKeepsWhatFits() throws SQLException {
        assertThat(convert("varchar(20)", "numeric(6,2)", null, "1234.5", "12345.67", "-0.125", ".5", "1e3", "x"))
                .containsExactly("1234.50", null, "-0.13", "0.50", null, null);
        assertThat(back()).containsExactly("1234.50", null, "-0.13", "0.50", null, null);
    }

    @Test
    void varcharToBoolean() throws SQLException {
        assertThat(convert("varchar(10)", "boolean", null, "true", "YES", " 0 ", "f", "maybe"))
                .containsExactly("true", "true", "false", "false", null);
        assertThat(back()).containsExactly("true", "true", "false", "false", null);
    }

    @Test
    void varcharToDateAndTimestamp() throws SQLException {
        assertThat(convert("varchar(30)", "date", null, "2024-02-29", "2023-02-29", "2024-13-01", "31.12.2024",
                "2024-04-31")).containsExactly("2024-02-29", null, null, null, null);
        assertThat(back()).containsExactly("2024-02-29", null, null, null, null);
        db.execute("drop table t");
        assertThat(convert("varchar(30)", "timestamp(6)", null, "2024-05-31 13:45:00", "2024-05-31T13:45",
                "2024-05-31", "2024-05-31 25:00")).containsExactly("2024-05-31 13:45:00", "2024-05-31 13:45:00",
                "2024-05-31 00:00:00", null);
    }

    @Test
    void integerToVarcharIsAPlainCast() throws SQLException {
        assertThat(convert("integer", "varchar(255)", null, "42", "-7")).containsExactly("42", "-7");
        assertThat(back()).containsExactly("42", "-7");
    }

    @Test
    void ordinalToStringAndBack() throws SQLException {
        assertThat(convert("smallint", "varchar(255)", STATUS, "0", "2", "1", "7", null))
                .containsExactly("NEW", "SHIPPED", "PAID", null, null);
        assertThat(back()).containsExactly("0", "2", "1", null, null);
    }

    @Test
    void stringToOrdinalAndBack() throws SQLException {
        assertThat(convert("varchar(255)", "smallint", STATUS, "PAID", "NEW", "GONE"))
                .containsExactly("1", "0", null);
        assertThat(back()).containsExactly("PAID", "NEW", null);
    }

    @Test
    void aNotNullColumnWithValuesThatDoNotConvertStopsAtTheGuardWithTheTableAsItWas() throws SQLException {
        create("varchar(20)", false, "42", "abc", "x1");
        AlterColumnType op = new AlterColumnType("t", "c", "integer",
                TypeConversions.using("c", "varchar(20)", "integer", null));

        TypeConversions.Note note = TypeConversions.note(op, schema("varchar(20)", false)).orElseThrow();

        assertThat(note.comment()).isEqualTo("Conversion: the values that are whole numbers within the range of"
                + " integer are kept, without spaces; t.c is NOT NULL, so a value that does not convert stops the"
                + " revision, by the guard before the change, with nothing applied.");
        assertThatThrownBy(() -> db.execute(note.guard())).hasMessageContaining(
                "2 values of t.c do not convert from varchar(20) to integer: correct or delete those rows first, or"
                        + " write the conversion in the migration; find them with: select * from t where (case when"
                        + " trim(c)");
        db.connection().rollback();
    }

    @Test
    void aNotNullColumnWhoseValuesAllConvertPassesTheGuard() throws SQLException {
        create("varchar(20)", false, "42", " 7");
        AlterColumnType op = new AlterColumnType("t", "c", "integer",
                TypeConversions.using("c", "varchar(20)", "integer", null));
        db.execute(TypeConversions.note(op, schema("varchar(20)", false)).orElseThrow().guard());
        db.run(op);
        assertThat(values()).containsExactly("42", "7");
    }

    @Test
    void narrowingAVarcharStopsAtTheGuardWhereRowsDoNotFit() throws SQLException {
        create("varchar(20)", true, "short", "a bit too long", null);
        AlterColumnType op = new AlterColumnType("t", "c", "varchar(10)");

        TypeConversions.Note note = TypeConversions.note(op, schema("varchar(20)", true)).orElseThrow();

        assertThat(note.comment()).isEqualTo("Conversion: t.c becomes varchar(10); values longer than 10 characters"
                + " stop the revision, by the guard before the change, with nothing applied.");
        assertThatThrownBy(() -> db.execute(note.guard())).hasMessageContaining("1 values of t.c are longer than 10"
                + " characters, which varchar(10) cannot hold: shorten them first (update t set c = left(c, 10) where"
                + " length(c) > 10) or keep the length");
    }

    @Test
    void narrowingIntegersAndNumericsIsGuarded() throws SQLException {
        create("bigint", true, "1", "3000000000");
        assertThatThrownBy(() -> db.execute(TypeConversions.note(new AlterColumnType("t", "c", "integer"),
                schema("bigint", true)).orElseThrow().guard()))
                .hasMessageContaining("1 values of t.c are outside the range of integer");
        db.connection().rollback();
        create("numeric(10,2)", true, "12.50", "123456.78");
        TypeConversions.Note note = TypeConversions.note(new AlterColumnType("t", "c", "numeric(6,1)"),
                schema("numeric(10,2)", true)).orElseThrow();
        assertThat(note.comment()).contains("(the others are rounded to 1 decimals)");
        assertThatThrownBy(() -> db.execute(note.guard())).hasMessageContaining("with more than 5 digits before the"
                + " point, which numeric(6,1) cannot hold");
    }

    @Test
    void aNullableColumnSaysTheRestBecomesNull() {
        AlterColumnType op = new AlterColumnType("t", "c", "uuid", TypeConversions.using("c", "text", "uuid", null));
        TypeConversions.Note note = TypeConversions.note(op, schema("text", true)).orElseThrow();
        assertThat(note.comment()).isEqualTo("Conversion: the values that are UUIDs (8-4-4-4-12 hexadecimal digits,"
                + " or 32) are kept; the other values of t.c become NULL.");
        assertThat(note.guard()).isNull();
        assertThat(TypeConversions.note(new AlterColumnType("t", "c", "bigint"), schema("integer", false))).isEmpty();
    }

    @Test
    void anEnumConversionSaysWhichOrdinalBecomesWhichName() {
        AlterColumnType op = new AlterColumnType("t", "c", "varchar(255)",
                TypeConversions.using("c", "smallint", "varchar(255)", STATUS));
        assertThat(TypeConversions.note(op, schema("smallint", true)).orElseThrow().comment()).isEqualTo(
                "Conversion: enum constants by their ordinal (0 -> 'NEW', 1 -> 'PAID', 2 -> 'SHIPPED'); the other"
                        + " values of t.c become NULL.");
    }

    // ---

    private AlterColumnType last;
    private String lastFrom;

    /** Creates t(id, c) with {@code values}, converts c to {@code to}; returns c's values by id, as text. */
    private List<String> convert(String from, String to, List<String> constants, String... values) throws SQLException {
        create(from, true, values);
        last = new AlterColumnType("t", "c", to, TypeConversions.using("c", from, to, constants));
        lastFrom = from;
        db.run(last);
        return values();
    }

    /** Runs the inverse of the last conversion. */
    private List<String> back() throws SQLException {
        db.run(last.inverse(schema(lastFrom, true)));
        return values();
    }

    private static void create(String type, boolean nullable, String... values) throws SQLException {
        db.execute("create table t (id integer primary key, c " + type + (nullable ? "" : " not null") + ")");
        for (int i = 0; i < values.length; i++) {
            db.execute("insert into t values (" + i + ", " + (values[i] == null ? "null"
                    : PostgresDialect.literal(values[i])) + ")");
        }
    }

    private static List<String> values() throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(
                "select c::text from t order by id")) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Schema schema(String type, boolean nullable) {
        return Schema.builder().table("t", t -> t.column("id", "integer", c -> c.notNull())
                .column("c", type, c -> {
                    if (!nullable) {
                        c.notNull();
                    }
                })).build();
    }
}
