package dev.jpamigrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Migration} class with its place in the revision graph. The processor
 * indexes every class that carries it, so the engine finds migrations without scanning.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** The revision id; generated ids are UTC timestamps ({@code 20261125132744}) and sort by time. */
    String id();

    /** The revision(s) this one follows: none for the first, two or more for a merge. */
    String[] parents() default {};

    /** What the revision does, in a few words. */
    String message() default "";

    /**
     * Whether the revision runs in one transaction (the default). A revision that runs
     * {@code create index concurrently} must say {@code false}; if it fails part-way, the
     * statements before the failure stay applied and the revision is not recorded.
     */
    boolean transactional() default true;
}
