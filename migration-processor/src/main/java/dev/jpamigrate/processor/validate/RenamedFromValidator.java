package dev.jpamigrate.processor.validate;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.read.Annotations;
import dev.jpamigrate.processor.read.EntityReader;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @RenamedFrom} used where it means nothing: without a previous name, or on a class that is not
 * an entity (it has no table to rename). Each is an error on the annotation, so that a rename the user
 * asked for never silently becomes a drop and an add.
 */
public final class RenamedFromValidator {
    public static final String RENAMED_FROM = "dev.jpamigrate.RenamedFrom";

    private final ErrorReporter reporter;

    public RenamedFromValidator(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    public void validate(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (!annotation.getQualifiedName().contentEquals(RENAMED_FROM)) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                AnnotationMirror mirror = mirror(element);
                if (mirror == null) {
                    continue;
                }
                List<String> names = Annotations.strings(mirror, "value");
                Origin origin = Origin.of(element, mirror);
                if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
                    reporter.error(origin, "@RenamedFrom on " + element.getSimpleName() + " names no previous name:"
                            + " write what it was called before, as in @RenamedFrom(\"oldName\")");
                } else if (element instanceof TypeElement type && !EntityReader.isEntity(type)) {
                    reporter.error(origin, "@RenamedFrom on " + type.getSimpleName() + ", which is not an @Entity:"
                            + " only an entity has a table to rename; put it on the entity class, or on the renamed"
                            + " field of an embeddable or mapped superclass");
                }
            }
        }
    }

    /** The {@code @RenamedFrom} on {@code element}, or {@code null}. */
    public static AnnotationMirror mirror(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (Annotations.qualifiedName(mirror).equals(RENAMED_FROM)) {
                return mirror;
            }
        }
        return null;
    }

    /** The previous names {@code element} declares, blank ones left out; empty without the annotation. */
    public static List<String> previousNames(Element element) {
        AnnotationMirror mirror = element == null ? null : mirror(element);
        return mirror == null ? List.of()
                : Annotations.strings(mirror, "value").stream().filter(n -> !n.isBlank()).map(String::strip).toList();
    }
}
