package dev.jpamigrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says what an entity class or a persistent field was called before, so that
 * {@code migration:generate} renames its table or column, keeping the rows and values, instead of
 * dropping it and adding an empty one. The constraints, indexes and sequences whose names derive from
 * the table or column are renamed with it.
 *
 * <p>The value is the previous Java name (of the class or field) or the previous table or column name;
 * either is understood, as the naming strategy turns a Java name into the table or column name:
 *
 * <pre>{@code
 * @Entity
 * @RenamedFrom("Client")            // the class was Client, its table client
 * public class Customer {
 *     @Id @GeneratedValue Long id;
 *
 *     @RenamedFrom("mail")          // the field was mail
 *     String email;
 *
 *     @ManyToOne
 *     @RenamedFrom("agent")         // agent_id becomes manager_id
 *     Employee manager;
 * }
 * }</pre>
 *
 * <p>It is harmless once the rename is applied: a name the previous schema does not have is
 * ignored, so the annotation can stay in the code. It goes on a getter where the entity uses property
 * access. Several values name several earlier names, most recent first.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {
    /** The previous names, most recent first: Java names of the class or field, or table or column names. */
    String[] value();
}
