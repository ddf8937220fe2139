package dev.jpamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.codegen.GenerateResult;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.ProjectOnFreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Column collations ({@code @Collate}) as {@code generate} writes them, on a table that holds rows: a collation
 * set, one changed, one dropped, and a collated column whose type widens keeping its collation; then back.
 */
class CollationsWithRowsTest extends ProjectOnFreshDatabase {
    static Schema customer(String codeCollation, String nameType, String nameCollation, String tagCollation) {
        return Schema.builder().table("customer", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("code", "varchar(20)", c -> c.notNull().collate(codeCollation))
                .column("name", nameType, c -> c.collate(nameCollation))
                .column("tag", "text", c -> c.collate(tagCollation))
                .primaryKey("customer_pkey", "id")).build();
    }

    static final Schema BEFORE = customer(null, "varchar(40)", "C", "POSIX");
    static final Schema AFTER = customer("C", "varchar(80)", "C", null);

    @Test
    void collationsAreSetChangedAndDroppedKeepingTheRowsAndComeBackOnDowngrade() throws Exception {
        project.entities(BEFORE);
        GenerateResult first = project.migrator().generate("initial");
        String initial = first.revision();
        assertThat(Files.readString(first.migrations().get(0))).contains(
                ".column(\"name\", \"varchar(40)\").collate(\"C\")", ".column(\"tag\", \"text\").collate(\"POSIX\")");
        project.migrator(settings).upgrade(null);
        assertThat(db.catalog()).isEqualTo(BEFORE);
        db.execute("insert into customer values (1, 'b', 'Beth', 'x'), (2, 'B', 'ann', 'y'), (3, 'a', 'Al', null)");
        project.entities(AFTER);

        Path migration = project.migrator().generate("collations").migrations().get(0);
        project.migrator(settings).upgrade(null);

        assertThat(Files.readString(migration)).contains(
                "op.alterColumnCollation(\"customer\", \"code\", \"varchar(20)\", \"C\");",
                "op.alterColumnCollation(\"customer\", \"name\", \"varchar(80)\", \"C\");",
                "op.alterColumnType(\"customer\", \"tag\", \"text\");",
                // Downgrade.
                "op.alterColumnType(\"customer\", \"code\", \"varchar(20)\");",
                "op.alterColumnCollation(\"customer\", \"name\", \"varchar(40)\", \"C\");",
                "op.alterColumnCollation(\"customer\", \"tag\", \"text\", \"POSIX\");");
        assertThat(db.catalog()).isEqualTo(AFTER);
        // In "C", upper case sorts before lower case whatever the database's locale.
        assertThat(db.strings("select code from customer order by code")).containsExactly("B", "a", "b");
        assertThat(db.strings("select name || '/' || coalesce(tag, '-') from customer order by id"))
                .containsExactly("Beth/x", "ann/y", "Al/-");

        project.migrator(settings).downgrade(initial);

        assertThat(db.catalog()).isEqualTo(BEFORE);
        assertThat(db.strings("select code || '/' || name || '/' || coalesce(tag, '-') from customer order by id"))
                .containsExactly("b/Beth/x", "B/ann/y", "a/Al/-");
        assertThat(db.strings("select collation for (name) || ' ' || collation for (tag) from customer limit 1"))
                .containsExactly("\"C\" \"POSIX\"");
    }
}
