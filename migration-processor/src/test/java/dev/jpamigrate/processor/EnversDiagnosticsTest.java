package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Envers (on the test class path): a simple audited entity gets its audit table, with {@code REVINFO}
 * and {@code REVINFO_SEQ}, as Hibernate 7.4 creates them (the audited conformance fixture compares them with
 * Hibernate's); what JPA Migrate does not write stays a warning on the element, naming why (the compilation goes on:
 * the application runs on Hibernate).
 */
class EnversDiagnosticsTest {
    private static final String NOT_WRITTEN = "JPA Migrate does not write the tables of @org.hibernate.envers.Audited"
            + " yet (";
    private static final String MESSAGE = "Hibernate Envers creates an audit table (<table>_AUD) for the audited"
            + " entity, with the revision table REVINFO and its sequence REVINFO_SEQ, which the migrations will lack:"
            + " create them in a migration of your own";

    private static void assertWarning(JavaFileObject file, String line, String message, JavaFileObject... others) {
        JavaFileObject[] files = new JavaFileObject[others.length + 1];
        files[0] = file;
        System.arraycopy(others, 0, files, 1, others.length);
        Compilation compilation = compile(files);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining(message).inFile(file).onLineContaining(line);
    }

    private static Table table(Compilation compilation, String name) {
        Schema schema = GeneratedSnapshots.schema(compilation, "vet");
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + schema));
    }

    @Test
    void anAuditedEntityGetsItsAuditTableAndTheRevisionTable() {
        Compilation compilation = compileCleanly(jakarta("vet.Pet", """
                import org.hibernate.envers.*;
                @Entity @Audited
                public class Pet {
                    @Id Long id;
                    @Column(nullable = false, unique = true) String name;
                    @NotAudited String notes;
                    @Version long version;
                }
                """));
        Table audit = table(compilation, "pet_aud");
        // Every audited column nullable, without its unique constraint; the @NotAudited one and the version left out.
        assertThat(audit.columns()).extracting(Column::name).containsExactly("rev", "revtype", "id", "name");
        assertThat(audit.columns()).extracting(Column::nullable).containsExactly(false, true, false, true);
        assertThat(audit.columns()).extracting(Column::type).containsExactly("integer", "smallint", "bigint",
                "varchar(255)");
        assertThat(audit.primaryKey().columns()).containsExactly("rev", "id");
        assertThat(audit.uniqueConstraints()).isEmpty();
        assertThat(audit.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("rev");
            assertThat(fk.referencedTable()).isEqualTo("revinfo");
        });
        Table revisions = table(compilation, "revinfo");
        assertThat(revisions.columns()).extracting(c -> c.name() + " " + c.type() + (c.nullable() ? "" : " not null"))
                .containsExactly("rev integer not null", "revtstmp bigint");
        assertThat(GeneratedSnapshots.schema(compilation, "vet").sequence("revinfo_seq")).hasValueSatisfying(s -> {
            assertThat(s.start()).isEqualTo(1);
            assertThat(s.increment()).isEqualTo(50);
        });
    }

    @Test
    void anAuditedFieldAuditsItsColumnAlone() {
        Compilation compilation = compileCleanly(jakarta("vet.Vet", """
                import org.hibernate.envers.Audited;
                @Entity
                public class Vet {
                    @Id Long id;
                    @Audited String fullName;
                    String phone;
                }
                """));
        assertThat(table(compilation, "vet_aud").columns()).extracting(Column::name)
                .containsExactly("rev", "revtype", "id", "fullname");
    }

    @Test
    void anAuditedGetterAuditsItsColumn() {
        Compilation compilation = compileCleanly(jakarta("vet.Owner", """
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
                """));
        assertThat(table(compilation, "owner_aud").columns()).extracting(Column::name).contains("id", "name");
    }

    @Test
    void anAuditedMappedSuperclassAuditsItsAttributesInTheEntitysAuditTable() {
        Compilation compilation = compileCleanly(jakarta("vet.BaseEntity", """
                import org.hibernate.envers.Audited;
                @MappedSuperclass
                @Audited
                public abstract class BaseEntity {
                    @Id Long id;
                    String createdBy;
                }
                """), jakarta("vet.Visit", """
                @Entity
                public class Visit extends BaseEntity {
                    String reason;
                }
                """));
        assertThat(table(compilation, "visit_aud").columns()).extracting(Column::name).contains("id", "createdby");
    }

    private static final JavaFileObject PET = jakarta("vet.Pet", """
            import org.hibernate.envers.Audited;
            @Entity @Audited
            public class Pet {
                @Id Long id;
                @ManyToMany java.util.Set<Pet> friends;
            }
            """);

    /**
     * A revision entity of the application's own is an ordinary entity, whose table replaces REVINFO and REVINFO_SEQ:
     * every audit table's revision column references it and has the type of its key (a long: bigint).
     */
    @Test
    void aRevisionEntityReplacesTheRevisionTableAndTypesTheRevisionColumns() {
        Compilation compilation = compileCleanly(PET, jakarta("vet.Revision", """
                import org.hibernate.envers.*;
                @Entity @RevisionEntity @Table(name = "revisions")
                public class Revision {
                    @Id @GeneratedValue @RevisionNumber long number;
                    @RevisionTimestamp java.time.Instant madeAt;
                }
                """));
        Schema schema = GeneratedSnapshots.schema(compilation, "vet");
        assertThat(schema.table("revinfo")).isEmpty();
        assertThat(schema.sequence("revinfo_seq")).isEmpty();
        assertThat(table(compilation, "revisions").columns()).extracting(c -> c.name() + " " + c.type())
                .containsExactlyInAnyOrder("number bigint", "madeat timestamp(6) with time zone");
        assertThat(schema.sequence("revisions_seq")).isPresent();
        for (String audit : new String[] {"pet_aud", "pet_pet_aud"}) {
            assertThat(table(compilation, audit).columns()).filteredOn(c -> c.name().equals("rev"))
                    .extracting(Column::type).containsExactly("bigint");
            assertThat(table(compilation, audit).foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.columns()).containsExactly("rev");
                assertThat(fk.referencedTable()).isEqualTo("revisions");
                assertThat(fk.referencedColumns()).containsExactly("number");
            });
        }
    }

    /**
     * Envers' RevisionMapping (a mapped superclass in its jar) gives the revision entity an int id drawn from the
     * entity's sequence and the timestamp; its tracking subclass the names of the entities each revision changed, in
     * REVCHANGES (a @JoinTable on an @ElementCollection, which Hibernate takes as its collection table).
     */
    @Test
    void aRevisionEntityExtendingEnversMappingHasItsIdItsTimestampAndTheModifiedEntityNames() {
        Compilation compilation = compileCleanly(PET, jakarta("vet.AuditRevision", """
                import org.hibernate.envers.*;
                @Entity @RevisionEntity @Table(name = "revinfo")
                public class AuditRevision extends TrackingModifiedEntitiesRevisionMapping {
                    @Column(length = 64) String username;
                }
                """));
        Schema schema = GeneratedSnapshots.schema(compilation, "vet");
        assertThat(table(compilation, "revinfo").columns()).extracting(c -> c.name() + " " + c.type())
                .containsExactlyInAnyOrder("id integer", "timestamp bigint", "username varchar(64)");
        assertThat(schema.sequence("revinfo_seq")).isPresent();
        assertThat(table(compilation, "revchanges").columns()).extracting(c -> c.name() + " " + c.type())
                .containsExactlyInAnyOrder("rev integer", "entityname varchar(255)");
        assertThat(table(compilation, "pet_aud").columns()).filteredOn(c -> c.name().equals("rev"))
                .extracting(Column::type).containsExactly("integer");
        assertThat(table(compilation, "pet_aud").foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.referencedTable()).isEqualTo("revinfo");
            assertThat(fk.referencedColumns()).containsExactly("id");
        });
    }

    /** @RevisionEntity on a mapped superclass, where Envers does not look for it: a warning, and no audit tables. */
    @Test
    void aRevisionEntityAnnotationOnAMappedSuperclassIsAWarning() {
        JavaFileObject base = jakarta("vet.BaseRevision", """
                import org.hibernate.envers.*;
                @MappedSuperclass @RevisionEntity
                public abstract class BaseRevision {
                    @Id @GeneratedValue @RevisionNumber int id;
                    @RevisionTimestamp long timestamp;
                }
                """);
        JavaFileObject revision = jakarta("vet.AuditRevision", """
                @Entity
                public class AuditRevision extends BaseRevision {
                }
                """);
        assertWarning(base, "@MappedSuperclass @RevisionEntity", "JPA Migrate does not write the audit tables of the"
                + " module's audited entities with @RevisionEntity on mapped superclass vet.BaseRevision, where"
                + " Hibernate Envers does not look for it", revision, PET);
        assertWarning(PET, "@Entity @Audited", NOT_WRITTEN + "a @RevisionEntity on a mapped superclass or parent entity",
                base, revision);
    }

    /** Hibernate Envers refuses a second revision entity in the persistence unit: an error on it. */
    @Test
    void aSecondRevisionEntityIsAnError() {
        JavaFileObject second = jakarta("vet.OtherRevision", """
                import org.hibernate.envers.*;
                @Entity @RevisionEntity
                public class OtherRevision extends RevisionMapping {
                }
                """);
        Compilation compilation = compile(PET, jakarta("vet.AuditRevision", """
                import org.hibernate.envers.*;
                @Entity @RevisionEntity
                public class AuditRevision extends RevisionMapping {
                }
                """), second);
        CompilationSubject.assertThat(compilation).hadErrorContaining("Hibernate Envers takes one revision entity"
                + " (\"Only one entity can be annotated with @RevisionEntity\"), and vet.AuditRevision is one already")
                .inFile(second).onLineContaining("@Entity @RevisionEntity");
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
    }

    /** What else Envers refuses in a revision entity: @Audited on it, no @RevisionNumber, a String revision number. */
    @Test
    void anAuditedRevisionEntityOrOneWithoutAnIntOrLongRevisionNumberIsAnError() {
        JavaFileObject audited = jakarta("vet.AuditRevision", """
                import org.hibernate.envers.*;
                @Entity @RevisionEntity @Audited
                public class AuditRevision extends RevisionMapping {
                }
                """);
        CompilationSubject.assertThat(compile(PET, audited)).hadErrorContaining("Hibernate Envers does not audit its"
                + " revision entity (\"The @RevisionEntity entity cannot be audited\"): remove @Audited from"
                + " vet.AuditRevision").inFile(audited).onLineContaining("@Entity @RevisionEntity");
        JavaFileObject withoutNumber = jakarta("vet.Revision", """
                import org.hibernate.envers.*;
                @Entity @RevisionEntity
                public class Revision {
                    @Id @GeneratedValue long id;
                    @RevisionTimestamp long timestamp;
                }
                """);
        CompilationSubject.assertThat(compile(PET, withoutNumber)).hadErrorContaining("Hibernate Envers refuses"
                + " revision entity vet.Revision without @RevisionNumber").inFile(withoutNumber)
                .onLineContaining("@Entity @RevisionEntity");
        JavaFileObject stringNumber = jakarta("vet.Revision", """
                import org.hibernate.envers.*;
                @Entity @RevisionEntity
                public class Revision {
                    @Id @RevisionNumber String id;
                    @RevisionTimestamp long timestamp;
                }
                """);
        CompilationSubject.assertThat(compile(PET, stringNumber)).hadErrorContaining("Hibernate Envers takes an int,"
                + " Integer, long or Long as the @RevisionNumber of revision entity vet.Revision, and id is a"
                + " java.lang.String").inFile(stringNumber).onLineContaining("@RevisionNumber String id");
    }

    @Test
    void aJoinedSubclassAuditTableHasItsKeyAndAForeignKeyToItsParentsAuditTable() {
        Compilation compilation = compileCleanly(jakarta("vet.Animal", """
                import org.hibernate.envers.Audited;
                @Entity @Audited @Inheritance(strategy = InheritanceType.JOINED)
                public class Animal {
                    @Id Long id;
                    String name;
                }
                """), jakarta("vet.Dog", """
                import org.hibernate.envers.Audited;
                @Entity @Audited @PrimaryKeyJoinColumn(name = "dog_id")
                public class Dog extends Animal {
                    @Column(nullable = false) String breed;
                }
                """), jakarta("vet.Cat", """
                @Entity
                public class Cat extends Animal {
                    String color;
                }
                """));
        Table dog = table(compilation, "dog_aud");
        // No REVTYPE: the parent's audit row has it.
        assertThat(dog.columns()).extracting(c -> c.name() + (c.nullable() ? "" : " not null"))
                .containsExactly("rev not null", "dog_id not null", "breed");
        assertThat(dog.primaryKey().columns()).containsExactly("rev", "dog_id");
        assertThat(dog.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("rev", "dog_id");
            assertThat(fk.referencedTable()).isEqualTo("animal_aud");
            assertThat(fk.referencedColumns()).containsExactly("rev", "id");
        });
        assertThat(table(compilation, "animal_aud").columns()).extracting(Column::name)
                .containsExactly("rev", "revtype", "id", "name");
        // @Audited on the parent does not audit a subclass.
        assertThat(GeneratedSnapshots.schema(compilation, "vet").table("cat_aud")).isEmpty();
    }

    @Test
    void aSingleTableRootsAuditTableHasTheDiscriminatorAndItsAuditedSubclassesColumns() {
        Compilation compilation = compileCleanly(jakarta("vet.Animal", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Animal {
                    @Id Long id;
                }
                """), jakarta("vet.Dog", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Dog extends Animal {
                    @Column(nullable = false) String breed;
                }
                """), jakarta("vet.Cat", """
                @Entity
                public class Cat extends Animal {
                    String color;
                }
                """));
        Table audit = table(compilation, "animal_aud");
        assertThat(audit.columns()).extracting(c -> c.name() + " " + c.type() + (c.nullable() ? "" : " not null"))
                .containsExactly("rev integer not null", "revtype smallint", "id bigint not null",
                        "dtype varchar(31) not null", "breed varchar(255)");
        assertThat(audit.checks()).isEmpty();
        assertThat(GeneratedSnapshots.schema(compilation, "vet").table("dog_aud")).isEmpty();
    }

    @Test
    void anAbstractTablePerClassEntityHasAnAuditTableOnlyWhenNoSubclassIsAudited() {
        JavaFileObject animal = jakarta("vet.Animal", """
                import org.hibernate.envers.Audited;
                @Entity @Audited @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public abstract class Animal {
                    @Id Long id;
                    String name;
                }
                """);
        Compilation unaudited = compileCleanly(animal, jakarta("vet.Dog", """
                @Entity
                public class Dog extends Animal {
                    String breed;
                }
                """));
        assertThat(table(unaudited, "animal_aud").columns()).extracting(Column::name)
                .containsExactly("rev", "revtype", "id", "name");
        Compilation audited = compileCleanly(animal, jakarta("vet.Dog", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Dog extends Animal {
                    String breed;
                }
                """));
        assertThat(GeneratedSnapshots.schema(audited, "vet").table("animal_aud")).isEmpty();
        assertThat(table(audited, "dog_aud").columns()).extracting(Column::name)
                .containsExactly("rev", "revtype", "id", "breed", "name");
    }

    /**
     * Before 6.6, Hibernate copies the foreign key to {@code REVINFO} of a {@code TABLE_PER_CLASS} subclass's audit
     * table from the root's audit entity: 6.5 names it after the root's audit table, 6.4 as Hibernate 5 did (the names
     * of Hibernate's schema export on each minor, with Envers of the same minor).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"7.4, fk8pndudv0b0nypr83mh9ww2pdk", "6.6, fk8pndudv0b0nypr83mh9ww2pdk",
            "6.5, fk381v5mcy42ywnpkemsg3dd0tf", "6.4, fk_9b7rs2yh3soippi1vhbn8d8yc"})
    void aTablePerClassSubclassAuditKeyIsNamedAsEachMinorNamesIt(String minor, String name) {
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new JpaMigrateProcessor())
                .withOptions("-A" + ProcessorOptions.HIBERNATE + "=" + minor)
                .compile(jakarta("vet.Account", """
                        import org.hibernate.envers.Audited;
                        @Entity @Audited @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                        public abstract class Account {
                            @Id Long id;
                        }
                        """), jakarta("vet.SavingsAccount", """
                        import org.hibernate.envers.Audited;
                        @Entity @Audited @Table(name = "savings_account")
                        public class SavingsAccount extends Account {
                            Double rate;
                        }
                        """));
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(table(compilation, "savings_account_aud").foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.name()).isEqualTo(name));
    }

    @Test
    void anAuditedSubclassOfAnEntityNotAuditedIsAWarning() {
        assertWarning(jakarta("vet.Dog", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Dog extends Animal {
                    String breed;
                }
                """), "@Entity @Audited", NOT_WRITTEN + "its parent entity Animal is not audited): " + MESSAGE,
                jakarta("vet.Animal", """
                @Entity @Inheritance(strategy = InheritanceType.JOINED)
                public class Animal {
                    @Id Long id;
                }
                """));
    }

    @Test
    void anAuditedCollectionTableHasAnAuditTableOfAllItsColumnsInTheKey() {
        Compilation compilation = compileCleanly(jakarta("vet.Kennel", """
                import org.hibernate.envers.Audited;
                import java.util.*;
                @Entity @Audited
                public class Kennel {
                    @Id Long id;
                    @ElementCollection List<String> tags;
                    @ManyToMany Set<Kennel> neighbours;
                    @ManyToMany(mappedBy = "neighbours") Set<Kennel> neighbourOf;
                }
                """));
        Table tags = table(compilation, "kennel_tags_aud");
        // The element column is NOT NULL and in the key, although nullable in kennel_tags.
        assertThat(tags.columns()).extracting(c -> c.name() + (c.nullable() ? "" : " not null"))
                .containsExactly("rev not null", "revtype", "kennel_id not null", "tags not null");
        assertThat(tags.primaryKey().columns()).containsExactly("rev", "kennel_id", "tags");
        assertThat(tags.foreignKeys()).extracting(fk -> fk.referencedTable()).containsExactly("revinfo");
        assertThat(table(compilation, "kennel_kennel_aud").primaryKey().columns())
                .containsExactly("rev", "neighbourof_id", "neighbours_id");
    }

    @Test
    void anAuditedCollectionOfEmbeddablesHasTheRevisionTypeAndASetOrdinalInTheKey() {
        Compilation compilation = compileCleanly(jakarta("vet.Kennel", """
                import org.hibernate.envers.Audited;
                import java.util.*;
                @Entity @Audited
                public class Kennel {
                    @Id Long id;
                    @ElementCollection Set<Slot> slots;
                    @ElementCollection @OrderColumn List<Slot> queue;
                }
                """), jakarta("vet.Slot", """
                @Embeddable
                public class Slot {
                    @Column(nullable = false) String day;
                    @ManyToOne(optional = false) Kennel neighbour;
                }
                """));
        Table slots = table(compilation, "kennel_slots_aud");
        // The embeddable's columns (its join column too) nullable and out of the key, although NOT NULL in
        // kennel_slots.
        assertThat(slots.columns()).extracting(c -> c.name() + " " + c.type() + (c.nullable() ? "" : " not null"))
                .containsExactly("rev integer not null", "revtype smallint not null", "setordinal integer not null",
                        "kennel_id bigint not null", "neighbour_id bigint", "day varchar(255)");
        assertThat(slots.primaryKey().columns()).containsExactlyInAnyOrder("rev", "revtype", "setordinal", "kennel_id");
        Table queue = table(compilation, "kennel_queue_aud");
        assertThat(queue.columns()).extracting(Column::name).doesNotContain("setordinal");
        assertThat(queue.primaryKey().columns()).containsExactlyInAnyOrder("rev", "revtype", "queue_order",
                "kennel_id");
    }

    @Test
    void anAuditedSecondaryTableHasAnAuditTableKeyedByTheEntitysAuditRow() {
        Compilation compilation = compileCleanly(jakarta("vet.Pet", """
                import org.hibernate.envers.*;
                @Entity @Audited
                @SecondaryTable(name = "pet_detail", pkJoinColumns = @PrimaryKeyJoinColumn(name = "pet_ref"))
                @SecondaryTable(name = "pet_private")
                public class Pet {
                    @Id Long id;
                    @Column(table = "pet_detail", nullable = false) String markings;
                    @NotAudited @Column(table = "pet_private") String chipCode;
                }
                """));
        Table detail = table(compilation, "pet_detail_aud");
        // No REVTYPE: the entity's audit row has it.
        assertThat(detail.columns()).extracting(c -> c.name() + (c.nullable() ? "" : " not null"))
                .containsExactly("rev not null", "pet_ref not null", "markings");
        assertThat(detail.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("rev", "pet_ref");
            assertThat(fk.referencedTable()).isEqualTo("pet_aud");
            assertThat(fk.referencedColumns()).containsExactly("rev", "id");
        });
        // A secondary table of no audited column has none.
        assertThat(GeneratedSnapshots.schema(compilation, "vet").table("pet_private_aud")).isEmpty();
    }

    @Test
    void anAuditOverrideAuditsOrLeavesOutTheAttributesOfAMappedSuperclass() {
        JavaFileObject stamped = jakarta("vet.Stamped", """
                @MappedSuperclass
                public abstract class Stamped {
                    String createdBy;
                    String updatedBy;
                }
                """);
        Compilation compilation = compileCleanly(stamped, jakarta("vet.Pet", """
                import org.hibernate.envers.*;
                @Entity @Audited @AuditOverride(forClass = Stamped.class)
                public class Pet extends Stamped {
                    @Id Long id;
                }
                """), jakarta("vet.Cage", """
                import org.hibernate.envers.*;
                @Entity @Audited
                @AuditOverride(forClass = Stamped.class, name = "createdBy")
                @AuditOverride(forClass = Stamped.class, name = "updatedBy", isAudited = false)
                public class Cage extends Stamped {
                    @Id Long id;
                }
                """), jakarta("vet.Box", """
                import org.hibernate.envers.*;
                @Entity @Audited
                public class Box extends Stamped {
                    @Id Long id;
                }
                """));
        assertThat(table(compilation, "pet_aud").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("rev", "revtype", "id", "createdby", "updatedby");
        assertThat(table(compilation, "cage_aud").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("rev", "revtype", "id", "createdby");
        // Without @AuditOverride, an unaudited mapped superclass's attributes are not audited.
        assertThat(table(compilation, "box_aud").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("rev", "revtype", "id");
    }

    @Test
    void anAuditOverrideOnAnEmbeddedFieldLeavesOutAnAttributeOfItsEmbeddable() {
        Compilation compilation = compileCleanly(jakarta("vet.Site", """
                @Embeddable
                public class Site {
                    String plot;
                    String zone;
                }
                """), jakarta("vet.Farm", """
                import org.hibernate.envers.*;
                @Entity @Audited
                public class Farm {
                    @Id Long id;
                    @Embedded @AuditOverride(name = "zone", isAudited = false) Site site;
                }
                """));
        assertThat(table(compilation, "farm_aud").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("rev", "revtype", "id", "plot");
    }

    @Test
    void anAuditOverrideInsideAnEmbeddableIsAWarning() {
        JavaFileObject farm = jakarta("vet.Farm", """
                import org.hibernate.envers.*;
                @Entity @Audited
                public class Farm {
                    @Id Long id;
                    @Embedded Site site;
                }
                """);
        assertWarning(farm, "@Entity @Audited", NOT_WRITTEN + "an @AuditOverride inside the embeddable of site): "
                + MESSAGE, jakarta("vet.Site", """
                import org.hibernate.envers.AuditOverride;
                @Embeddable
                public class Site {
                    String plot;
                    @Embedded @AuditOverride(name = "lat", isAudited = false) Point point;
                }
                """), jakarta("vet.Point", """
                @Embeddable
                public class Point {
                    Double lat;
                    Double lon;
                }
                """));
    }

    @Test
    void anAuditOverrideWithoutForClassIsAWarning() {
        JavaFileObject pet = jakarta("vet.Pet", """
                import org.hibernate.envers.*;
                @Entity @Audited
                @AuditOverride(name = "createdBy", isAudited = false)
                public class Pet extends Stamped {
                    @Id Long id;
                }
                """);
        assertWarning(pet, "@Entity @Audited", NOT_WRITTEN + "the entity has @org.hibernate.envers.AuditOverride): "
                + MESSAGE, jakarta("vet.Stamped", """
                @MappedSuperclass
                public abstract class Stamped {
                    String createdBy;
                }
                """));
    }

    @Test
    void anAuditedOneToManyWithAJoinColumnHasAMiddleAuditTableNamedAfterTheClasses() {
        Compilation compilation = compileCleanly(jakarta("vet.Kennel", """
                import org.hibernate.envers.Audited;
                import java.util.List;
                @Entity(name = "Shelter") @Audited @Table(name = "kennels")
                public class Kennel {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "kennel_ref") @OrderColumn(name = "pos") List<Box> boxes;
                }
                """), jakarta("vet.Box", """
                import org.hibernate.envers.Audited;
                @Entity @Audited @Table(name = "boxes")
                public class Box {
                    @Id @Column(name = "box_key") Integer id;
                }
                """));
        Table middle = table(compilation, "kennel_box_aud");
        assertThat(middle.columns()).extracting(c -> c.name() + " " + c.type() + (c.nullable() ? "" : " not null"))
                .containsExactly("rev integer not null", "revtype smallint", "box_key integer not null",
                        "pos integer not null", "kennel_ref bigint not null");
        assertThat(middle.primaryKey().columns()).containsExactly("rev", "box_key", "pos", "kennel_ref");
        assertThat(middle.foreignKeys()).extracting(fk -> fk.referencedTable()).containsExactly("revinfo");
    }

    @Test
    void anAuditedOneToManyMapWithAJoinColumnIsAWarning() {
        assertWarning(jakarta("vet.Kennel", """
                import org.hibernate.envers.Audited;
                import java.util.Map;
                @Entity @Audited
                public class Kennel {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "kennel_id") Map<String, Kennel> annexes;
                }
                """), "@Entity @Audited", NOT_WRITTEN + "the audited collection annexes (a @OneToMany @JoinColumn map,"
                + " or in an embeddable) has an audit table of its own): " + MESSAGE);
    }

    @Test
    void anAuditTableNamesTheAuditTable() {
        Compilation compilation = compileCleanly(jakarta("vet.Cage", """
                import org.hibernate.envers.*;
                import java.util.Set;
                @Entity @Audited
                @AuditTable("cage_history")
                public class Cage {
                    @Id Long id;
                    @ElementCollection @AuditJoinTable(name = "cage_tag_history") Set<String> tags;
                }
                """));
        assertThat(table(compilation, "cage_history").foreignKeys()).extracting(fk -> fk.referencedTable())
                .containsExactly("revinfo");
        assertThat(table(compilation, "cage_tag_history").primaryKey().columns()).containsExactly("rev", "cage_id",
                "tags");
        assertThat(GeneratedSnapshots.schema(compilation, "vet").table("cage_aud")).isEmpty();
    }

    @Test
    void anAuditJoinTableRenamingColumnsIsAWarning() {
        JavaFileObject cage = jakarta("vet.Cage", """
                import org.hibernate.envers.*;
                import java.util.Set;
                @Entity @Audited
                public class Cage {
                    @Id Long id;
                    @ManyToMany
                    @AuditJoinTable(inverseJoinColumns = @JoinColumn(name = "other"))
                    Set<Cage> others;
                }
                """);
        assertWarning(cage, "@AuditJoinTable", "JPA Migrate does not write the tables of"
                + " @org.hibernate.envers.AuditJoinTable yet");
        assertWarning(cage, "@Entity @Audited", NOT_WRITTEN + "the entity has @org.hibernate.envers.AuditJoinTable): "
                + MESSAGE);
    }

    @Test
    void anEnversSettingJpaMigrateDoesNotReadIsAWarningOnTheAuditedEntity() {
        JavaFileObject pet = jakarta("vet.Pet", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Pet {
                    @Id Long id;
                }
                """);
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new JpaMigrateProcessor())
                .withOptions("-Aorg.hibernate.envers.audit_table_suffix=_LOG",
                        "-Aorg.hibernate.envers.store_data_at_delete=true").compile(pet);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("JPA Migrate does not read this Hibernate"
                + " Envers setting yet (org.hibernate.envers.store_data_at_delete=true"
                + " (-Aorg.hibernate.envers.store_data_at_delete)): the audit tables it writes (REVINFO, REVINFO_SEQ,"
                + " <table>_AUD) are those Envers makes without it").inFile(pet);
        // The settings JPA Migrate reads are no warning of its own (javac's about -A options aside).
        assertThat(compilation.warnings()).extracting(w -> w.getMessage(null))
                .filteredOn(m -> m.startsWith("JPA Migrate")).hasSize(1);
    }

    @Test
    void theValidityAuditStrategyAddsTheEndRevisionToRootAndCollectionAuditTables() {
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new JpaMigrateProcessor())
                .withOptions("-Aorg.hibernate.envers.audit_strategy=org.hibernate.envers.strategy.ValidityAuditStrategy",
                        "-Aorg.hibernate.envers.audit_strategy_validity_store_revend_timestamp=true",
                        "-Aorg.hibernate.envers.audit_strategy_validity_revend_timestamp_numeric=true")
                .compile(jakarta("vet.Pet", """
                        import org.hibernate.envers.*;
                        import java.util.Set;
                        @Entity @Audited @Inheritance(strategy = InheritanceType.JOINED)
                        public class Pet {
                            @Id Long id;
                            @ElementCollection Set<String> tags;
                        }
                        """), jakarta("vet.Dog", """
                        import org.hibernate.envers.*;
                        @Entity @Audited
                        public class Dog extends Pet {
                            String breed;
                        }
                        """));
        CompilationSubject.assertThat(compilation).succeeded();
        assertThat(compilation.warnings()).extracting(w -> w.getMessage(null))
                .noneMatch(m -> m.startsWith("JPA Migrate"));
        for (String name : java.util.List.of("pet_aud", "pet_tags_aud")) {
            Table audit = table(compilation, name);
            assertThat(audit.columns()).extracting(c -> c.name() + " " + c.type() + (c.nullable() ? "" : " not null"))
                    .contains("revend integer", "revend_tstmp bigint");
            assertThat(audit.primaryKey().columns()).doesNotContain("revend", "revend_tstmp");
            assertThat(audit.foreignKeys()).extracting(fk -> fk.columns() + " " + fk.referencedTable())
                    .containsExactlyInAnyOrder("[rev] revinfo", "[revend] revinfo");
        }
        // (The dispatch fixture has the timestamp as a timestamp(6), against Hibernate.) A JOINED subclass's audit
        // table has no REVTYPE, and (in the legacy placement) no end revision either.
        assertThat(table(compilation, "dog_aud").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("rev", "id", "breed");
    }

    @Test
    void anAuditStrategyOfTheApplicationsOwnIsAWarning() {
        JavaFileObject pet = jakarta("vet.Pet", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Pet {
                    @Id Long id;
                }
                """);
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new JpaMigrateProcessor())
                .withOptions("-Aorg.hibernate.envers.audit_strategy=com.acme.ArchivingAuditStrategy").compile(pet);
        CompilationSubject.assertThat(compilation).succeeded();
        CompilationSubject.assertThat(compilation).hadWarningContaining("JPA Migrate does not read this Hibernate"
                + " Envers setting yet (org.hibernate.envers.audit_strategy=com.acme.ArchivingAuditStrategy").inFile(pet);
        assertThat(table(compilation, "pet_aud").columns()).extracting(Column::name).doesNotContain("revend");
    }

    @Test
    void enversSettingsRenameTheAuditTablesAndColumns() {
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new JpaMigrateProcessor())
                .withOptions("-Aorg.hibernate.envers.audit_table_suffix=_LOG",
                        "-Aorg.hibernate.envers.audit_table_prefix=H_",
                        "-Aorg.hibernate.envers.revision_field_name=REV_ID",
                        "-Aorg.hibernate.envers.revision_type_field_name=REV_KIND",
                        "-Aorg.hibernate.envers.default_schema=audit")
                .compile(jakarta("vet.Pet", """
                        import org.hibernate.envers.*;
                        import java.util.Set;
                        @Entity @Audited
                        public class Pet {
                            @Id Long id;
                            @ElementCollection Set<String> tags;
                        }
                        """), jakarta("vet.Cage", """
                        import org.hibernate.envers.*;
                        @Entity @Audited @AuditTable("cage_history")
                        public class Cage {
                            @Id Long id;
                        }
                        """));
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        Schema schema = GeneratedSnapshots.schema(compilation, "vet");
        Table pet = schema.table("audit.h_pet_log").orElseThrow(() -> new AssertionError(schema.toString()));
        assertThat(pet.columns()).extracting(Column::name).containsExactly("rev_id", "rev_kind", "id");
        assertThat(pet.primaryKey().columns()).containsExactly("rev_id", "id");
        // REVINFO moves to the schema, with its own column names; its sequence stays in the default schema.
        assertThat(pet.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.referencedTable()).isEqualTo("audit.revinfo");
            assertThat(fk.referencedColumns()).containsExactly("rev");
        });
        assertThat(schema.table("audit.revinfo").orElseThrow().columns()).extracting(Column::name)
                .containsExactly("rev", "revtstmp");
        assertThat(schema.sequence("revinfo_seq")).isPresent();
        assertThat(schema.table("audit.h_pet_tags_log")).isPresent();
        // @AuditTable's name stays as written, in the default schema.
        assertThat(schema.table("audit.cage_history")).isPresent();
    }

    @Test
    void anAuditedAttributeOfAnEmbeddableAuditsNoEntity() {
        // Envers reads @Audited on the entity's own attributes: the embeddable's makes no audit table (Hibernate's
        // schema export shows none), and no warning.
        Compilation compilation = compileCleanly(jakarta("vet.Address", """
                import org.hibernate.envers.Audited;
                @Embeddable
                public class Address {
                    @Audited String street;
                }
                """), jakarta("vet.Clinic", """
                @Entity
                public class Clinic {
                    @Id Long id;
                    @Embedded Address address;
                }
                """));
        assertThat(GeneratedSnapshots.schema(compilation, "vet").tables()).extracting(Table::name)
                .containsExactly("clinic");
    }

    @Test
    void aCompositeOrDerivedIdKeysTheAuditTableWithTheRevision() {
        Compilation compilation = compileCleanly(jakarta("vet.Stay", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Stay {
                    @EmbeddedId StayId id;
                    String ward;
                }
                """), jakarta("vet.StayId", """
                @Embeddable
                public class StayId implements java.io.Serializable {
                    Long petId;
                    int night;
                }
                """), jakarta("vet.Chip", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Chip {
                    @Id @OneToOne Stay stay;
                    String code;
                }
                """));
        Table stay = table(compilation, "stay_aud");
        assertThat(stay.columns()).extracting(c -> c.name() + (c.nullable() ? "" : " not null"))
                .containsExactly("rev not null", "revtype", "night not null", "petid not null", "ward");
        assertThat(stay.primaryKey().columns()).containsExactlyInAnyOrder("rev", "night", "petid");
        Table chip = table(compilation, "chip_aud");
        assertThat(chip.columns()).extracting(c -> c.name() + (c.nullable() ? "" : " not null"))
                .containsExactly("rev not null", "revtype", "stay_night not null", "stay_petid not null", "code");
        assertThat(chip.foreignKeys()).extracting(fk -> fk.referencedTable()).containsExactly("revinfo");
    }

    @Test
    void anAuditedOneToOneHasItsJoinColumnInTheAuditTableAndTheMappedBySideNone() {
        Compilation compilation = compileCleanly(jakarta("vet.Pet", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Pet {
                    @Id Long id;
                    @OneToOne Collar collar;
                }
                """), jakarta("vet.Collar", """
                import org.hibernate.envers.Audited;
                @Entity @Audited
                public class Collar {
                    @Id Long id;
                    @OneToOne(mappedBy = "collar") Pet pet;
                }
                """));
        // Without the entity table's unique constraint.
        Table pet = table(compilation, "pet_aud");
        assertThat(pet.columns()).extracting(c -> c.name() + (c.nullable() ? "" : " not null"))
                .containsExactly("rev not null", "revtype", "collar_id", "id not null");
        assertThat(pet.uniqueConstraints()).isEmpty();
        assertThat(table(compilation, "collar_aud").columns()).extracting(Column::name)
                .containsExactly("rev", "revtype", "id");
    }
}
