package dev.jpamigrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.schema.Schema;
import org.junit.jupiter.api.Test;

/** Which of a live schema's defaults and checks take the entities' words. */
class AdoptedExpressionsTest {
    private static final Schema ENTITIES = Schema.builder()
            .table("t", t -> t
                    .column("status", "varchar(20)", c -> c.defaultValue("'NEW'"))
                    .column("n", "integer")
                    .check("t_n_check", "n >= 1 and n <= 5"))
            .build();
    private static final Schema PRINTED = Schema.builder()
            .table("t", t -> t
                    .column("status", "varchar(20)", c -> c.defaultValue("'NEW'::character varying"))
                    .column("n", "integer")
                    .check("t_n_check", "n >= 1 AND n <= 5"))
            .build();

    @Test
    void whatPrintsTheSameTakesTheEntitiesWordsWhatDiffersStays() {
        Schema live = Schema.builder()
                .table("t", t -> t
                        .column("n", "integer")
                        .column("status", "varchar(20)", c -> c.defaultValue("'OLD'::character varying"))
                        .check("t_n_check", "n <= 5 AND n >= 1"))
                .table("other", t -> t.column("x", "integer", c -> c.defaultValue("1")))
                .build();

        Schema adopted = AdoptedExpressions.adopt(live, ENTITIES, PRINTED);

        assertThat(adopted.table("t").orElseThrow().checks().get(0).expression()).isEqualTo("n >= 1 and n <= 5");
        assertThat(adopted.table("t").orElseThrow().columns().get(1).defaultValue())
                .isEqualTo("'OLD'::character varying");
        assertThat(adopted.table("other")).isEqualTo(live.table("other"));
    }

    @Test
    void onlyTopLevelTermsOutsideQuotesAreSorted() {
        assertThat(AdoptedExpressions.sortedConjuncts("b > 1 AND a > 1")).isEqualTo("a > 1 AND b > 1");
        assertThat(AdoptedExpressions.sortedConjuncts("(b AND a) OR c")).isEqualTo("(b AND a) OR c");
        assertThat(AdoptedExpressions.sortedConjuncts("x = 'b AND a'")).isEqualTo("x = 'b AND a'");
        assertThat(AdoptedExpressions.sortedConjuncts("z = 'it''s' AND y = 1")).isEqualTo("y = 1 AND z = 'it''s'");
    }
}
