package dev.jpamigrate;

/**
 * A migration: the change of one {@link Revision}, and its undo. {@code migration:generate}
 * writes these classes; they are ordinary source code to review and edit.
 *
 * <pre>{@code
 * @Revision(id = "20261125132744", parents = "20261120091502", message = "add customer email")
 * public class R20261125132744_AddCustomerEmail implements Migration {
 *     public void upgrade(Operations op) {
 *         op.addColumn("customer", "email", "varchar(255)");
 *     }
 *
 *     public void downgrade(Operations op) {
 *         op.dropColumn("customer", "email");
 *     }
 * }
 * }</pre>
 */
public interface Migration {
    /** Records the operations that move the schema from the parent revision(s) to this one. */
    void upgrade(Operations op);

    /** Records the operations that undo {@link #upgrade}. */
    void downgrade(Operations op);
}
