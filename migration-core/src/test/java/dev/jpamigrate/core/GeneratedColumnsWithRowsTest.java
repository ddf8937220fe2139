package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.postgres.ServerExpressions;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Generated columns ({@code @GeneratedColumn}) as {@code generate} writes them, on a table that holds rows: one
 * added, whose rows get their values, and one whose expression changes, which is dropped and added again and
 * computed anew; then back.
 */
class GeneratedColumnsWithRowsTest extends ProjectOnFreshDatabase {
    static final Schema BEFORE = Schema.builder().table("order_line", t -> t
            .column("id", "bigint", c -> c.notNull())
            .column("price", "numeric(12,2)", c -> c.notNull())
            .column("quantity", "integer", c -> c.notNull())
            .column("total", "numeric(14,2)", c -> c.generatedAs("price * quantity"))
            .primaryKey("order_line_pkey", "id")).build();

    static final Schema AFTER = Schema.builder().table("order_line", t -> t
            .column("id", "bigint", c -> c.notNull())
            .column("price", "numeric(12,2)", c -> c.notNull())
            .column("quantity", "integer", c -> c.notNull())
            .column("total", "numeric(14,2)", c -> c.generatedAs("price * quantity * 1.2"))
            .column("bulk", "boolean", c -> c.notNull().generatedAs("quantity >= 100"))
            .primaryKey("order_line_pkey", "id")).build();

    @Test
    void anAddedGeneratedColumnComputesTheRowsAndAChangedExpressionComputesThemAnew() throws Exception {
        project.entities(BEFORE);
        GenerateResult first = project.migrator().generate("initial");
        String initial = first.revision();
        assertThat(Files.readString(first.migrations().get(0)))
                .contains(".column(\"total\", \"numeric(14,2)\").generatedAs(\"price * quantity\")");
        project.migrator(settings).upgrade(null);
        assertThat(db.catalog()).isEqualTo(printed(BEFORE));
        db.execute("insert into order_line (id, price, quantity) values (1, 2.50, 4), (2, 10.00, 100)");
        assertThat(db.strings("select total from order_line order by id")).containsExactly("10.00", "1000.00");
        project.entities(AFTER);

        Path migration = project.migrator().generate("tax and bulk").migrations().get(0);
        project.migrator(settings).upgrade(null);

        assertThat(Files.readString(migration)).contains(
                "op.dropColumn(\"order_line\", \"total\");",
                "op.addColumn(\"order_line\", \"total\", \"numeric(14,2)\").generatedAs(\"price * quantity * 1.2\");",
                "op.addColumn(\"order_line\", \"bulk\", \"boolean\").notNull().generatedAs(\"quantity >= 100\");");
        // Added again, total comes last; the order of columns is no change to the diff.
        assertThat(db.catalog().table("order_line").orElseThrow().columns()).extracting(c -> c.name())
                .containsExactly("id", "price", "quantity", "bulk", "total");
        assertThat(db.catalog().table("order_line").orElseThrow().column("total").orElseThrow().generatedAs())
                .isEqualTo(printed(AFTER).table("order_line").orElseThrow().column("total").orElseThrow().generatedAs());
        assertThat(db.strings("select total || ' ' || bulk from order_line order by id"))
                .containsExactly("12.00 false", "1200.00 true");

        project.migrator(settings).downgrade(initial);

        assertThat(db.catalog()).isEqualTo(printed(BEFORE));
        assertThat(db.strings("select price || ' ' || quantity || ' ' || total from order_line order by id"))
                .containsExactly("2.50 4 10.00", "10.00 100 1000.00");
    }

    /** The schema with its expressions as the server prints them, as the catalog reads them back. */
    private Schema printed(Schema schema) throws SQLException {
        try (Connection c = db.connect()) {
            return ServerExpressions.normalise(c, schema);
        }
    }
}
