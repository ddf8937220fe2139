package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.RevisionClass;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads {@code @Revision} classes, from source or compiled, into {@link RevisionClass} values. */
public final class RevisionReader {
    public static final String REVISION = "dev.jpamigrate.Revision";
    private static final String MIGRATION = "dev.jpamigrate.Migration";

    private final Elements elements;
    private final Types types;
    private final TypeMirror migration;

    public RevisionReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        TypeElement migrationType = elements.getTypeElement(MIGRATION);
        this.migration = migrationType == null ? null : types.erasure(migrationType.asType());
    }

    /** The {@code @Revision} annotation on {@code type}, or {@code null}. */
    public static AnnotationMirror revision(TypeElement type) {
        return type.getAnnotationMirrors().stream()
                .filter(m -> Annotations.qualifiedName(m).equals(REVISION))
                .findFirst()
                .orElse(null);
    }

    public RevisionClass read(TypeElement type) {
        AnnotationMirror revision = revision(type);
        AnnotationValue id = Annotations.value(revision, "id");
        boolean hasConstructor = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(RevisionReader::isPublicNoArg);
        return new RevisionClass(
                type.getQualifiedName().toString(),
                elements.getBinaryName(type).toString(),
                id != null && id.getValue() instanceof String s ? s : null,
                type.getKind() == ElementKind.CLASS,
                type.getModifiers().contains(Modifier.PUBLIC),
                type.getModifiers().contains(Modifier.ABSTRACT),
                type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC),
                migration != null && types.isAssignable(types.erasure(type.asType()), migration),
                hasConstructor,
                Origin.of(type, revision),
                new Origin(type, revision, id));
    }

    /** The class of a binary name from the revision index, or {@code null} when it is gone. */
    public TypeElement typeNamed(String binaryName) {
        return EntityReader.typeNamed(elements, binaryName);
    }

    private static boolean isPublicNoArg(ExecutableElement constructor) {
        return constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC);
    }
}
