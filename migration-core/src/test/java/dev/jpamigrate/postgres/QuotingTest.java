package dev.jpamigrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.ops.Operation.AddCheck;
import dev.jpamigrate.ops.Operation.AddColumn;
import dev.jpamigrate.ops.Operation.AlterColumnComment;
import dev.jpamigrate.ops.Operation.AlterColumnDefault;
import dev.jpamigrate.ops.Operation.AlterColumnNullable;
import dev.jpamigrate.ops.Operation.AlterColumnType;
import dev.jpamigrate.ops.Operation.AlterSequence;
import dev.jpamigrate.ops.Operation.AlterTableComment;
import dev.jpamigrate.ops.Operation.CreateIndex;
import dev.jpamigrate.ops.Operation.DropCheck;
import dev.jpamigrate.ops.Operation.DropColumn;
import dev.jpamigrate.ops.Operation.DropForeignKey;
import dev.jpamigrate.ops.Operation.DropIndex;
import dev.jpamigrate.ops.Operation.DropPrimaryKey;
import dev.jpamigrate.ops.Operation.DropTable;
import dev.jpamigrate.ops.Operation.DropUnique;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.Migration;
import dev.jpamigrate.codegen.MigrationWriter;
import dev.jpamigrate.diff.SchemaDiff;
import dev.jpamigrate.ops.OperationRecorder;
import dev.jpamigrate.schema.SchemaFile;
import dev.jpamigrate.testing.InMemoryCompiler;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that PostgreSQL folds, rejects or reads as keywords survive the dialect and the reader. */
class QuotingTest {
    /** Mixed case, spaces, a double quote, keywords: as JPA's {@code @Table(name = "\"Event Log\"")} allows. */
    static final Schema AUDIT = Schema.builder()
            .table("Order", t -> t
                    .column("Id", "bigint", c -> c.identity())
                    .column("select", "varchar(20)", c -> c.notNull().defaultValue("'all'::character varying"))
                    .primaryKey("Order_pkey", "Id"))
            .table("Audit.Event Log", t -> t
                    .comment("Who did what")
                    .column("Id", "bigint", c -> c.notNull())
                    .column("OrderId", "bigint")
                    .column("HappenedAt", "timestamp(6) with time zone", c -> c.notNull().defaultValue("now()"))
                    .column("user", "varchar(60)")
                    .column("say \"hi\"", "text", c -> c.comment("It's \"hi\""))
                    .primaryKey("Event Log_pkey", "Id")
                    .unique("UQ Event", "HappenedAt", "OrderId")
                    .check("Positive Id", "\"Id\" > 0")
                    .index("Idx Happened", "HappenedAt desc", "user")
                    .foreignKey("FK Event Order", fk -> fk.columns("OrderId").references("Order", "Id")))
            .sequence("Audit.Event Seq", 1, 50)
            .sequence("all", 7, 3)
            .build();

    @Test
    void quotesExactlyTheKeywordsThatCannotBeNames() throws Exception {
        List<String> wrong = new ArrayList<>();
        try (LiveDatabase db = LiveDatabase.create(); Statement statement = db.connection().createStatement();
                ResultSet rs = statement.executeQuery("select word, catcode::text from pg_get_keywords()")) {
            while (rs.next()) {
                String word = rs.getString(1);
                boolean mustQuote = rs.getString(2).equals("R") || rs.getString(2).equals("T");
                if (PostgresDialect.quote(word).equals(word) == mustQuote) {
                    wrong.add(word + " (" + rs.getString(2) + ")");
                }
            }
        }
        assertThat(wrong).as("keywords quoted where they need not be, or bare where they must be quoted")
                .isEmpty();
    }

    @Test
    void everyKeywordWorksAsTableColumnAndConstraintName() throws Exception {
        try (LiveDatabase db = LiveDatabase.create()) {
            List<String> keywords = new ArrayList<>();
            try (Statement statement = db.connection().createStatement();
                    ResultSet rs = statement.executeQuery("select word from pg_get_keywords() order by word")) {
                while (rs.next()) {
                    keywords.add(rs.getString(1));
                }
            }
            Schema schema = Schema.builder().table("table", t -> {
                keywords.forEach(k -> t.column(k, "integer", c -> c.notNull().comment("The " + k + "'s")));
                t.comment("Every keyword").primaryKey("primary", "primary")
                        .unique("unique", "order", "group")
                        .check("check", "\"check\" > 0")
                        .index("where", "from desc", "time")
                        .foreignKey("references", fk -> fk.columns("references").references("table", "primary"));
            }).build();

            db.create(schema);

            assertThat(db.schema()).isEqualTo(schema);
            assertThat(keywords).as("PostgreSQL's keywords").contains("user", "order", "left", "time");
        }
    }

    /**
     * What Hibernate's {@code globally_quoted_identifiers} and {@code auto_quote_keyword} give ({@code "Order"},
     * {@code "User_groups"}, {@code "FKmwg6…"}) goes through the whole chain unchanged: the snapshot text, the
     * diff, the generated migration class, its SQL, and the catalog read back.
     */
    @Test
    void aGeneratedMigrationBuildsMixedCaseAndKeywordNamesExactly(@TempDir Path dir) throws Exception {
        Schema snapshot = SchemaFile.read(new SchemaFile(AUDIT, List.of(), List.of()).write(null), "snapshot").schema();
        assertThat(snapshot).isEqualTo(AUDIT);
        List<Operation> ops = SchemaDiff.between(Schema.EMPTY, snapshot).upgrade();
        JavaFile file = MigrationWriter.write("db.migration", "20261206120000", List.of(), "quoted names", null, ops,
                List.of());
        Migration migration = (Migration) InMemoryCompiler.compile(dir, file)
                .loadClass(file.packageName() + "." + file.typeSpec().name()).getConstructor().newInstance();
        OperationRecorder recorder = new OperationRecorder();
        migration.upgrade(recorder);
        assertThat(recorder.recorded()).isEqualTo(ops);

        try (LiveDatabase db = LiveDatabase.create()) {
            db.run(recorder.recorded());
            assertThat(db.schema()).isEqualTo(AUDIT);
        }
    }

    @Test
    void namesThatNeedQuotesWorkInEveryStatement() throws Exception {
        try (LiveDatabase db = LiveDatabase.create()) {
            Schema before = db.create(AUDIT);
            assertThat(db.schema()).isEqualTo(AUDIT);

            List<Operation> ops = List.of(
                    new AddColumn("Audit.Event Log", Column.of("Note Text", "text")),
                    new DropColumn("Audit.Event Log", "say \"hi\""),
                    new AlterColumnType("Audit.Event Log", "user", "varchar(200)"),
                    new AlterColumnNullable("Order", "select", true),
                    new AlterColumnDefault("Order", "select", null),
                    new AlterTableComment("Audit.Event Log", null),
                    new AlterTableComment("Order", "Orders'"),
                    new AlterColumnComment("Audit.Event Log", "say \"hi\"", null),
                    new AlterColumnComment("Order", "select", "What the 'select' picks"),
                    new DropPrimaryKey("Audit.Event Log", "Event Log_pkey"),
                    new DropUnique("Audit.Event Log", "UQ Event"),
                    new AddCheck("Order", new CheckConstraint("Order Positive", "\"Id\" > 0")),
                    new DropCheck("Audit.Event Log", "Positive Id"),
                    new DropForeignKey("Audit.Event Log", "FK Event Order"),
                    new CreateIndex("Order", new Index("Order By Select", List.of("select desc"), true)),
                    new DropIndex("Audit.Event Log", "Idx Happened"),
                    new AlterSequence(new Sequence("Audit.Event Seq", 5, 5)),
                    new DropTable("Audit.Event Log"));
            for (Operation op : ops) {
                db.run(op);
                assertThat(db.schema()).as("after %s", op).isEqualTo(op.applyTo(before));
                db.run(op.inverse(before));
                assertThat(db.schema()).as("after the inverse of %s", op).isEqualTo(before);
            }
        }
    }
}
