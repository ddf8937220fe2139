package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.ForeignKeyAction;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Idioms of real applications (openkoda's model) that Hibernate 6.6 and 7.4 map, probed against their DDL: a field
 * that redeclares one of a mapped superclass, a join column to a column unique by an unnamed table constraint, JDBC
 * large objects, {@code @OnDelete} on the inverse side of a one-to-many.
 */
class RedeclaredAndInverseMappingTest {
    private static final JavaFileObject RECORD = jakarta("app.Record", """
            @MappedSuperclass
            public abstract class Record {
                @Id
                @SequenceGenerator(name = "seqRelated", sequenceName = "seq_related", allocationSize = 10)
                @GeneratedValue(generator = "seqRelated", strategy = GenerationType.SEQUENCE)
                protected Long id;
                @Column(name = "search_text", length = 4000, insertable = false) private String searchText;
            }
            """);

    private static Compilation compileFor(String hibernate, JavaFileObject... sources) {
        return com.google.testing.compile.Compiler.javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-A" + ProcessorOptions.HIBERNATE + "=" + hibernate).compile(sources);
    }

    private static Table table(Compilation compilation, String name) {
        Schema schema = schema(compilation, "app");
        return schema.table(name).orElseThrow();
    }

    @Test
    void aRedeclaredFieldKeepsTheColumnOfTheMappedSuperclass() {
        Compilation compilation = compile(RECORD, jakarta("app.Job", """
                @Entity
                public class Job extends Record {
                    @Column(name = "job_text", length = 10) @org.hibernate.annotations.ColumnDefault("''")
                    private String searchText;
                    String cron;
                }
                """));
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(table(compilation, "job").columns()).extracting(c -> c.name() + " " + c.type() + " " + c.defaultValue())
                .containsExactlyInAnyOrder("id bigint null", "search_text varchar(4000) null", "cron varchar(255) null");
    }

    @Test
    void anIdRedeclaredWithAGeneratedValueIsAnErrorOnHibernate7AndTheOneIdOnHibernate6() {
        JavaFileObject job = jakarta("app.Job", """
                @Entity
                public class Job extends Record {
                    @Id
                    @GeneratedValue(generator = "seqRelated", strategy = GenerationType.SEQUENCE)
                    private Long id;
                }
                """);
        Compilation on7 = compileFor("7.4", RECORD, job);
        CompilationSubject.assertThat(on7).hadErrorContaining("Hibernate 7.4 refuses @GeneratedValue on Job.id, which"
                + " redeclares the @Id of app.Record (\"may not respecify the generation strategy\"): remove the field id"
                + " from Job").inFile(job).onLineContaining("@GeneratedValue");
        Compilation on66 = compileFor("6.6", RECORD, job);
        CompilationSubject.assertThat(on66).succeeded();
        assertThat(table(on66, "job").primaryKey().columns()).containsExactly("id");
        // Without a generator of its own, Hibernate 7 takes the redeclared id too.
        CompilationSubject.assertThat(compileFor("7.4", RECORD, jakarta("app.Job", """
                @Entity
                public class Job extends Record {
                    @Id @Column(name = "id") private Long id;
                }
                """))).succeeded();
    }

    @Test
    void aJoinColumnMayReferenceAColumnUniqueByATableConstraintOfItsOwn() {
        String plugin = """
                @Entity
                @Table(uniqueConstraints = @UniqueConstraint(%scolumnNames = {"code"}))
                public class Plugin {
                    @Id @GeneratedValue Long id;
                    String code;
                }
                """;
        JavaFileObject job = jakarta("app.Job", """
                @Entity
                public class Job {
                    @Id @GeneratedValue Long id;
                    @ManyToOne @JoinColumn(name = "plugin", referencedColumnName = "code") Plugin plugin;
                }
                """);
        Compilation compilation = compile(jakarta("app.Plugin", plugin.formatted("")), job);
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(table(compilation, "plugin").uniqueConstraints()).extracting(u -> u.name() + " " + u.columns())
                .containsExactly("plugin_code_key [code]");
        assertThat(table(compilation, "job").foreignKeys()).extracting(f -> f.referencedTable() + " " + f.referencedColumns())
                .containsExactly("plugin [code]");
        // A named one: Hibernate 7 makes the column unique itself and drops the name; 6.6 keeps it (probed).
        JavaFileObject namedPlugin = jakarta("app.Plugin", plugin.formatted("name = \"uk_plugin_code\", "));
        Compilation named = compile(namedPlugin, job);
        CompilationSubject.assertThat(named).succeeded();
        assertThat(table(named, "plugin").uniqueConstraints()).extracting(u -> u.name() + " " + u.columns())
                .containsExactly("plugin_code_key [code]");
        Compilation named6 = compileFor("6.6", namedPlugin, job);
        CompilationSubject.assertThat(named6).succeeded();
        assertThat(table(named6, "plugin").uniqueConstraints()).extracting(u -> u.name() + " " + u.columns())
                .containsExactly("uk_plugin_code [code]");
    }

    @Test
    void jdbcLargeObjectsAreOidColumnsLobOrNot() {
        Compilation compilation = compile(jakarta("app.Notice", """
                @Entity
                public class Notice {
                    @Id @GeneratedValue Long id;
                    @Lob java.sql.Blob attachment;
                    java.sql.Clob body;
                    @Column(nullable = false) java.sql.Blob thumbnail;
                    java.sql.NClob note;
                }
                """));
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(table(compilation, "notice").columns()).extracting(c -> c.name() + " " + c.type() + " " + c.nullable())
                .contains("attachment oid true", "body oid true", "thumbnail oid false", "note oid true");
    }

    @Test
    void onDeleteOnTheInverseOneToManyActsOnTheForeignKeyOfItsOwner() {
        Compilation compilation = compile(jakarta("app.Notice", """
                @Entity
                public class Notice {
                    @Id @GeneratedValue Long id;
                    @OneToMany(mappedBy = "notice", cascade = CascadeType.REMOVE)
                    @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
                    List<NoticeRead> reads;
                }
                """), jakarta("app.NoticeRead", """
                @Entity
                public class NoticeRead {
                    @Id @GeneratedValue Long id;
                    @ManyToOne @JoinColumn(name = "notice_id") Notice notice;
                }
                """));
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(table(compilation, "noticeread").foreignKeys()).extracting(f -> f.onDelete())
                .containsExactly(ForeignKeyAction.CASCADE);
    }

    @Test
    void aSingleTableSubclassThatRedeclaresItsParentsManyToOneSharesItsForeignKey() {
        Compilation compilation = compile(jakarta("app.Org", """
                @Entity
                public class Org {
                    @Id @GeneratedValue Long id;
                }
                """), jakarta("app.Task", """
                @Entity
                @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                public abstract class Task {
                    @Id @GeneratedValue Long id;
                    @ManyToOne @JoinColumn(name = "org_id", insertable = false, updatable = false) Org org;
                    @Column(name = "org_id") Long orgId;
                }
                """), jakarta("app.Email", """
                @Entity
                public class Email extends Task {
                    @ManyToOne @JoinColumn(name = "org_id", insertable = false, updatable = false) Org org;
                    @Column(name = "org_id") Long orgId;
                    String subject;
                }
                """));
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(table(compilation, "task").foreignKeys()).extracting(f -> f.columns() + " " + f.referencedTable())
                .containsExactly("[org_id] org");
    }

    @Test
    void aOneToOneWhoseJoinColumnABasicFieldWritesIsNotUnique() {
        String settings = """
                @Entity
                public class Settings {
                    @Id @GeneratedValue Long id;
                    @OneToOne @JoinColumn(name = "org_id", insertable = false, updatable = false) Org org;
                    %s
                }
                """;
        JavaFileObject org = jakarta("app.Org", """
                @Entity
                public class Org {
                    @Id @GeneratedValue Long id;
                }
                """);
        Compilation shared = compile(org, jakarta("app.Settings", settings.formatted("@Column(name = \"org_id\") Long orgId;")));
        CompilationSubject.assertThat(shared).succeeded();
        assertThat(table(shared, "settings").uniqueConstraints()).isEmpty();
        // Alone, the one-to-one's join column is unique.
        Compilation alone = compile(org, jakarta("app.Settings", settings.formatted("")));
        assertThat(table(alone, "settings").uniqueConstraints()).extracting(u -> u.columns().toString())
                .containsExactly("[org_id]");
    }
}
