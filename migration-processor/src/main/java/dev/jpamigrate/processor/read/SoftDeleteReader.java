package dev.jpamigrate.processor.read;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.map.BooleanConverters;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.ColumnDetails;
import dev.jpamigrate.processor.model.ConverterSpec;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import dev.jpamigrate.processor.model.ValidationSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's {@code @SoftDelete} (6.4 and later): the indicator column Hibernate adds to the
 * root table of an entity hierarchy, or to a collection's table, read as a basic attribute of that
 * table, so that it is named, typed, checked and ordered as Hibernate's other columns are. As
 * Hibernate's {@code SoftDeleteHelper} writes it: named {@code columnName} or {@code deleted}
 * ({@code active} for the {@code ACTIVE} strategy), through the physical naming strategy only;
 * a {@code boolean} (or the converter's database type, with its CHECK), {@code not null}; for
 * Hibernate 7's {@code TIMESTAMP} strategy a nullable timestamp of an {@code Instant}; with the
 * comment {@code Soft-delete indicator} (or Hibernate 7's {@code comment}).
 */
public final class SoftDeleteReader {
    /** The name of the indicator's attribute: no Java name, so no field or override can mean it. */
    public static final String ATTRIBUTE = "@SoftDelete";
    private static final String COMMENT = "Soft-delete indicator";

    private final ConverterReader converters;

    public SoftDeleteReader(ConverterReader converters) {
        this.converters = converters;
    }

    /**
     * The indicator of an entity whose hierarchy is {@code hierarchy} (top first): Hibernate reads
     * {@code @SoftDelete} on the root entity, else on the nearest mapped superclass above it.
     */
    public Optional<Attribute> ofEntity(List<TypeElement> hierarchy, List<UnsupportedUse> unsupported) {
        int root = 0;
        while (root < hierarchy.size() && !EntityReader.isEntity(hierarchy.get(root))) {
            root++;
        }
        for (int i = Math.min(root, hierarchy.size() - 1); i >= 0; i--) {
            AnnotationMirror m = hibernate(hierarchy.get(i), "SoftDelete");
            if (m != null) {
                return Optional.of(read(hierarchy.get(i), m, unsupported));
            }
        }
        return Optional.empty();
    }

    /** The indicator of the collection {@code field}, in its collection or join table; empty without one. */
    public Optional<Attribute> ofCollection(Element field, List<UnsupportedUse> unsupported) {
        AnnotationMirror m = hibernate(field, "SoftDelete");
        return m == null ? Optional.empty() : Optional.of(read(field, m,
                ((TypeElement) field.getEnclosingElement()).getQualifiedName().toString(), unsupported));
    }

    private Attribute read(TypeElement type, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        return read(type, m, type.getQualifiedName().toString(), unsupported);
    }

    private Attribute read(Element element, AnnotationMirror m, String declaringClass,
            List<UnsupportedUse> unsupported) {
        Origin origin = Origin.of(element, m);
        String strategy = Objects.requireNonNullElse(Annotations.enumConstant(m, "strategy"), "DELETED");
        boolean timestamp = strategy.equals("TIMESTAMP");
        String name = Annotations.string(m, "columnName");
        if (name == null) {
            name = strategy.equals("ACTIVE") ? "active" : "deleted";
        }
        ConverterSpec converter = null;
        TypeMirror converterType = Annotations.type(m, "converter");
        if (Annotations.isSet(m, "converter") && converterType instanceof DeclaredType declared
                && !((TypeElement) declared.asElement()).getSimpleName().contentEquals("UnspecifiedConversion")) {
            // With TIMESTAMP, Hibernate fails ("Specifying SoftDelete#converter in conjunction with
            // SoftDeleteType.TIMESTAMP is not supported"): HibernateAnnotations refuses it.
            converter = timestamp ? null : converters.read((TypeElement) declared.asElement())
                    .map(c -> strategy.equals("ACTIVE") ? BooleanConverters.negated(c) : c).orElse(null);
        }
        UnsupportedAnnotations.checkAttributes(element, m, "@SoftDelete", unsupported, "options");
        String comment = ApostropheComments.kept(Objects.requireNonNullElse(Annotations.string(m, "comment"), COMMENT),
                "column", origin, unsupported);
        ColumnSpec column = new ColumnSpec(name, timestamp, false, null, 0, 0, null, null, origin, null, false);
        ColumnDetails details = new ColumnDetails(comment, null, List.of(), null, false, false,
                ForeignKeyAction.NO_ACTION, ValidationSpec.NONE, null, null);
        JavaType type = JavaType.of(timestamp ? "java.time.Instant" : "java.lang.Boolean", JavaType.Kind.OTHER);
        return new Attribute(ATTRIBUTE, declaringClass, type, false, false, false, timestamp, column, null, null,
                null, List.of(), null, null, converter, null, details, List.of(), origin, null, List.of(), null, false,
                false);
    }

    private static AnnotationMirror hibernate(Element element, String name) {
        return element.getAnnotationMirrors().stream().filter(m -> name.equals(Annotations.hibernateName(m)))
                .findFirst().orElse(null);
    }
}
