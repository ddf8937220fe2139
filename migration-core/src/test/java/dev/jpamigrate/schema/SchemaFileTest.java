package dev.jpamigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.testing.LargeSchemas;
import dev.jpamigrate.testing.SampleSchemas;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchemaFileTest {
    private static final String SHOP_FILE = """
            jpamigrate-schema 1
            # The shop, for the test.
            head 20261125130100
            head 20261125130200

            table class
              column x integer

            table customer
              comment "People who buy"
              column id bigint identity
              column email varchar(255) not-null comment "Where receipts go; it's \\"unique\\""
              column status varchar(20) not-null default 'NEW'
              column nickname varchar(40) comment "Shown instead of the name"
              primary-key customer_pkey (id)
              unique customer_email_key (email)
              check customer_status_check "status in ('NEW','ACTIVE')"
              index idx_customer_nickname ("nickname desc")

            table sales.purchase_order
              comment "An order as placed,\\nbefore it ships"
              column id bigint not-null
              column customer_id bigint
              column total numeric(38,2) comment "In EUR, under C:\\\\totals"
              primary-key purchase_order_pkey (id)
              foreign-key fk_order_customer (customer_id) references customer (id) on-delete cascade

            sequence big_seq start 3000000000 increment 1
            sequence sales.purchase_order_seq start 1 increment 50
            """;

    @Test
    void aSchemaIsWrittenALinePerTableColumnConstraintIndexAndSequence() {
        SchemaFile file = SchemaFile.ofMigrations(SampleSchemas.SHOP, List.of("20261125130200", "20261125130100"));

        assertThat(file.write("The shop, for the test.")).isEqualTo(SHOP_FILE);
        assertThat(SchemaFile.read(SHOP_FILE, "shop")).isEqualTo(file);
    }

    @Test
    void theEntitiesOfAnEntitySnapshotAreItsHeader() {
        SchemaFile file = SchemaFile.ofEntities(SampleSchemas.SHOP, List.of("com.acme.Customer", "com.acme.$Inner"));

        String text = file.write(null);

        assertThat(text).startsWith("jpamigrate-schema 1\nentity com.acme.$Inner\nentity com.acme.Customer\n\ntable class\n");
        assertThat(SchemaFile.read(text, "entities")).isEqualTo(file);
    }

    @Test
    void theSettingsOfAnEntitySnapshotAreHeaderLinesThatReadBack() {
        List<SchemaFile.Setting> settings = List.of(new SchemaFile.Setting("hibernate", "7", "default"),
                new SchemaFile.Setting("naming", "spring-boot", "application.yml, Spring Boot's default"),
                new SchemaFile.Setting("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP", "application-prod.yml"));
        SchemaFile file = SchemaFile.ofEntities(SampleSchemas.SHOP, List.of("com.acme.Customer"), settings);

        String text = file.write(null);

        assertThat(text).startsWith("jpamigrate-schema 1\nentity com.acme.Customer\nsetting hibernate 7 default\n"
                + "setting naming spring-boot \"application.yml, Spring Boot's default\"\n"
                + "setting hibernate.type.preferred_instant_jdbc_type TIMESTAMP application-prod.yml\n\ntable class\n");
        SchemaFile read = SchemaFile.read(text, "entities");
        assertThat(read).isEqualTo(file);
        assertThat(read.settings()).containsExactlyElementsOf(settings);
        assertThat(read.settings().get(2)).hasToString(
                "hibernate.type.preferred_instant_jdbc_type=TIMESTAMP (application-prod.yml)");
    }

    @Test
    void hintsAreLinesAfterTheTablesThatReadBackSorted() {
        Schema schema = Schema.builder().table("customer", t -> t.column("id", "bigint").column("email", "text")
                .column("points", "integer").column("status", "varchar(16)")).build();
        List<Hint> hints = List.of(new Hint.EnumConstants("customer", "status", List.of("ACTIVE", "BLOCKED")),
                new Hint.RenamedColumn("customer", "email", List.of("mail", "e_mail")),
                new Hint.Backfill("customer", "points", "0"),
                new Hint.RenamedTable("customer", List.of("client")),
                new Hint.Backfill("customer", "email", "'unknown@example.com'"));
        SchemaFile file = SchemaFile.ofEntities(schema, List.of("com.acme.Customer"), List.of(), Hints.of(hints));

        String text = file.write(null);

        assertThat(text).endsWith("  column status varchar(16)\n\n"
                + "hint backfill customer email 'unknown@example.com'\n"
                + "hint backfill customer points 0\n"
                + "hint enum customer status (ACTIVE, BLOCKED)\n"
                + "hint renamed-column customer email (mail, e_mail)\n"
                + "hint renamed-table customer (client)\n");
        SchemaFile read = SchemaFile.read(text, "entities");
        assertThat(read).isEqualTo(file);
        assertThat(read.hints().previousColumnNames("customer", "email")).containsExactly("mail", "e_mail");
        assertThat(read.hints().previousTableNames("customer")).containsExactly("client");
        assertThat(read.hints().backfill("customer", "points")).contains("0");
        assertThat(read.hints().enumConstants("customer", "status")).contains(List.of("ACTIVE", "BLOCKED"));
        assertThat(read.hints().backfill("customer", "status")).isEmpty();
    }

    @Test
    void anUnknownHintIsAnErrorThatNamesTheKinds() {
        String text = "jpamigrate-schema 1\n\ntable customer\n  column id bigint\nhint rename customer (client)\n";

        assertThatThrownBy(() -> SchemaFile.read(text, "hints")).hasMessage("hints, line 5: unknown hint 'rename':"
                + " expected renamed-table, renamed-column, backfill or enum");
    }

    @Test
    void aSnapshotWithoutSettingLinesReadsAsOneWithoutSettings() {
        String text = "jpamigrate-schema 1\nentity com.acme.Customer\n\ntable customer\n  column id bigint\n";

        assertThat(SchemaFile.read(text, "old").settings()).isEmpty();
    }

    @Test
    void aSettingLineAfterTheFirstTableIsAnError() {
        String text = "jpamigrate-schema 1\n\ntable customer\n  column id bigint\nsetting hibernate 7 default\n";

        assertThatThrownBy(() -> SchemaFile.read(text, "late"))
                .hasMessage("late, line 5: 'setting' lines belong in the header, before the first table or sequence");
    }

    @Test
    void everyKindOfObjectAndOptionRoundTrips() {
        Schema schema = Schema.builder()
                .table("a", t -> t
                        .column("id", "bigint", c -> c.notNull().defaultValue("nextval('a_seq'::regclass)"))
                        .column("ref", "bigint")
                        .column("tags", "varchar(20)[]", c -> c.defaultValue("'{}'::character varying[]"))
                        .column("flag", "boolean", c -> c.notNull().defaultValue("false").comment(" padded "))
                        .column("code", "varchar(20)", c -> c.notNull().collate("C"))
                        .column("label", "text", c -> c.comment("x").collate("en-US-x-icu"))
                        .column("twice", "bigint", c -> c.notNull().generatedAs("ref * 2"))
                        .primaryKey("a_pkey", "id", "ref")
                        .uniqueIndex("uidx_a_lower", "lower(tags[1])", "flag desc nulls last")
                        .foreignKey("fk_a_self", fk -> fk.columns("ref", "id").references("a", "id", "ref")
                                .onDelete(ForeignKeyAction.SET_NULL).onUpdate(ForeignKeyAction.SET_DEFAULT))
                        .foreignKey("fk_a_restrict", fk -> fk.columns("ref").references("b", "id")
                                .onUpdate(ForeignKeyAction.RESTRICT)))
                .sequence("a_seq", -5, -1)
                .build();

        assertThat(roundTrip(SchemaFile.ofMigrations(schema, List.of()))).isEqualTo(schema);
        assertThat(SchemaFile.ofMigrations(schema, List.of()).write(null)).contains(
                "  column id bigint not-null default nextval('a_seq'::regclass)\n",
                "  column tags varchar(20)[] default \"'{}'::character varying[]\"\n",
                "  column code varchar(20) not-null collate C\n",
                "  column label text comment x collate en-US-x-icu\n",
                "  column twice bigint not-null generated \"ref * 2\"\n",
                "  unique-index uidx_a_lower (lower(tags[1]), \"flag desc nulls last\")\n",
                "  foreign-key fk_a_self (ref, id) references a (id, ref) on-delete set-null on-update set-default\n",
                "sequence a_seq start -5 increment -1\n");
    }

    @Test
    void aSequenceKeepsItsTypeAndOwnerAndOneWithoutReadsAsBigintWithoutOwner() {
        Schema schema = Schema.EMPTY
                .withSequence(new Sequence("tag_id_seq", 1, 1, "integer", new Sequence.Owner("tag", "id")))
                .withSequence(new Sequence("sales.invoice_id_seq", 1, 1, "bigint",
                        new Sequence.Owner("sales.invoice", "Id No")))
                .withSequence(new Sequence("small_seq", 1, 1, "SMALLINT", null));
        String text = SchemaFile.ofMigrations(schema, List.of()).write(null);

        assertThat(text).contains("sequence sales.invoice_id_seq start 1 increment 1 owned-by sales.invoice \"Id No\"\n",
                "sequence small_seq start 1 increment 1 as smallint\n",
                "sequence tag_id_seq start 1 increment 1 as integer owned-by tag id\n");
        assertThat(roundTrip(SchemaFile.ofMigrations(schema, List.of()))).isEqualTo(schema);
        // As an earlier version wrote it: a bigint sequence that no column owns.
        Sequence earlier = SchemaFile.read("jpamigrate-schema 1\nsequence s start 1 increment 50\n", "x").schema()
                .sequence("s").orElseThrow();
        assertThat(earlier).isEqualTo(new Sequence("s", 1, 50));
        assertThat(earlier.dataType()).isEqualTo("bigint");
        assertThat(earlier.owner()).isNull();
        assertError("jpamigrate-schema 1\nsequence s start 1 increment 1 as text\n",
                "x, line 2: sequence s is of type text: a sequence is smallint, integer or bigint");
        assertError("jpamigrate-schema 1\nsequence s start 1 increment 1 owned-by t\n",
                "x, line 2: the owner's column is missing");
    }

    /** Names, types, defaults, checks and comments of every odd kind read back exactly as they were written. */
    @Test
    void oddTextsReadBackExactly() {
        Random random = new Random(20261125);
        for (int i = 0; i < 300; i++) {
            Schema schema = randomSchema(random);
            SchemaFile file = new SchemaFile(schema, List.of(oddText(random)), List.of(oddText(random)));
            String text = file.write(oddText(random));

            SchemaFile read = SchemaFile.read(text, "random");

            assertThat(read).as(text).isEqualTo(file);
            assertThat(read.write(null)).isEqualTo(file.write(null));
        }
    }

    @Test
    void equalSchemasGiveByteIdenticalFiles() {
        Schema a = Schema.builder().table("b", t -> t.column("x", "int")).table("a", t -> t.column("x", "int")
                .unique("u2", "x").unique("u1", "x")).sequence("s2", 1, 1).sequence("s1", 1, 1).build();
        Schema b = Schema.builder().sequence("s1", 1, 1).table("a", t -> t.column("x", "INT4").unique("u1", "x")
                .unique("u2", "x")).table("b", t -> t.column("x", "integer")).sequence("s2", 1, 1).build();

        assertThat(SchemaFile.ofMigrations(a, List.of("2", "1")).write("x"))
                .isEqualTo(SchemaFile.ofMigrations(b, List.of("1", "2")).write("x"));
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreRead() {
        String windows = "\ufeff" + SHOP_FILE.replace("\n", "\r\n");

        assertThat(SchemaFile.read(windows, "crlf").schema()).isEqualTo(SampleSchemas.SHOP);
    }

    @Test
    void aProblemIsReportedWithItsLine() {
        assertError("", "x, line 1: not a JPA Migrate schema file: its first line must be 'jpamigrate-schema 1'");
        assertError("jpamigrate-schema 2\n", "x, line 1: format version 2, but this JPA Migrate reads version 1 (a"
                + " newer JPA Migrate wrote it?)");
        assertError("jpamigrate-schema 1\n  column id bigint\n", "x, line 2: 'column' outside a table: a"
                + " 'table <name>' line must come first");
        assertError("jpamigrate-schema 1\ntable t\n  column id\n", "x, line 3: a type is missing");
        assertError("jpamigrate-schema 1\ntable t\n  column id bigint notnull\n", "x, line 3: column id: unknown"
                + " option 'notnull' (expected not-null, identity, default, comment, collate or"
                + " generated)");
        assertError("jpamigrate-schema 1\ntable t\n  column id bigint comment \"a\n", "x, line 3: a quoted text does"
                + " not end on its line (write a line break as \\n)");
        assertError("jpamigrate-schema 1\ntable t\n  column id \"big\\qint\"\n", "x, line 3: unknown escape \\q"
                + " (expected \\\", \\\\, \\n, \\r, \\t or \\u followed by four hexadecimal digits)");
        assertError("jpamigrate-schema 1\ntable t\n  column id numeric(1,2\n", "x, line 3: 'numeric(1,2' has an"
                + " unclosed parenthesis: quote a text with spaces or unbalanced parentheses");
        assertError("jpamigrate-schema 1\ntable t\n  column id bigint\n  primary-key t_pkey id\n", "x, line 4:"
                + " expected its columns in parentheses, as in (id)");
        assertError("jpamigrate-schema 1\ntable t\n  column id bigint\n  primary-key t_pkey (id, ref)\n", "x, line 2:"
                + " primary key t_pkey of table t names column ref, which the table does not have");
        assertError("jpamigrate-schema 1\ntable t\n  column id bigint\n  column id text\n", "x, line 2: duplicate"
                + " column in table t: id");
        assertError("jpamigrate-schema 1\ntable t\n\ntable t\n", "x, line 4: table t again (first on line 2)");
        assertError("jpamigrate-schema 1\ntable t\n  foreign-key fk (a) references u (id) on-delete nothing\n",
                "x, line 3: unknown foreign key action 'nothing' (expected no-action, restrict, cascade, set-null or"
                        + " set-default)");
        assertError("jpamigrate-schema 1\nsequence s start one increment 1\n", "x, line 2: start must be a whole"
                + " number, not 'one'");
        assertError("jpamigrate-schema 1\ntable t\nhead 1\n", "x, line 3: 'head' lines belong in the header, before"
                + " the first table or sequence");
        assertError("jpamigrate-schema 1\nhead 1\n<<<<<<< HEAD\n", "x, line 3: an unresolved merge conflict");
        assertError("jpamigrate-schema 1\ntable t extra\n", "x, line 2: unexpected 'extra' at the end of the line");
    }

    /**
     * A model as large as the largest ones in use: reading it must not cost the build. The
     * bound is on the reading thread's CPU time, which other builds on the machine do not inflate.
     */
    @Test
    void tenThousandTablesAreReadInAFractionOfASecond() {
        SchemaFile file = SchemaFile.ofMigrations(LargeSchemas.of(10_000), List.of("1"));
        String text = file.write(null);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = Long.MAX_VALUE;
        long wall = Long.MAX_VALUE;
        SchemaFile read = null;
        for (int i = 0; i < 3; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            read = SchemaFile.read(text, "large");
            cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
            wall = Math.min(wall, (System.nanoTime() - wallStart) / 1_000_000);
        }

        assertThat(read).isEqualTo(file);
        System.out.printf("SchemaFile: %d tables, %,d lines, %,d characters, read in %d ms CPU (%d ms wall)%n",
                read.schema().tables().size(), text.lines().count(), text.length(), cpu, wall);
        assertThat(cpu).as("milliseconds of CPU to read 10,000 tables").isLessThan(1_000);
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> SchemaFile.read(text, "x")).isInstanceOf(SchemaFile.FormatException.class)
                .hasMessage(message);
    }

    private static Schema roundTrip(SchemaFile file) {
        return SchemaFile.read(file.write(null), "test").schema();
    }

    private static Schema randomSchema(Random random) {
        Schema.Builder schema = Schema.builder();
        List<String> tableNames = new ArrayList<>();
        int tables = 1 + random.nextInt(3);
        for (int t = 0; t < tables; t++) {
            String tableName = uniqueText(random, tableNames);
            List<String> columnNames = new ArrayList<>();
            schema.table(tableName, table -> {
                if (random.nextBoolean()) {
                    table.comment(oddText(random));
                }
                int columns = 1 + random.nextInt(4);
                for (int c = 0; c < columns; c++) {
                    String column = uniqueText(random, columnNames);
                    boolean identity = random.nextInt(4) == 0;
                    table.column(new Column(column, oddText(random), !identity && random.nextBoolean(),
                            !identity && random.nextBoolean() ? oddText(random) : null, identity,
                            random.nextBoolean() ? oddText(random) : null));
                }
                table.primaryKey(oddText(random), columnNames.get(0));
                table.unique(oddText(random) + "u", columnNames.toArray(String[]::new));
                table.check(oddText(random) + "c", oddText(random));
                table.index(oddText(random) + "i", oddText(random), columnNames.get(0) + " desc");
                table.uniqueIndex(oddText(random) + "ui", columnNames.get(columnNames.size() - 1));
                table.foreignKey(new ForeignKey(oddText(random) + "f", List.of(columnNames.get(0)), oddText(random),
                        List.of(oddText(random)), ForeignKeyAction.values()[random.nextInt(5)],
                        ForeignKeyAction.values()[random.nextInt(5)]));
            });
            tableNames.add(tableName);
        }
        schema.sequence(oddText(random), random.nextLong(), 1 + random.nextInt(100));
        return schema.build();
    }

    private static String uniqueText(Random random, List<String> taken) {
        String text;
        do {
            text = oddText(random);
        } while (taken.contains(text));
        taken.add(text);
        return text;
    }

    private static final String[] PIECES = {"customer", "table", "column", "not-null", "default", "comment",
            "references", "head", "entity", "sales.", "public.order", "\"", "'", "\\", " ", "  ", "\t", "\n", "\r\n",
            "(", ")", ",", "(1,2)", "()", "#", "é", "Ünïcödé", "中文", "😀", "\ud800", "\udfff", "\u0000", "\u2028",
            "\ufeff", "\u00a0", "[]", "::", "$", "-", "select * from \"x\"", "nulls first", "desc", "1", "\\u0041"};

    /** A text of pieces that stress the format: quotes, escapes, spaces, keywords, unicode, lone surrogates. */
    private static String oddText(Random random) {
        StringBuilder text = new StringBuilder();
        IntStream.range(0, 1 + random.nextInt(4)).forEach(i -> text.append(PIECES[random.nextInt(PIECES.length)]));
        String value = text.toString();
        return value.isBlank() ? value + "x" : value;
    }
}
