package dev.jpamigrate.processor.read;

import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.processor.model.DiscriminatorSpec;
import dev.jpamigrate.processor.model.InheritanceSpec.PrimaryKeyJoinColumnSpec;
import dev.jpamigrate.processor.model.InheritanceSpec.Strategy;
import dev.jpamigrate.processor.model.InheritanceSpec;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Reads the inheritance annotations of an entity class into an {@link InheritanceSpec}. */
public final class InheritanceReader {
    private InheritanceReader() {
    }

    public static InheritanceSpec read(TypeElement type, TypeElement parent, List<UnsupportedUse> unsupported) {
        AnnotationMirror inheritance = Annotations.jpa(type, "Inheritance");
        Strategy strategy = null;
        if (inheritance != null) {
            String written = Annotations.enumConstant(inheritance, "strategy");
            strategy = written == null ? Strategy.SINGLE_TABLE : Strategy.valueOf(written);
        }
        AnnotationMirror column = Annotations.jpa(type, "DiscriminatorColumn");
        DiscriminatorSpec discriminator = null;
        if (column != null) {
            UnsupportedAnnotations.checkAttributes(type, column, "@DiscriminatorColumn", unsupported, "options");
            discriminator = discriminatorColumn(type, column, "DTYPE");
        }
        AnnotationMirror formula = DialectOverrides.effective(type).stream()
                .filter(m -> "DiscriminatorFormula".equals(Annotations.hibernateName(m))).findFirst().orElse(null);
        if (formula != null) {
            // The value is computed by the formula, in Hibernate's type (STRING by default); no column holds it.
            String kind = Annotations.enumConstant(formula, "discriminatorType");
            discriminator = new DiscriminatorSpec(discriminator == null ? "DTYPE" : discriminator.name(),
                    kind == null ? DiscriminatorSpec.Type.STRING : DiscriminatorSpec.Type.valueOf(kind), 31, null,
                    Origin.of(type, formula), Annotations.string(formula, "value"));
        }
        AnnotationMirror value = Annotations.jpa(type, "DiscriminatorValue");
        List<PrimaryKeyJoinColumnSpec> keyColumns = new ArrayList<>();
        String foreignKeyName = null;
        AnnotationMirror single = Annotations.jpa(type, "PrimaryKeyJoinColumn");
        AnnotationMirror several = Annotations.jpa(type, "PrimaryKeyJoinColumns");
        List<AnnotationMirror> written = new ArrayList<>();
        if (single != null) {
            written.add(single);
        }
        if (several != null) {
            written.addAll(Annotations.annotations(several, "value"));
            foreignKeyName = ForeignKeyAnnotation.name(type, several, "@PrimaryKeyJoinColumns", unsupported);
        }
        for (AnnotationMirror m : written) {
            UnsupportedAnnotations.checkAttributes(type, m, "@PrimaryKeyJoinColumn", unsupported, "options");
            keyColumns.add(new PrimaryKeyJoinColumnSpec(Annotations.string(m, "name"),
                    Annotations.string(m, "columnDefinition"), Origin.of(type, m),
                    Annotations.string(m, "referencedColumnName")));
            String name = ForeignKeyAnnotation.name(type, m, "@PrimaryKeyJoinColumn", unsupported);
            foreignKeyName = name != null ? name : foreignKeyName;
        }
        return new InheritanceSpec(parent == null ? null : parent.getQualifiedName().toString(),
                type.getModifiers().contains(Modifier.ABSTRACT), strategy,
                inheritance == null ? null : Origin.of(type, inheritance), discriminator,
                value == null ? null : Annotations.string(value, "value"), value == null ? null : Origin.of(type, value),
                keyColumns, foreignKeyName, onDelete(type), cache(type));
    }

    /** Hibernate's {@code @Cache} on the class, where it stands (it is checked on subclasses). */
    private static Origin cache(TypeElement type) {
        return type.getAnnotationMirrors().stream().filter(m -> "Cache".equals(Annotations.hibernateName(m)))
                .findFirst().map(m -> Origin.of(type, m)).orElse(null);
    }

    /**
     * Hibernate's {@code @OnDelete(action)} on the class: on a {@code JOINED} subclass, the {@code on delete} of its
     * table's foreign key to its parent's (a row of the parent's table deleted by the database takes the subclass's
     * row with it).
     */
    private static ForeignKeyAction onDelete(TypeElement type) {
        return DialectOverrides.effective(type).stream().filter(m -> "OnDelete".equals(Annotations.hibernateName(m)))
                // Hibernate's OnDeleteAction constants are named as ours.
                .map(m -> ForeignKeyAction.valueOf(Annotations.enumConstant(m, "action"))).findFirst()
                .orElse(ForeignKeyAction.NO_ACTION);
    }

    /**
     * {@code @DiscriminatorColumn} on {@code type} (an entity or an embeddable), JPA's defaults applied:
     * {@code implicitName}, {@code STRING}, length 31.
     */
    static DiscriminatorSpec discriminatorColumn(TypeElement type, AnnotationMirror column, String implicitName) {
        String name = Annotations.string(column, "name");
        String kind = Annotations.enumConstant(column, "discriminatorType");
        return new DiscriminatorSpec(name == null ? implicitName : name,
                kind == null ? DiscriminatorSpec.Type.STRING : DiscriminatorSpec.Type.valueOf(kind),
                Annotations.integer(column, "length", 31), Annotations.string(column, "columnDefinition"),
                Origin.of(type, column));
    }
}
