package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.ProcessorOptions.HibernateMinor;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * What Hibernate fails on in some minors and takes in the others, where it changes no table: the reader records it
 * as a use, which the validator reports on the minors that fail only.
 * <ul>
 * <li>a {@code columnDefinition} of blanks only ({@code " "}): Hibernate 7 ignores it, as if it were not written;
 *     Hibernate 6 fails on it ("Identifier text cannot be null");
 * <li>{@code @Generated(sql = "…", writable = true)}: Hibernate 7 fails on it, Hibernate 6 writes no DDL of it;
 * <li>an {@code @Id} with {@code @GeneratedValue} that redeclares a superclass's {@code @Id}: Hibernate 7 fails on it
 *     ("may not respecify the generation strategy"), Hibernate 6 maps the one id;
 * <li>{@code @OrderBy} on a field of one value (a date, a {@code @ManyToOne}): Hibernate 7 fails on it ("is annotated
 *     '@OrderBy' but is not of type 'Collection' or 'Map'"), Hibernate 6 ignores it.
 * </ul>
 */
public final class MinorFailures {
    /** The feature of a blank definition's use. */
    public static final String BLANK_DEFINITION = "a blank columnDefinition";

    /** The feature of a redeclared generated id's use, followed by the entity's and the superclass's names. */
    public static final String REDECLARED_GENERATED_ID = "a redeclared @Id with @GeneratedValue";

    /** The feature of {@code @OrderBy} on a field of one value, followed by the field's name. */
    public static final String SINGLE_VALUE_ORDER_BY = "@OrderBy on a field of one value";

    private MinorFailures() {
    }

    /**
     * Records {@code @OrderBy} ({@code mirror}) on {@code element}, attribute {@code name}, unless the field is
     * {@code plural}: a collection, a map or an array (Hibernate 7 checks the others).
     */
    public static void orderBy(Element element, String name, AnnotationMirror mirror, boolean plural,
            List<UnsupportedUse> unsupported) {
        if (!plural) {
            unsupported.add(new UnsupportedUse(SINGLE_VALUE_ORDER_BY + ":" + name, Origin.of(element, mirror)));
        }
    }

    /** The use of {@code id}, with {@code @GeneratedValue}, where it redeclares {@code hidden}, a superclass's id. */
    public static UnsupportedUse redeclaredGeneratedId(Attribute id, Attribute hidden) {
        return new UnsupportedUse(REDECLARED_GENERATED_ID + ":" + id.name() + ":" + id.declaringClass() + ":"
                + hidden.declaringClass(), id.generatedValue().origin());
    }

    /** {@code mirror}'s {@code columnDefinition}, {@code null} when absent or blank (recorded in {@code unsupported}). */
    public static String columnDefinition(Element element, AnnotationMirror mirror, List<UnsupportedUse> unsupported) {
        String definition = Annotations.string(mirror, "columnDefinition");
        if (definition != null && definition.isBlank()) {
            unsupported.add(new UnsupportedUse(BLANK_DEFINITION, Origin.of(element, mirror)));
            return null;
        }
        return definition;
    }

    /** Whether {@code use} is one of these, which Hibernate {@code minor} takes: then it is no error. */
    public static boolean takenBy(UnsupportedUse use, HibernateMinor minor) {
        if (use.feature().equals(BLANK_DEFINITION)) {
            return minor.atLeast(HibernateMinor.V7_0);
        }
        if (use.feature().startsWith(REDECLARED_GENERATED_ID)) {
            return !minor.atLeast(HibernateMinor.V7_0);
        }
        if (use.feature().startsWith(SINGLE_VALUE_ORDER_BY)) {
            return !minor.atLeast(HibernateMinor.V7_0);
        }
        if (use.feature().endsWith(HibernateAnnotations.GENERATED_WRITABLE_SQL)) {
            return !minor.atLeast(HibernateMinor.V7_0);
        }
        return false;
    }

    /** The error of one of these uses on a minor that fails, or {@code null} for another use. */
    public static String message(UnsupportedUse use, HibernateMinor minor) {
        if (use.feature().startsWith(REDECLARED_GENERATED_ID)) {
            String[] parts = use.feature().split(":");
            String entity = parts[2].substring(parts[2].lastIndexOf('.') + 1);
            return "Hibernate " + minor.option() + " refuses @GeneratedValue on " + entity + "." + parts[1]
                    + ", which redeclares the @Id of " + parts[3] + " (\"may not respecify the generation strategy\"):"
                    + " remove the field " + parts[1] + " from " + entity + ", which inherits the id and its generator,"
                    + " or remove @GeneratedValue from it";
        }
        if (use.feature().startsWith(SINGLE_VALUE_ORDER_BY)) {
            String name = use.feature().substring(SINGLE_VALUE_ORDER_BY.length() + 1);
            return "Hibernate " + minor.option() + " refuses @OrderBy on " + name + ", which holds one value, not a"
                    + " collection or map (\"is annotated '@OrderBy' but is not of type 'Collection' or 'Map'\"; Hibernate 6"
                    + " ignored it): remove @OrderBy, and sort with ORDER BY in the queries that read " + name;
        }
        return use.feature().equals(BLANK_DEFINITION) ? "Hibernate " + minor.option() + " fails on a blank"
                + " columnDefinition (\"Identifier text cannot be null\"), which Hibernate 7 ignores: remove"
                + " columnDefinition, or write the column's type there" : null;
    }
}
