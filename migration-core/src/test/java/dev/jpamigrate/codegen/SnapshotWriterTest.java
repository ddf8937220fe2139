package dev.jpamigrate.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.jpamigrate.EntitySnapshot;
import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.MigrationsSnapshot;
import dev.jpamigrate.Schema;
import dev.jpamigrate.Table;
import dev.jpamigrate.testing.InMemoryCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotWriterTest {
    static final Schema SHOP = Schema.builder()
            .table("customer", t -> t
                    .comment("People who buy")
                    .column("id", "bigint", c -> c.identity())
                    .column("email", "varchar(255)", c -> c.notNull().comment("Where receipts go; it's \"unique\""))
                    .column("status", "varchar(20)", c -> c.notNull().defaultValue("'NEW'"))
                    .column("nickname", "varchar(40)", c -> c.comment("Shown instead of the name"))
                    .primaryKey("customer_pkey", "id")
                    .unique("customer_email_key", "email")
                    .check("customer_status_check", "status in ('NEW','ACTIVE')")
                    .index("idx_customer_nickname", "nickname desc"))
            .table("sales.purchase_order", t -> t
                    .comment("An order as placed,\nbefore it ships")
                    .column("id", "bigint", c -> c.notNull())
                    .column("customer_id", "bigint")
                    .column("total", "numeric(38,2)", c -> c.comment("In EUR, under C:\\totals"))
                    .primaryKey("purchase_order_pkey", "id")
                    .foreignKey("fk_order_customer", fk -> fk.columns("customer_id").references("customer", "id")
                            .onDelete(ForeignKeyAction.CASCADE)))
            .table("class", t -> t.column("x", "int"))
            .sequence("sales.purchase_order_seq", 1, 50)
            .sequence("big_seq", 3_000_000_000L, 1)
            .build();

    @Test
    void entitySnapshotCompilesAndRebuildsTheSameSchema(@TempDir Path dir) throws Exception {
        ClassName name = ClassName.get("com.acme", "Shop_EntitySnapshot");
        JavaFile file = SnapshotWriter.entitySnapshot(name, SHOP, List.of("com.acme.Customer", "com.acme.Order"), "test");

        EntitySnapshot loaded = (EntitySnapshot) InMemoryCompiler.compile(dir, file)
                .loadClass(name.canonicalName()).getConstructor().newInstance();

        assertThat(loaded.schema()).isEqualTo(SHOP);
        assertThat(loaded.entityClasses()).containsExactly("com.acme.Customer", "com.acme.Order");
    }

    @Test
    void migrationsSnapshotCompilesAndRebuildsTheSameSchema(@TempDir Path dir) throws Exception {
        ClassName name = ClassName.get("db.migration", "SchemaSnapshot");
        JavaFile file = SnapshotWriter.migrationsSnapshot(name, SHOP, List.of("20261125132744"), "test");

        MigrationsSnapshot loaded = (MigrationsSnapshot) InMemoryCompiler.compile(dir, file)
                .loadClass(name.canonicalName()).getConstructor().newInstance();

        assertThat(loaded.schema()).isEqualTo(SHOP);
        assertThat(loaded.heads()).containsExactly("20261125132744");
    }

    @Test
    void aSchemaTooLargeForOneClassKeepsItsTablesInNestedClasses(@TempDir Path dir) throws Exception {
        Schema.Builder builder = Schema.builder();
        // 13 parts a table: the id, eleven more columns and the primary key.
        int tables = 2 * SnapshotWriter.MAX_PARTS_PER_CLASS / 13 + 1;
        for (int i = 0; i < tables; i++) {
            String table = "t%04d".formatted(i);
            builder.table(table, t -> {
                t.column("id", "bigint", c -> c.notNull()).primaryKey(table + "_pkey", "id");
                for (char c = 'a'; c <= 'k'; c++) {
                    t.column(String.valueOf(c), c % 2 == 0 ? "varchar(255)" : "integer", o -> o.notNull());
                }
            });
        }
        Schema large = builder.build();
        ClassName name = ClassName.get("db.migration", "SchemaSnapshot");

        JavaFile file = SnapshotWriter.migrationsSnapshot(name, large, List.of("1"), "test");
        MigrationsSnapshot loaded = (MigrationsSnapshot) InMemoryCompiler.compile(dir, file)
                .loadClass(name.canonicalName()).getConstructor().newInstance();

        assertThat(file.toString()).contains("private static final class Tables3");
        assertThat(loaded.schema()).isEqualTo(large);
    }

    @Test
    void equalSchemasGiveByteIdenticalSources() {
        ClassName name = ClassName.get("db.migration", "SchemaSnapshot");
        List<Table> tables = new ArrayList<>(SHOP.tables());
        Collections.reverse(tables);
        Schema reordered = new Schema(tables, SHOP.sequences());

        assertThat(SnapshotWriter.migrationsSnapshot(name, reordered, List.of(), "test").toString())
                .isEqualTo(SnapshotWriter.migrationsSnapshot(name, SHOP, List.of(), "test").toString());
    }

    @Test
    void writesOneReadableBuilderCallPerLine() {
        String source = SnapshotWriter.migrationsSnapshot(ClassName.get("db.migration", "SchemaSnapshot"), SHOP,
                List.of(), "test").toString();

        assertThat(source).contains("""
                    private static void customer(Schema.Builder schema) {
                        schema.table("customer", t -> t
                                .comment("People who buy")
                                .column("id", "bigint", IDENTITY)
                                .column("email", "varchar(255)", c -> c.notNull().comment("Where receipts go; it's \\"unique\\""))
                                .column("status", "varchar(20)", c -> c.notNull().defaultValue("'NEW'"))
                                .column("nickname", "varchar(40)", c -> c.comment("Shown instead of the name"))
                                .primaryKey("customer_pkey", "id")
                                .unique("customer_email_key", "email")
                                .check("customer_status_check", "status in ('NEW','ACTIVE')")
                                .index("idx_customer_nickname", "nickname desc"));
                    }
                """);
        assertThat(source).contains("private static void sales_purchaseOrder(Schema.Builder schema)");
        assertThat(source).contains("private static void class2(Schema.Builder schema)");
        assertThat(source).contains(".onDelete(ForeignKeyAction.CASCADE)");
        assertThat(source).contains("schema.sequence(\"big_seq\", 3000000000L, 1);");
    }

    @Test
    void columnsShareTheirCommonestOptionsAsConstants() {
        String source = SnapshotWriter.entitySnapshot(ClassName.get("com.acme", "EntitySchema"), SHOP, List.of(),
                "test").toString();

        assertThat(source).contains("""
                    private static final Consumer<ColumnBuilder> IDENTITY = c -> c.identity();

                    private static final Consumer<ColumnBuilder> NOT_NULL = c -> c.notNull();
                """);
        assertThat(source).contains(".column(\"id\", \"bigint\", IDENTITY)", ".column(\"id\", \"bigint\", NOT_NULL)");
        assertThat(source).doesNotContain("c -> c.identity())", "c -> c.notNull())");
    }

    @Test
    void aSnapshotWithoutSuchColumnsDeclaresNoConstants() {
        Schema schema = Schema.builder().table("note", t -> t.column("text", "text")).build();

        assertThat(SnapshotWriter.migrationsSnapshot(ClassName.get("db.migration", "SchemaSnapshot"), schema,
                List.of(), "test").toString()).doesNotContain("Consumer");
    }
}
