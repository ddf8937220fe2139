package dev.jpamigrate.processor.read;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations by name, so that the processor needs neither JPA API on its class path
 * and reads {@code jakarta.persistence} and {@code javax.persistence} alike. Only values
 * written explicitly are read; JPA's defaults are applied by the callers, so that the
 * result does not depend on which JPA version the annotations were compiled from.
 */
public final class Annotations {
    private static final String JAKARTA = "jakarta.persistence.";
    private static final String JAVAX = "javax.persistence.";
    private static final String HIBERNATE = "org.hibernate.annotations.";

    private Annotations() {
    }

    /** The JPA annotation {@code simpleName} ({@code "Column"}) on {@code element}, or {@code null}. */
    public static AnnotationMirror jpa(Element element, String simpleName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (simpleName.equals(jpaName(mirror))) {
                return mirror;
            }
        }
        return null;
    }

    /** The simple name of a jakarta or javax persistence annotation, or {@code null} for any other. */
    public static String jpaName(AnnotationMirror mirror) {
        String name = qualifiedName(mirror);
        if (name.startsWith(JAKARTA)) {
            return name.substring(JAKARTA.length());
        }
        if (name.startsWith(JAVAX)) {
            return name.substring(JAVAX.length());
        }
        return null;
    }

    /** The simple name of a Hibernate ORM annotation, or {@code null} for any other. */
    public static String hibernateName(AnnotationMirror mirror) {
        String name = qualifiedName(mirror);
        return name.startsWith(HIBERNATE) ? name.substring(HIBERNATE.length()) : null;
    }

    public static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** The value written for {@code attribute}, or {@code null} when it takes its default. */
    public static AnnotationValue value(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(attribute)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A string attribute; an empty string counts as not written, as JPA's defaults are empty strings. */
    public static String string(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror, attribute);
        if (value == null || !(value.getValue() instanceof String s) || s.isEmpty()) {
            return null;
        }
        return s;
    }

    public static boolean bool(AnnotationMirror mirror, String attribute, boolean defaultValue) {
        AnnotationValue value = value(mirror, attribute);
        return value != null && value.getValue() instanceof Boolean b ? b : defaultValue;
    }

    public static Integer integer(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror, attribute);
        return value != null && value.getValue() instanceof Integer i ? i : null;
    }

    public static int integer(AnnotationMirror mirror, String attribute, int defaultValue) {
        Integer value = integer(mirror, attribute);
        return value != null ? value : defaultValue;
    }

    /** The simple name of an enum constant attribute ({@code "STRING"}), or {@code null}. */
    public static String enumConstant(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror, attribute);
        return value != null && value.getValue() instanceof VariableElement v ? v.getSimpleName().toString() : null;
    }

    /** A class attribute ({@code targetEntity = Customer.class}), or {@code null}. */
    public static TypeMirror type(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror, attribute);
        return value != null && value.getValue() instanceof TypeMirror t ? t : null;
    }

    /** The values of an array attribute; a single value written without braces is a one-element list. */
    public static List<AnnotationValue> list(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror, attribute);
        if (value == null) {
            return List.of();
        }
        if (value.getValue() instanceof List<?> values) {
            return values.stream().map(AnnotationValue.class::cast).toList();
        }
        return List.of(value);
    }

    public static List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
        return list(mirror, attribute).stream()
                .filter(v -> v.getValue() instanceof AnnotationMirror)
                .map(v -> (AnnotationMirror) v.getValue())
                .toList();
    }

    public static List<String> strings(AnnotationMirror mirror, String attribute) {
        return list(mirror, attribute).stream()
                .filter(v -> v.getValue() instanceof String)
                .map(v -> (String) v.getValue())
                .toList();
    }

    /** Whether {@code attribute} was written with a value other than an empty string or array. */
    public static boolean isSet(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror, attribute);
        if (value == null) {
            return false;
        }
        Object v = value.getValue();
        return !(v instanceof String s && s.isEmpty()) && !(v instanceof List<?> l && l.isEmpty());
    }
}
