package dev.jpamigrate.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The class-level annotations read from class files as javac wrote them, past constant pools
 * with every kind of entry and annotations with every kind of value, equal to what reflection
 * sees.
 */
class ClassFileAnnotationsTest {
    private static final Set<String> MARKER = Set.of(descriptor(Marker.class));

    @Retention(RetentionPolicy.RUNTIME)
    @interface Marker {
    }

    @Retention(RetentionPolicy.CLASS)
    @interface NotVisible {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Rich {
        String name();

        int[] numbers() default {};

        ElementType kind() default ElementType.TYPE;

        Class<?> type() default Object.class;

        Deprecated[] nested() default {};

        double ratio() default 0;
    }

    /** Every kind of element value before the marker, and constants of every size in the pool. */
    @Deprecated(since = "1.0")
    @Rich(name = "a", numbers = {1, 2, 3}, kind = ElementType.FIELD, type = String.class,
            nested = {@Deprecated(since = "2.0"), @Deprecated}, ratio = 0.5)
    @Marker
    static class Annotated {
        static final long BIG = 1L << 40;
        static final double HALF = 0.5;
        @Marker
        String field = "text " + BIG + HALF;

        Runnable lambda() {
            return () -> field.length();
        }
    }

    /** The marker only on a member, and an annotation kept in the class file but not visible at run time. */
    @NotVisible
    @Rich(name = "b")
    static class NotAnnotated {
        @Marker
        Marker marker;

        @Marker
        void method() {
        }
    }

    @Test
    void findsTheAnnotationAmongOthers() throws IOException {
        assertThat(ClassFileAnnotations.declaresAny(classFile(Annotated.class), MARKER)).isTrue();
        assertThat(Annotated.class.isAnnotationPresent(Marker.class)).isTrue();
    }

    @Test
    void anAnnotationOnAMemberOrOfTheTypeIsNotOnTheClass() throws IOException {
        assertThat(ClassFileAnnotations.declaresAny(classFile(NotAnnotated.class), MARKER)).isFalse();
        assertThat(ClassFileAnnotations.declaresAny(classFile(NotAnnotated.class), Set.of(descriptor(NotVisible.class))))
                .isFalse();
        assertThat(ClassFileAnnotations.declaresAny(classFile(NotAnnotated.class), Set.of(descriptor(Rich.class))))
                .isTrue();
    }

    @Test
    void bytesThatAreNoClassFileAreRefused() throws IOException {
        byte[] classFile = classFile(Annotated.class);

        assertThatThrownBy(() -> ClassFileAnnotations.declaresAny("not a class".getBytes(), MARKER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a class file");
        assertThatThrownBy(() -> ClassFileAnnotations.declaresAny(Arrays.copyOf(classFile, classFile.length / 2),
                MARKER)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a class file");
    }

    private static String descriptor(Class<?> type) {
        return "L" + type.getName().replace('.', '/') + ";";
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1)
                + ".class")) {
            return in.readAllBytes();
        }
    }
}
