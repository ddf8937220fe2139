package dev.jpamigrate.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Entity sources for the processor tests, written as an application writes them. */
final class Sources {
    private static final String COMMON_IMPORTS = """
            import java.math.*;
            import java.time.*;
            import java.util.List;
            import java.util.Set;
            import java.util.UUID;
            """;

    private Sources() {
    }

    /** A class of {@code qualifiedName} that imports {@code jakarta.persistence.*}. */
    static JavaFileObject jakarta(String qualifiedName, String code) {
        return source(qualifiedName, "import jakarta.persistence.*;\n" + COMMON_IMPORTS + code);
    }

    /** A class of {@code qualifiedName} that imports {@code javax.persistence.*}. */
    static JavaFileObject javax(String qualifiedName, String code) {
        return source(qualifiedName, "import javax.persistence.*;\n" + COMMON_IMPORTS + code);
    }

    /** A compilation unit written out in full, package declaration included ({@code package-info}). */
    static JavaFileObject file(String qualifiedName, String code) {
        return JavaFileObjects.forSourceString(qualifiedName, code);
    }

    /** A class of {@code qualifiedName} with its own imports. */
    static JavaFileObject source(String qualifiedName, String code) {
        int dot = qualifiedName.lastIndexOf('.');
        String header = dot < 0 ? "" : "package " + qualifiedName.substring(0, dot) + ";\n\n";
        return JavaFileObjects.forSourceString(qualifiedName, header + code);
    }
}
