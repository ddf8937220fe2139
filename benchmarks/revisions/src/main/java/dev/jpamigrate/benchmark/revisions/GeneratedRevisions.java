package dev.jpamigrate.benchmark.revisions;

import dev.jpamigrate.Migration;
import dev.jpamigrate.index.IndexFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * N migration classes in a line, each creating one table of two columns, compiled with javac and
 * indexed as the processor indexes them: what an application with N revisions has on its class path.
 */
final class GeneratedRevisions {
    static final String PACKAGE = "db.migration";

    private GeneratedRevisions() {
    }

    /** {@code 2026000000001}, ...: ids that sort in the order the revisions were written. */
    static String id(int i) {
        return String.format("2026%010d", i);
    }

    /** Writes and compiles {@code count} revisions under {@code directory}; their class loader. */
    static ClassLoader compile(Path directory, int count) throws IOException {
        Path sources = directory.resolve("src");
        Path classes = directory.resolve("classes");
        Path packageDirectory = sources.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(packageDirectory);
        Files.createDirectories(classes);
        List<Path> files = new ArrayList<>(count);
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String name = "R" + id(i);
            Path file = packageDirectory.resolve(name + ".java");
            Files.writeString(file, source(i, name));
            files.add(file);
            names.add(PACKAGE + "." + name);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            List<String> options = List.of("-d", classes.toString(), "-proc:none", "-classpath", apiLocation(),
                    "--release", "17");
            Boolean ok = javac.getTask(null, fileManager, null, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new IllegalStateException("the generated revisions do not compile");
            }
        }
        Path index = classes.resolve(IndexFiles.REVISIONS);
        Files.createDirectories(index.getParent());
        Files.write(index, names);
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedRevisions.class.getClassLoader());
    }

    private static String source(int i, String name) {
        String parents = i == 1 ? "" : ", parents = \"" + id(i - 1) + "\"";
        return """
                package %s;

                import dev.jpamigrate.Migration;
                import dev.jpamigrate.Operations;
                import dev.jpamigrate.Revision;

                @Revision(id = "%s"%s, message = "create table t%d")
                public class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("t%d")
                                .column("id", "bigint").notNull()
                                .column("name", "varchar(100)")
                                .primaryKey("t%d_pkey", "id");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("t%d");
                    }
                }
                """.formatted(PACKAGE, id(i), parents, i, name, i, i, i);
    }

    /** Where the migration API is: a jar, or migration-annotations/target/classes in a reactor build. */
    private static String apiLocation() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
