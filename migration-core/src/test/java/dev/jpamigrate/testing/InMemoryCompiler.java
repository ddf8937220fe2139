package dev.jpamigrate.testing;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated sources with the JDK's javac into a directory and loads them, for round-trip tests. */
public final class InMemoryCompiler {
    private InMemoryCompiler() {
    }

    /** Writes, compiles and loads {@code files}; returns a class loader over the compiled classes. */
    public static ClassLoader compile(Path workDir, JavaFile... files) {
        try {
            Path sources = workDir.resolve("src");
            Path classes = workDir.resolve("classes");
            Files.createDirectories(classes);
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-proc:none", "-Xlint:all", "-Werror"));
            for (JavaFile file : files) {
                args.add(file.writeToPath(sources).toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int status = javac.run(null, null, null, args.toArray(String[]::new));
            if (status != 0) {
                throw new AssertionError("generated code does not compile; see the compiler output above");
            }
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, InMemoryCompiler.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
