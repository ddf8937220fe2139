package dev.jpamigrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.diff.SchemaComparison;
import dev.jpamigrate.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerExpressionsTest {
    /** Written as an entity snapshot writes them, not as PostgreSQL prints them. */
    private static final Schema AS_WRITTEN = Schema.builder()
            .table("shipment", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("status", "varchar(20)", c -> c.notNull().defaultValue("'NEW'"))
                    .column("weight", "numeric(10,2)", c -> c.defaultValue("0"))
                    .column("note", "varchar(255)")
                    .primaryKey("shipment_pkey", "id")
                    .check("shipment_status_check", "status in ('NEW', 'SENT')")
                    .check("shipment_weight_check", "weight >= 0"))
            .table("plain", t -> t.column("id", "integer", c -> c.notNull()))
            .build();

    @Test
    void theModelAsTheServerPrintsItEqualsWhatTheCatalogReads() throws Exception {
        try (LiveDatabase db = LiveDatabase.create()) {
            db.create(AS_WRITTEN);
            Schema live = db.schema();
            assertThat(SchemaComparison.differences(AS_WRITTEN, "the model", live, "the database")).isNotEmpty();

            Schema normalised = ServerExpressions.normalise(db.connection(), AS_WRITTEN);

            assertThat(SchemaComparison.differences(normalised, "the model", live, "the database")).isEmpty();
            assertThat(normalised.table("shipment").orElseThrow().column("status").orElseThrow().defaultValue())
                    .isEqualTo("'NEW'::character varying");
        }
    }

    @Test
    void aNullDefaultIsNoneWhereTheServerKeepsNone() throws Exception {
        // Netflix Genie's columnDefinition = "TEXT DEFAULT NULL": a null constant, which PostgreSQL does not keep, but
        // on a varchar(n) the length coercion around it is kept.
        Schema nullDefaults = Schema.builder()
                .table("job", t -> t
                        .column("metadata", "text", c -> c.defaultValue("NULL"))
                        .column("memory", "bigint", c -> c.defaultValue("NULL::bigint"))
                        .column("owner", "varchar(64)", c -> c.defaultValue("null")))
                .build();
        try (LiveDatabase db = LiveDatabase.create()) {
            db.create(nullDefaults);

            Schema normalised = ServerExpressions.normalise(db.connection(), nullDefaults);

            assertThat(normalised.table("job").orElseThrow().columns()).extracting(c -> c.defaultValue())
                    .containsExactly(null, null, "NULL::character varying");
            assertThat(SchemaComparison.differences(normalised, "the model", db.schema(), "the database")).isEmpty();
        }
    }

    @Test
    void leavesNoTraceAndKeepsTheCallersTransactionMode() throws Exception {
        try (LiveDatabase db = LiveDatabase.create()) {
            ServerExpressions.normalise(db.connection(), AS_WRITTEN);

            assertThat(db.connection().getAutoCommit()).isTrue();
            assertThat(db.schema()).isEqualTo(Schema.EMPTY);
            assertThat(db.queryString("select count(*) from pg_class where relname like 'jpamigrate_expr%'"))
                    .isEqualTo("0");
        }
    }

    @Test
    void anExpressionTheServerRejectsStaysAsWritten() throws Exception {
        Schema unknownFunction = Schema.builder()
                .table("token", t -> t.column("value", "varchar(40)", c -> c.defaultValue("no_such_function()")))
                .table("item", t -> t.column("qty", "integer", c -> c.defaultValue("(1)")))
                .build();
        try (LiveDatabase db = LiveDatabase.create()) {
            Schema normalised = ServerExpressions.normalise(db.connection(), unknownFunction);

            assertThat(normalised.table("token").orElseThrow().columns().get(0).defaultValue())
                    .isEqualTo("no_such_function()");
            assertThat(normalised.table("item").orElseThrow().columns().get(0).defaultValue()).isEqualTo("1");
            assertThat(List.of(db.connection().getAutoCommit())).containsExactly(true);
        }
    }
}
