package dev.jpamigrate.processor.read;

import static java.util.Objects.requireNonNullElse;

import dev.jpamigrate.processor.model.GeneratorSpec;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.SequenceGeneratorSpec;
import dev.jpamigrate.processor.model.TableGeneratorSpec;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Reads {@code @SequenceGenerator}s and {@code @TableGenerator}s, on a package, a class or a
 * field, with JPA's defaults.
 */
public final class GeneratorReader {
    private GeneratorReader() {
    }

    /**
     * Every generator on {@code element}, repeated or in {@code @SequenceGenerators}/{@code @TableGenerators},
     * and Hibernate's {@code @GenericGenerator}s and {@code @NativeGenerator}.
     */
    public static List<GeneratorSpec> readAll(Element element, GenericGeneratorReader generic,
            List<UnsupportedUse> unsupported) {
        List<GeneratorSpec> generators = new ArrayList<>();
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            generators.addAll(read(element, m, unsupported));
            if (GenericGeneratorReader.isHibernateGenerator(Annotations.hibernateName(m))) {
                generators.addAll(generic.read(element, m));
            }
        }
        return generators;
    }

    /** Whether {@code jpaName} is one of the generator annotations this reader reads. */
    public static boolean isGenerator(String jpaName) {
        return switch (jpaName) {
            case "SequenceGenerator", "SequenceGenerators", "TableGenerator", "TableGenerators" -> true;
            default -> false;
        };
    }

    /** The generators {@code m} declares; none when it is no generator annotation. */
    public static List<GeneratorSpec> read(Element element, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        String jpa = Annotations.jpaName(m);
        if (jpa == null) {
            return List.of();
        }
        return switch (jpa) {
            case "SequenceGenerator" -> List.of(sequence(element, m, unsupported));
            case "SequenceGenerators" -> Annotations.annotations(m, "value").stream()
                    .<GeneratorSpec>map(g -> sequence(element, g, unsupported)).toList();
            case "TableGenerator" -> List.of(table(element, m, unsupported));
            case "TableGenerators" -> Annotations.annotations(m, "value").stream()
                    .<GeneratorSpec>map(g -> table(element, g, unsupported)).toList();
            default -> List.of();
        };
    }

    private static SequenceGeneratorSpec sequence(Element element, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        UnsupportedAnnotations.checkAttributes(element, m, "@SequenceGenerator", unsupported, "catalog", "options");
        String name = Annotations.string(m, "name");
        return new SequenceGeneratorSpec(name == null ? "" : name, Annotations.string(m, "sequenceName"),
                Annotations.string(m, "schema"), Annotations.integer(m, "initialValue", 1),
                Annotations.integer(m, "allocationSize", 50), Origin.of(element, m));
    }

    /** Hibernate ignores a generator table's {@code uniqueConstraints} and {@code indexes}, and so do we. */
    private static TableGeneratorSpec table(Element element, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        UnsupportedAnnotations.checkAttributes(element, m, "@TableGenerator", unsupported, "catalog", "options");
        String name = Annotations.string(m, "name");
        // Without a table, Hibernate names it as hibernate.id.db_structure_naming_strategy says (IdGenerators).
        return new TableGeneratorSpec(name == null ? "" : name, Annotations.string(m, "table"),
                Annotations.string(m, "schema"),
                requireNonNullElse(Annotations.string(m, "pkColumnName"), TableGeneratorSpec.DEFAULT_PK_COLUMN),
                requireNonNullElse(Annotations.string(m, "valueColumnName"), TableGeneratorSpec.DEFAULT_VALUE_COLUMN),
                Origin.of(element, m));
    }
}
