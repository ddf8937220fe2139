package dev.jpamigrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Hints;
import dev.jpamigrate.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renames in the diff: hinted ones first, the names derived from them next, and the rest as before. */
class RenameDiffTest {
    static final Schema SALES = Schema.builder()
            .table("sales.client", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("mail", "varchar(255)", c -> c.notNull())
                    .column("points", "integer")
                    .primaryKey("client_pkey", "id")
                    .check("client_points_check", "points >= 0 AND mail <> 'points'")
                    .index("idx_client_mail", "mail desc"))
            .table("sales.invoice", t -> t
                    .column("id", "bigint", c -> c.notNull())
                    .column("client_mail", "varchar(255)")
                    .primaryKey("invoice_pkey", "id")
                    .foreignKey("fk_invoice_client", fk -> fk.columns("client_mail")
                            .references("sales.client", "mail")))
            .sequence("sales.client_seq", 1, 50)
            .build();

    @Test
    void aHintedRenameOfATableAndAColumnInAnotherSchemaRenamesWhatDerivesFromThem() {
        Schema to = new Operation.RenameColumn("sales.customer", "mail", "email").applyTo(
                new Operation.RenameTable("sales.client", "customer").applyTo(SALES));
        to = new Operation.RenameSequence("sales.client_seq", "customer_seq").applyTo(to);
        to = new Operation.RenameConstraint("sales.customer", "client_pkey", "customer_pkey").applyTo(to);
        to = new Operation.RenameIndex("sales.customer", "idx_client_mail", "idx_customer_email").applyTo(to);

        SchemaDiff diff = SchemaDiff.between(SALES, to, Hints.of(List.of(
                new Hint.RenamedTable("sales.customer", List.of("sales.Client", "sales.client")),
                new Hint.RenamedColumn("sales.customer", "email", List.of("mail")))));

        assertThat(diff.upgrade()).containsExactly(
                new Operation.RenameTable("sales.client", "sales.customer"),
                new Operation.RenameColumn("sales.customer", "mail", "email"),
                new Operation.RenameConstraint("sales.customer", "client_pkey", "customer_pkey"),
                new Operation.RenameIndex("sales.customer", "idx_client_mail", "idx_customer_email"),
                new Operation.RenameSequence("sales.client_seq", "sales.customer_seq"));
        assertThat(diff.downgrade()).containsExactly(
                new Operation.RenameSequence("sales.customer_seq", "sales.client_seq"),
                new Operation.RenameIndex("sales.customer", "idx_customer_email", "idx_client_mail"),
                new Operation.RenameConstraint("sales.customer", "customer_pkey", "client_pkey"),
                new Operation.RenameColumn("sales.customer", "email", "mail"),
                new Operation.RenameTable("sales.customer", "sales.client"));
        assertThat(to.table("sales.customer").orElseThrow().checks().get(0).expression())
                .as("the column renamed in the check, not the text that spells it")
                .isEqualTo("points >= 0 AND email <> 'points'");
        assertThat(to.table("sales.invoice").orElseThrow().foreignKeys().get(0))
                .as("the foreign key of another table follows the table and the column")
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("sales.customer"))
                .satisfies(fk -> assertThat(fk.referencedColumns()).containsExactly("email"));
    }

    @Test
    void aHintWhosePreviousNameThePreviousSchemaDoesNotHaveDoesNothing() {
        Schema to = new Operation.RenameColumn("sales.client", "points", "score").applyTo(SALES);

        SchemaDiff diff = SchemaDiff.between(SALES, to, Hints.of(List.of(
                new Hint.RenamedTable("sales.client", List.of("sales.customer")),
                new Hint.RenamedColumn("sales.client", "score", List.of("bonus")))));

        assertThat(diff.upgrade()).containsExactly(
                new Operation.DropCheck("sales.client", "client_points_check"),
                new Operation.AddColumn("sales.client", dev.jpamigrate.schema.Column.of("score", "integer")),
                new Operation.DropColumn("sales.client", "points"),
                new Operation.AddCheck("sales.client", to.table("sales.client").orElseThrow().checks().get(0)));
        assertThat(diff.renameSuspects()).containsExactly("sales.client.points was dropped and sales.client.score"
                + " added: if it is a rename, annotate the field with @RenamedFrom(\"points\") and generate again");
    }

    @Test
    void anIndexRenamedWithoutAnyOtherChangeIsRenamedNotBuiltAgain() {
        Schema to = new Operation.RenameIndex("sales.client", "idx_client_mail", "idx_mail").applyTo(SALES);

        assertThat(SchemaDiff.between(SALES, to).upgrade())
                .containsExactly(new Operation.RenameIndex("sales.client", "idx_client_mail", "idx_mail"));
    }

    @Test
    void aSequenceOfAnotherNameIsNotRenamedWithoutATableRename() {
        Schema to = new Operation.DropSequence("sales.client_seq").applyTo(SALES)
                .withSequence(new dev.jpamigrate.schema.Sequence("sales.ticket_seq", 1, 50));

        assertThat(SchemaDiff.between(SALES, to).upgrade()).containsExactly(
                new Operation.CreateSequence(new dev.jpamigrate.schema.Sequence("sales.ticket_seq", 1, 50)),
                new Operation.DropSequence("sales.client_seq"));
    }
}
