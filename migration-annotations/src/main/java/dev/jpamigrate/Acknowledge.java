package dev.jpamigrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts one finding of the lock-safety lint ({@code mvn migration:lint}) for this
 * migration, with the reason, so that the build stays strict and the choice is visible in
 * review. The finding is then reported as acknowledged and no longer fails the build. An
 * acknowledgement without a reason, or one that names a rule the lint does not have, is
 * itself an error.
 *
 * <pre>{@code
 * @Revision(id = "20261206120000", parents = "20261201090000", message = "order belongs to customer")
 * @Acknowledge(rule = "add-foreign-key-validating", reason = "purchase_order holds 200 rows")
 * public class R20261206120000_OrderBelongsToCustomer implements Migration { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Acknowledge.List.class)
public @interface Acknowledge {
    /** The id of the lint rule, as the finding names it: {@code create-index-not-concurrently}. */
    String rule();

    /** Why the hazard is acceptable here: the table is small, the window is planned, ... */
    String reason();

    /** Holds several acknowledgements on one migration; written by the compiler. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Acknowledge[] value();
    }
}
