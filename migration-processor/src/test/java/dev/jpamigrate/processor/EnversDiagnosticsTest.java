package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Sources.jakarta;
import static dev.jpamigrate.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Envers' annotations that make Hibernate create audit tables, which JPA Migrate does
 * not write yet, are warnings on the element rather than silently ignored (and the compilation
 * goes on: the application runs on Hibernate). Envers itself is
 * not on the test class path: its annotations are declared here as the jar declares them.
 */
class EnversDiagnosticsTest {
    private static final String MESSAGE = "JPA Migrate does not write the tables of @org.hibernate.envers.Audited yet:"
            + " Hibernate Envers creates an audit table (<table>_AUD) for the audited entity, with the revision table"
            + " REVINFO and its sequence REVINFO_SEQ, which the migrations will lack: create them in a migration of"
            + " your own";
    private static final JavaFileObject AUDITED = envers("Audited", "TYPE, ElementType.METHOD, ElementType.FIELD");
    private static final JavaFileObject NOT_AUDITED = envers("NotAudited", "METHOD, ElementType.FIELD");
    private static final JavaFileObject REVISION_ENTITY = envers("RevisionEntity", "TYPE");

    private static JavaFileObject envers(String name, String targets) {
        return source("org.hibernate.envers." + name, """
                import java.lang.annotation.*;
                @Retention(RetentionPolicy.RUNTIME)
                @Target({ElementType.%s})
                public @interface %s {
                }
                """.formatted(targets, name));
    }

    private static void assertWarning(JavaFileObject file, String line, String message, JavaFileObject... others) {
        JavaFileObject[] files = new JavaFileObject[others.length + 4];
        files[0] = file;
        files[1] = AUDITED;
        files[2] = NOT_AUDITED;
        files[3] = REVISION_ENTITY;
        System.arraycopy(others, 0, files, 4, others.length);
        Compilation compilation = compile(files);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining(message).inFile(file).onLineContaining(line);
    }

    @Test
    void anAuditedEntityIsAWarningOnTheClass() {
        assertWarning(jakarta("vet.Pet", """
                import org.hibernate.envers.*;
                @Entity @Audited
                public class Pet {
                    @Id Long id;
                    String name;
                    @NotAudited String notes;
                }
                """), "@Entity @Audited", MESSAGE);
    }

    @Test
    void anAuditedFieldIsAWarningOnTheField() {
        // Envers audits an entity with one @Audited attribute: a table Vet_AUD with that column.
        assertWarning(jakarta("vet.Vet", """
                import org.hibernate.envers.Audited;
                @Entity
                public class Vet {
                    @Id Long id;
                    @Audited String fullName;
                }
                """), "@Audited String fullName", MESSAGE);
    }

    @Test
    void anAuditedMappedSuperclassIsAWarningOnIt() {
        JavaFileObject base = jakarta("vet.BaseEntity", """
                import org.hibernate.envers.Audited;
                @MappedSuperclass
                @Audited
                public abstract class BaseEntity {
                    @Id Long id;
                    String createdBy;
                }
                """);
        assertWarning(base, "@Audited", MESSAGE, jakarta("vet.Visit", """
                @Entity
                public class Visit extends BaseEntity {
                    String reason;
                }
                """));
    }

    @Test
    void aRevisionEntityIsAWarning() {
        assertWarning(jakarta("vet.Revision", """
                import org.hibernate.envers.RevisionEntity;
                @Entity @RevisionEntity
                public class Revision {
                    @Id Long id;
                    long timestamp;
                }
                """), "@Entity @RevisionEntity", "JPA Migrate does not write the tables of"
                + " @org.hibernate.envers.RevisionEntity yet: a revision entity replaces Hibernate Envers' revision table REVINFO");
    }

    @Test
    void anAuditedGetterIsAWarningOnTheGetter() {
        assertWarning(jakarta("vet.Owner", """
                import org.hibernate.envers.Audited;
                @Entity
                public class Owner {
                    private Long id;
                    private String name;
                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    @Audited public String getName() { return name; }
                    public void setName(String name) { this.name = name; }
                }
                """), "@Audited public String getName()", MESSAGE);
    }

    @Test
    void anAuditedAttributeOfAnEmbeddableIsAWarningOnIt() {
        JavaFileObject address = jakarta("vet.Address", """
                import org.hibernate.envers.Audited;
                @Embeddable
                public class Address {
                    @Audited String street;
                }
                """);
        assertWarning(address, "@Audited String street", MESSAGE, jakarta("vet.Clinic", """
                @Entity
                public class Clinic {
                    @Id Long id;
                    @Embedded Address address;
                }
                """));
    }
}
