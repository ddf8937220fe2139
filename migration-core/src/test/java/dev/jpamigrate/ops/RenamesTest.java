package dev.jpamigrate.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A renamed column in a check or index expression: the identifier, never a literal or a longer name. */
class RenamesTest {
    @Test
    void onlyTheIdentifierIsRenamedQuotedWhereItMustBe() {
        assertThat(Renames.identifier("mail in ('mail') and length(mail) > 3 and mailbox is null", "mail", "email"))
                .isEqualTo("email in ('mail') and length(email) > 3 and mailbox is null");
        assertThat(Renames.identifier("\"order\" >= 0 and t.order = 1", "order", "position"))
                .isEqualTo("position >= 0 and t.order = 1");
        assertThat(Renames.identifier("rank > 0", "rank", "user")).isEqualTo("\"user\" > 0");
        assertThat(Renames.identifier("status::text = 'it''s status'", "status", "state"))
                .isEqualTo("state::text = 'it''s status'");
        assertThat(Renames.identifier("(kind)::text <> 'text'", "text", "body")).isEqualTo("(kind)::text <> 'text'");
    }
}
