package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.assertNoIndex;
import static dev.jpamigrate.processor.GeneratedSnapshots.index;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static dev.jpamigrate.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.index.IndexFiles;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor indexes the {@code @Revision} classes, so that the engine finds migrations without scanning. */
class RevisionIndexTest {
    private static JavaFileObject revision(String qualifiedName, String id) {
        String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        return source(qualifiedName, """
                import dev.jpamigrate.Migration;
                import dev.jpamigrate.Operations;
                import dev.jpamigrate.Revision;

                @Revision(id = "%s", message = "%s")
                public class %s implements Migration {
                    public void upgrade(Operations op) {
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(id, simpleName, simpleName));
    }

    @Test
    void everyRevisionClassIsListedByItsBinaryName() {
        Compilation compilation = compileCleanly(
                revision("com.acme.migrations.R20261120091502_CreateCustomer", "20261120091502"),
                revision("com.acme.migrations.R20261125132744_AddEmail", "20261125132744"),
                source("com.acme.migrations.Holder", """
                        import dev.jpamigrate.*;

                        public class Holder {
                            @Revision(id = "20261126000000")
                            public static class Nested implements Migration {
                                public void upgrade(Operations op) {
                                }

                                public void downgrade(Operations op) {
                                }
                            }
                        }
                        """));

        assertThat(index(compilation, IndexFiles.REVISIONS)).containsExactly(
                "com.acme.migrations.Holder$Nested",
                "com.acme.migrations.R20261120091502_CreateCustomer",
                "com.acme.migrations.R20261125132744_AddEmail");
    }

    @Test
    void aCompilationWithoutRevisionsWritesNoRevisionIndex() {
        Compilation compilation = compileCleanly(jakarta("shop.Customer", "@Entity public class Customer { @Id Long id; }"));

        assertNoIndex(compilation, IndexFiles.REVISIONS);
    }

    @Test
    void aRevisionTheEngineCannotRunIsAnErrorThatSaysWhy() {
        JavaFileObject notAMigration = source("db.R1", """
                @dev.jpamigrate.Revision(id = "1")
                public class R1 {
                }
                """);
        JavaFileObject hidden = source("db.R2", """
                import dev.jpamigrate.*;

                @Revision(id = "2")
                abstract class R2 implements Migration {
                    R2(String name) {
                    }
                }
                """);
        JavaFileObject blank = source("db.R3", """
                import dev.jpamigrate.*;

                @Revision(id = " ")
                public class R3 implements Migration {
                    public void upgrade(Operations op) {
                    }

                    public void downgrade(Operations op) {
                    }

                    public class Inner {
                    }
                }
                """);
        JavaFileObject inner = source("db.R4", """
                import dev.jpamigrate.*;

                public class R4 {
                    @Revision(id = "4")
                    public class Inner implements Migration {
                        public void upgrade(Operations op) {
                        }

                        public void downgrade(Operations op) {
                        }
                    }
                }
                """);

        Compilation compilation = compile(notAMigration, hidden, blank, inner);

        CompilationSubject.assertThat(compilation).hadErrorContaining("@Revision class db.R1 does not implement"
                + " dev.jpamigrate.Migration: add \"implements Migration\"").inFile(notAMigration)
                .onLineContaining("@dev.jpamigrate.Revision");
        CompilationSubject.assertThat(compilation).hadErrorContaining("@Revision class db.R2 is not public, so the"
                + " engine cannot construct it: make it public").inFile(hidden).onLineContaining("@Revision");
        CompilationSubject.assertThat(compilation).hadErrorContaining("@Revision class db.R2 is abstract")
                .inFile(hidden).onLineContaining("@Revision");
        CompilationSubject.assertThat(compilation).hadErrorContaining("@Revision class db.R2 has no public constructor"
                + " without parameters, which the engine calls: add public R2() {}").inFile(hidden)
                .onLineContaining("@Revision");
        CompilationSubject.assertThat(compilation).hadErrorContaining("@Revision of db.R3 has a blank id: give it a"
                + " unique id").inFile(blank).onLineContaining("@Revision(id = \" \")");
        CompilationSubject.assertThat(compilation).hadErrorContaining("@Revision class db.R4.Inner is an inner class,"
                + " which needs an instance of its enclosing class: make it static").inFile(inner)
                .onLineContaining("@Revision");
    }

    @Test
    void twoRevisionsWithOneIdIsAnError() {
        JavaFileObject first = revision("db.First", "20261125132744");
        JavaFileObject second = revision("db.Second", "20261125132744");

        Compilation compilation = compile(first, second);

        CompilationSubject.assertThat(compilation).hadErrorContaining("Revision id 20261125132744 of db.Second is also"
                + " the id of db.First: give each revision its own id").inFile(second)
                .onLineContaining("@Revision(id = \"20261125132744\"");
    }

    @Test
    void theIndexKeepsTheRevisionsOfEarlierCompilationsAndDropsDeletedOnes(@TempDir Path work) {
        ClassDirectoryCompiler module = new ClassDirectoryCompiler(work);
        module.compile(revision("db.R1", "1"), revision("db.R2", "2"));

        module.compile(revision("db.R3", "3"));
        assertThat(module.index(IndexFiles.REVISIONS)).containsExactly("db.R1", "db.R2", "db.R3");

        module.compile(jakarta("db.Customer", "@Entity public class Customer { @Id Long id; }"));
        assertThat(module.index(IndexFiles.REVISIONS)).as("a compilation without revisions leaves the index alone")
                .containsExactly("db.R1", "db.R2", "db.R3");

        module.deleteClass("db.R1");
        module.compile(revision("db.R4", "4"));
        assertThat(module.index(IndexFiles.REVISIONS)).containsExactly("db.R2", "db.R3", "db.R4");

        assertThat(module.compileReportingErrors(revision("db.R5", "2"))).singleElement()
                .satisfies(e -> assertThat(e.getMessage(null)).contains("Revision id 2 of db.R5 is also the id of db.R2"));
    }

    /** An older JPA Migrate kept the migrations snapshot as a class; javac alone would only say what it cannot find. */
    @Test
    void theJavaSnapshotOfAnOlderVersionIsAnErrorThatSaysToDeleteIt() {
        JavaFileObject old = source("db.migration.SchemaSnapshot", """
                import dev.jpamigrate.MigrationsSnapshot;
                import dev.jpamigrate.Schema;
                import java.util.List;

                public final class SchemaSnapshot implements MigrationsSnapshot {
                    public Schema schema() {
                        return Schema.builder().build();
                    }

                    public List<String> heads() {
                        return List.of("1");
                    }
                }
                """);

        Compilation compilation = compile(old, revision("db.migration.R1_Initial", "1"));

        CompilationSubject.assertThat(compilation).hadErrorContaining("This is the migrations snapshot of an older JPA"
                + " Migrate, which no longer compiles: delete it; mvn migration:generate now keeps the snapshot in"
                + " src/main/resources/db/migration/schema.snapshot and writes it from the migrations")
                .inFile(old).onLineContaining("class SchemaSnapshot");
    }
}
