package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * To-many relations and element collections: join and collection tables named, keyed and
 * constrained as Hibernate builds them (the names below are the ones Hibernate printed for
 * these very mappings).
 */
class CollectionMappingTest {
    private static final JavaFileObject STUDENT = jakarta("school.Student", """
            @Entity
            public class Student {
                @Id Long id;
                @ManyToMany(mappedBy = "enrolledStudents") Set<Course> courses;
            }
            """);

    private static final JavaFileObject COURSE = jakarta("school.Course", """
            @Entity
            public class Course {
                @Id Long id;
                @ManyToMany Set<Student> enrolledStudents;
            }
            """);

    /**
     * In the processor's own column order ({@code legacy}): these tests are about what each table holds;
     * {@code ColumnOrderTest} and the conformance suite check Hibernate's order.
     */
    private static Compilation compileCleanly(JavaFileObject... sources) {
        return compile("jpa", "7", sources);
    }

    private static Compilation compile(String naming, String hibernate, JavaFileObject... sources) {
        Compilation compilation = javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-Amigration.naming=" + naming, "-Amigration.hibernate=" + hibernate,
                        "-Ahibernate.column_ordering_strategy=legacy").compile(sources);
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    @Test
    void aManyToManySetGetsAJoinTableKeyedByBothColumnsNamedAfterTheInverseSide() {
        Table joinTable = table(compileCleanly(STUDENT, COURSE), "school", "course_student");

        assertThat(joinTable).isEqualTo(Schema.builder().table("course_student", t -> t
                .column("courses_id", "bigint", c -> c.notNull())
                .column("enrolledstudents_id", "bigint", c -> c.notNull())
                .primaryKey("course_student_pkey", "courses_id", "enrolledstudents_id")
                .foreignKey("fks7yq2swrenbdpvkwx01j9cg1s", fk -> fk.columns("courses_id").references("course", "id"))
                .foreignKey("fk3jvucan8uxbabrpgcid3r8qf4",
                        fk -> fk.columns("enrolledstudents_id").references("student", "id"))).build().tables().get(0));
    }

    @Test
    void springBootNamesTheJoinTableAfterTheOwningAttribute() {
        Table joinTable = table(compile("spring-boot", "7", STUDENT, COURSE), "school", "course_enrolled_students");

        assertThat(joinTable.columns()).extracting(dev.jpamigrate.schema.Column::name)
                .containsExactly("courses_id", "enrolled_students_id");
        assertThat(joinTable.foreignKeys()).extracting(dev.jpamigrate.schema.ForeignKey::name)
                .containsExactlyInAnyOrder("fk2ovalvo6ygu0w3nk2onpatsoa", "fkkykuue794oyihmg7c2e65d612");
    }

    @Test
    void anExplicitJoinTableNamesItsColumnsKeysAndIndexesAndABagHasNoPrimaryKey() {
        Compilation compilation = compileCleanly(
                jakarta("school.Teacher", """
                        @Entity
                        @Table(name = "teachers")
                        public class Teacher {
                            @Id Integer badge;
                        }
                        """),
                jakarta("school.Course", """
                        @Entity
                        public class Course {
                            @Id Long id;
                            @ManyToMany
                            @JoinTable(name = "course_teacher",
                                    joinColumns = @JoinColumn(name = "course_id", referencedColumnName = "id"),
                                    inverseJoinColumns = @JoinColumn(name = "teacher_badge"),
                                    foreignKey = @ForeignKey(name = "fk_course_teacher_course"),
                                    inverseForeignKey = @ForeignKey(name = "fk_course_teacher_teacher"),
                                    indexes = @Index(columnList = "teacher_badge"))
                            Set<Teacher> teachers;
                            @ManyToMany
                            @JoinTable(schema = "archive", uniqueConstraints = @UniqueConstraint(columnNames = "assistants_badge"))
                            List<Teacher> assistants;
                        }
                        """));

        assertSameSchema(schema(compilation, "school"), Schema.builder()
                .table("course", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("course_pkey", "id"))
                .table("teachers", t -> t.column("badge", "integer", c -> c.notNull()).primaryKey("teachers_pkey", "badge"))
                .table("course_teacher", t -> t
                        .column("course_id", "bigint", c -> c.notNull())
                        .column("teacher_badge", "integer", c -> c.notNull())
                        // Hibernate orders key columns by size, then name: the integer first.
                        .primaryKey("course_teacher_pkey", "teacher_badge", "course_id")
                        .index("idxd53q8bcfw740iich0m8l89lya", "teacher_badge")
                        .foreignKey("fk_course_teacher_course", fk -> fk.columns("course_id").references("course", "id"))
                        .foreignKey("fk_course_teacher_teacher",
                                fk -> fk.columns("teacher_badge").references("teachers", "badge")))
                .table("archive.course_teachers", t -> t
                        .column("course_id", "bigint", c -> c.notNull())
                        .column("assistants_badge", "integer", c -> c.notNull())
                        .unique("course_teachers_assistants_badge_key", "assistants_badge")
                        .foreignKey("fkqodnw7iqkg1hppyikeioji6oy", fk -> fk.columns("course_id").references("course", "id"))
                        .foreignKey("fk9lt4pkob1yjgfquti0up89cvv",
                                fk -> fk.columns("assistants_badge").references("teachers", "badge")))
                .build());
    }

    private static final JavaFileObject BOOK = jakarta("library.Book", """
            @Entity
            public class Book {
                @Id Long id;
            }
            """);

    private static final JavaFileObject AUTHOR = jakarta("library.Author", """
            @Entity
            public class Author {
                @Id Long id;
                @OneToMany @JoinColumn(name = "writtenBy") Set<Book> books;
                @OneToMany @JoinColumn @OrderColumn List<Book> drafts;
                @OneToMany Set<Book> favourites;
            }
            """);

    @Test
    void aOneToManyJoinColumnGoesIntoTheTargetsTableWithTheOrderColumnThatHibernate7Checks() {
        Table book = table(compileCleanly(BOOK, AUTHOR), "library", "book");

        assertThat(book).isEqualTo(Schema.builder().table("book", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("writtenby", "bigint")
                .column("drafts_id", "bigint")
                .column("drafts_order", "integer")
                .primaryKey("book_pkey", "id")
                .check("book_drafts_order_check", "drafts_order >= 0")
                .foreignKey("fkbxylutoba9bxghxtof0pki39i", fk -> fk.columns("writtenby").references("author", "id"))
                .foreignKey("fkl668ivn6uyts4mw2acsl69si6", fk -> fk.columns("drafts_id").references("author", "id")))
                .build().tables().get(0));
        assertThat(table(compile("jpa", "6.6", BOOK, AUTHOR), "library", "book").checks()).isEmpty();
        assertThat(table(compile("jpa", "7.2", BOOK, AUTHOR), "library", "book").checks()).as("before 7.3").isEmpty();
        assertThat(table(compile("jpa", "7.3", BOOK, AUTHOR), "library", "book").checks()).isNotEmpty();
    }

    @Test
    void aOneToManySetJoinTableIsKeyedByTheElementInHibernate74AndByBothColumnsBefore() {
        Table hibernate7 = table(compileCleanly(BOOK, AUTHOR), "library", "author_book");
        Table hibernate66 = table(compile("jpa", "6.6", BOOK, AUTHOR), "library", "author_book");
        Table hibernate73 = table(compile("jpa", "7.3", BOOK, AUTHOR), "library", "author_book");

        assertThat(hibernate7.primaryKey().columns()).containsExactly("favourites_id");
        assertThat(hibernate7.uniqueConstraints()).isEmpty();
        assertThat(hibernate66.primaryKey().columns()).containsExactly("author_id", "favourites_id");
        assertThat(hibernate66.uniqueConstraints()).extracting(u -> u.name())
                .containsExactly("author_book_favourites_id_key");
        assertThat(hibernate73).isEqualTo(hibernate66);
    }

    @Test
    void elementCollectionsGetCollectionTablesKeyedByTheirKind() {
        Compilation compilation = compileCleanly(jakarta("catalog.Label", "public enum Label { NEW, SALE }"),
                jakarta("catalog.Product", """
                        import java.util.Map;

                        @Entity
                        public class Product {
                            @Id Long id;
                            @ElementCollection Set<String> tags;
                            @ElementCollection Set<Integer> ratings;
                            @ElementCollection @Enumerated(EnumType.STRING) Set<Label> labels;
                            @ElementCollection List<LocalDate> restockDates;
                            @ElementCollection
                            @CollectionTable(name = "product_image", joinColumns = @JoinColumn(name = "product_id"),
                                    foreignKey = @ForeignKey(name = "fk_product_image_product"))
                            @Column(name = "url", length = 500, nullable = false)
                            @OrderColumn(name = "position")
                            List<String> images;
                            @ElementCollection
                            @MapKeyColumn(name = "attribute_name", length = 64)
                            @Column(name = "attribute_value")
                            Map<String, String> attributes;
                        }
                        """));
        Schema schema = schema(compilation, "catalog");

        assertThat(schema.table("product_tags").orElseThrow()).isEqualTo(Schema.builder().table("product_tags", t -> t
                .column("product_id", "bigint", c -> c.notNull())
                .column("tags", "varchar(255)")
                // A nullable value cannot be in a primary key; Hibernate 7 makes the pair unique.
                .unique("product_tags_product_id_tags_key", "product_id", "tags")
                .foreignKey("fktn39jalmecc0pfv4sk9kf7tgu", fk -> fk.columns("product_id").references("product", "id")))
                .build().tables().get(0));
        // The unique constraint keeps the owner's column first; only a primary key is sorted by size.
        assertThat(schema.table("product_ratings").orElseThrow().uniqueConstraints().get(0).columns())
                .containsExactly("product_id", "ratings");
        assertThat(schema.table("product_labels").orElseThrow().checks()).extracting(c -> c.expression())
                .containsExactly("labels in ('NEW','SALE')");
        Table restockDates = schema.table("product_restockdates").orElseThrow();
        assertThat(restockDates.primaryKey()).isNull();
        assertThat(restockDates.uniqueConstraints()).isEmpty();
        assertThat(schema.table("product_image").orElseThrow()).isEqualTo(Schema.builder().table("product_image", t -> t
                .column("product_id", "bigint", c -> c.notNull())
                .column("url", "varchar(500)", c -> c.notNull())
                .column("position", "integer", c -> c.notNull())
                .primaryKey("product_image_pkey", "position", "product_id")
                .check("product_image_position_check", "\"position\" >= 0")
                .foreignKey("fk_product_image_product", fk -> fk.columns("product_id").references("product", "id")))
                .build().tables().get(0));
        assertThat(schema.table("product_attributes").orElseThrow()).isEqualTo(Schema.builder()
                .table("product_attributes", t -> t
                        .column("product_id", "bigint", c -> c.notNull())
                        .column("attribute_value", "varchar(255)")
                        .column("attribute_name", "varchar(64)", c -> c.notNull())
                        .primaryKey("product_attributes_pkey", "product_id", "attribute_name")
                        .foreignKey("fk330vqsvoaj18uwr4xthupk0w7",
                                fk -> fk.columns("product_id").references("product", "id")))
                .build().tables().get(0));
    }

    private static final JavaFileObject GUIDE = jakarta("travel.Guide", """
            @Entity
            public class Guide {
                @Id Long id;
            }
            """);

    private static final JavaFileObject POINT = jakarta("travel.Point", """
            @Embeddable
            public class Point {
                Double lat;
                Double lon;
            }
            """);

    private static final JavaFileObject PLACE = jakarta("travel.Place", """
            @Embeddable
            public class Place {
                @Column(nullable = false) String city;
                @Embedded Point point;
                @ManyToOne(optional = false) Guide guide;
            }
            """);

    /** Hibernate takes a @JoinTable on an @ElementCollection as its collection table, as Envers' REVCHANGES has it. */
    @Test
    void aJoinTableOnAnElementCollectionNamesItsCollectionTable() {
        Compilation compilation = compileCleanly(jakarta("audit.Revision", """
                @Entity
                public class Revision {
                    @Id Long id;
                    @ElementCollection
                    @JoinTable(name = "REVCHANGES", joinColumns = @JoinColumn(name = "REV"))
                    @Column(name = "ENTITYNAME")
                    Set<String> entityNames;
                }
                """));

        assertThat(table(compilation, "audit", "revchanges").columns()).extracting(c -> c.name() + " " + c.type())
                .containsExactly("rev bigint", "entityname varchar(255)");
        assertThat(table(compilation, "audit", "revchanges").foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("revision"));
    }

    @Test
    void anEmbeddableElementHasAColumnPerAttributeNestedOnesFlattenedAndAJoinColumnPerManyToOne() {
        JavaFileObject tour = jakarta("travel.Tour", """
                @Entity
                public class Tour {
                    @Id Long id;
                    @ElementCollection
                    @AttributeOverride(name = "point.lat", column = @Column(name = "latitude", nullable = false))
                    @AttributeOverride(name = "point.lon", column = @Column(name = "longitude", nullable = false))
                    Set<Place> places;
                    @ElementCollection
                    @CollectionTable(name = "tour_stop", joinColumns = @JoinColumn(name = "tour"))
                    @OrderColumn
                    List<Place> stops;
                }
                """);
        Compilation compilation = compileCleanly(GUIDE, POINT, PLACE, tour);

        // A set whose element columns are all NOT NULL is keyed by the owner and all of them, in Hibernate's key order.
        assertThat(table(compilation, "travel", "tour_places")).isEqualTo(Schema.builder().table("tour_places", t -> t
                .column("tour_id", "bigint", c -> c.notNull())
                .column("city", "varchar(255)", c -> c.notNull())
                .column("guide_id", "bigint", c -> c.notNull())
                .column("latitude", "float(53)", c -> c.notNull())
                .column("longitude", "float(53)", c -> c.notNull())
                .primaryKey("tour_places_pkey", "tour_id", "guide_id", "latitude", "longitude", "city")
                .foreignKey("fkn8atbue117vg1lg2uyjueaidk", fk -> fk.columns("tour_id").references("tour", "id"))
                .foreignKey("fkrwr5h4rh5j8atww9afdb7bvkp", fk -> fk.columns("guide_id").references("guide", "id")))
                .build().tables().get(0));
        // A list is keyed by the owner and the order column; the columns keep the embeddable's own names, in the
        // order Hibernate binds them: by attribute name, a nested embeddable's at its own name.
        Table stops = table(compilation, "travel", "tour_stop");
        assertThat(stops.columns()).extracting(dev.jpamigrate.schema.Column::name)
                .containsExactly("tour", "city", "guide_id", "lat", "lon", "stops_order");
        assertThat(stops.primaryKey().columns()).containsExactly("stops_order", "tour");
    }

    @Test
    void aMapOfEmbeddablesHasTheKeyColumnAndTheValuesColumnsOverriddenWithTheValuePrefix() {
        JavaFileObject tour = jakarta("travel.Tour", """
                @Entity
                public class Tour {
                    @Id Long id;
                    @ElementCollection
                    @AttributeOverride(name = "value.city", column = @Column(name = "town"))
                    java.util.Map<String, Place> placesByDay;
                }
                """);

        Table table = table(compileCleanly(GUIDE, POINT, PLACE, tour), "travel", "tour_placesbyday");

        assertThat(table.columns()).extracting(dev.jpamigrate.schema.Column::name)
                .containsExactly("tour_id", "town", "guide_id", "lat", "lon", "placesbyday_key");
        assertThat(table.primaryKey().columns()).containsExactly("tour_id", "placesbyday_key");
    }

    @Test
    void aSetOfEmbeddablesWithANullableColumnIsUniqueInHibernate74AndUnkeyedBefore() {
        JavaFileObject tour = jakarta("travel.Tour", """
                @Entity
                public class Tour {
                    @Id Long id;
                    @ElementCollection Set<Place> places;
                }
                """);

        Table hibernate7 = table(compileCleanly(GUIDE, POINT, PLACE, tour), "travel", "tour_places");
        Table hibernate66 = table(compile("jpa", "6.6", GUIDE, POINT, PLACE, tour), "travel", "tour_places");

        assertThat(hibernate7.primaryKey()).isNull();
        assertThat(hibernate7.uniqueConstraints()).singleElement().satisfies(u -> assertThat(u.columns())
                .containsExactly("tour_id", "city", "guide_id", "lat", "lon"));
        assertThat(hibernate66.primaryKey()).isNull();
        assertThat(hibernate66.uniqueConstraints()).isEmpty();
        Table hibernate73 = table(compile("jpa", "7.3", GUIDE, POINT, PLACE, tour), "travel", "tour_places");
        assertThat(hibernate73.primaryKey()).isNull();
        assertThat(hibernate73.uniqueConstraints()).isEmpty();
    }

    @Test
    void mapsAreKeyedByTheirKeyColumnAnEnumOrAnEntity() {
        Compilation compilation = compileCleanly(jakarta("depot.Language", "public enum Language { EN, FR, DE }"),
                jakarta("depot.Product", """
                        import java.util.Map;

                        @Entity
                        public class Product {
                            @Id Long id;
                            @ElementCollection @MapKeyEnumerated(EnumType.STRING) Map<Language, String> descriptions;
                        }
                        """),
                jakarta("depot.Warehouse", """
                        import java.util.Map;

                        @Entity
                        public class Warehouse {
                            @Id Long id;
                            @ElementCollection
                            @CollectionTable(name = "warehouse_stock")
                            @MapKeyJoinColumn(name = "product_id")
                            @Column(name = "quantity")
                            Map<Product, Integer> stock;
                            @ElementCollection Map<Product, Integer> reserved;
                        }
                        """));
        Schema schema = schema(compilation, "depot");

        Table descriptions = schema.table("product_descriptions").orElseThrow();
        assertThat(descriptions.primaryKey().columns()).containsExactly("product_id", "descriptions_key");
        assertThat(descriptions.checks()).extracting(c -> c.expression())
                .containsExactly("descriptions_key in ('EN','FR','DE')");
        assertThat(schema.table("warehouse_stock").orElseThrow()).isEqualTo(Schema.builder()
                .table("warehouse_stock", t -> t
                        .column("warehouse_id", "bigint", c -> c.notNull())
                        .column("quantity", "integer")
                        .column("product_id", "bigint", c -> c.notNull())
                        .primaryKey("warehouse_stock_pkey", "warehouse_id", "product_id")
                        .foreignKey("fk1o1w8fkj7o7irpq6q5rksqdia",
                                fk -> fk.columns("warehouse_id").references("warehouse", "id"))
                        .foreignKey("fkejllfd8yf7yf8ivfwlav8v1kn",
                                fk -> fk.columns("product_id").references("product", "id")))
                .build().tables().get(0));
        // Hibernate's key order compares names case-sensitively: Warehouse_id before reserved_KEY.
        assertThat(schema.table("warehouse_reserved").orElseThrow().primaryKey().columns())
                .containsExactly("warehouse_id", "reserved_key");
    }

    @Test
    void aManyToManyMapKeyedByAnEntityHasAKeyJoinColumnInItsJoinTable() {
        Compilation compilation = compileCleanly(
                jakarta("school.Song", "@Entity public class Song { @Id String isrc; }"),
                jakarta("school.Teacher", "@Entity @Table(name = \"teachers\") public class Teacher { @Id Integer badge; }"),
                jakarta("school.Course", """
                        @Entity
                        public class Course {
                            @Id Long id;
                            @ManyToMany @MapKeyJoinColumn(name = "anthem_isrc") java.util.Map<Song, Teacher> choirLeaders;
                        }
                        """));

        assertThat(table(compilation, "school", "course_teachers")).isEqualTo(Schema.builder()
                .table("course_teachers", t -> t
                        .column("course_id", "bigint", c -> c.notNull())
                        .column("choirleaders_badge", "integer", c -> c.notNull())
                        .column("anthem_isrc", "varchar(255)", c -> c.notNull())
                        .primaryKey("course_teachers_pkey", "course_id", "anthem_isrc")
                        .foreignKey("fkqodnw7iqkg1hppyikeioji6oy", fk -> fk.columns("course_id").references("course", "id"))
                        .foreignKey("fkdme72lpbkm0n62gkgx1s2vlm2",
                                fk -> fk.columns("choirleaders_badge").references("teachers", "badge"))
                        .foreignKey("fkmccbhbgj8u3tdvcxtpvn8nl4p",
                                fk -> fk.columns("anthem_isrc").references("song", "isrc")))
                .build().tables().get(0));
    }

    @Test
    void aMapKeyedByAnAttributeOfTheTargetMakesNoColumn() {
        Compilation compilation = compileCleanly(
                jakarta("hr.Department", """
                        @Entity
                        public class Department {
                            @Id Long id;
                            @OneToMany(mappedBy = "department") @MapKey(name = "badgeCode")
                            java.util.Map<String, Employee> staff;
                        }
                        """),
                jakarta("hr.Employee", """
                        @Entity
                        public class Employee {
                            @Id Long id;
                            String badgeCode;
                            @ManyToOne Department department;
                        }
                        """));

        assertThat(schema(compilation, "hr").tables()).extracting(Table::name).containsExactly("department", "employee");
    }

    @Test
    void theTargetsTableKeepsTheOrderOfAnInverseListAndTheKeyOfAOneToManyMap() {
        Compilation compilation = compileCleanly(
                jakarta("hr.Department", """
                        @Entity
                        public class Department {
                            @Id Long id;
                            @OneToMany(mappedBy = "department") @OrderColumn(name = "seniority") List<Employee> bySeniority;
                            @OneToMany @JoinColumn(name = "badge_of") @MapKeyColumn(name = "badge")
                            java.util.Map<Integer, Employee> byBadge;
                        }
                        """),
                jakarta("hr.Employee", """
                        @Entity
                        public class Employee {
                            @Id Long id;
                            @ManyToOne Department department;
                        }
                        """));

        assertThat(table(compilation, "hr", "employee")).isEqualTo(Schema.builder().table("employee", t -> t
                .column("id", "bigint", c -> c.notNull())
                .column("department_id", "bigint")
                .column("seniority", "integer")
                .column("badge_of", "bigint")
                .column("badge", "integer")
                .primaryKey("employee_pkey", "id")
                .check("employee_seniority_check", "seniority >= 0")
                .foreignKey("fk14tijxqry9ml17nk86sqfp561", fk -> fk.columns("department_id").references("department", "id"))
                .foreignKey("fkhy7i16o9gre5ehs9mi63onvdv",
                        fk -> fk.columns("badge_of").references("department", "id"))).build().tables().get(0));
    }

    @Test
    void theTablesAndJoinColumnsOfAQuotedTableAreQuotedToo() {
        Compilation compilation = compileCleanly(
                jakarta("music.Song", "@Entity public class Song { @Id String isrc; }"),
                jakarta("music.Order", """
                        @Entity
                        @Table(name = "`Order`")
                        public class Order {
                            @Id Long id;
                            @ManyToMany Set<Song> songs;
                            @ElementCollection Set<String> notes;
                        }
                        """));
        Schema schema = schema(compilation, "music");

        assertThat(schema.tables()).extracting(Table::name)
                .containsExactlyInAnyOrder("Order", "song", "Order_Song", "Order_notes");
        assertThat(schema.table("Order_Song").orElseThrow().primaryKey().columns())
                .containsExactly("Order_id", "songs_isrc");
        assertThat(schema.table("Order_Song").orElseThrow().foreignKeys()).extracting(f -> f.name())
                .containsExactlyInAnyOrder("fkswcj2poty0m6r8okj6a4df1j1", "fkdykqos4dosepym5um0v1k5q57");
    }

    /**
     * Hibernate 7 gives the collection and join tables of an entity with {@code @SoftDelete} the entity's indicator
     * (name, strategy, converter) when the entity declares the collection; a collection's own {@code @SoftDelete}
     * wins, and a subclass's collections get none. Hibernate 7.2 and 6.6 give them none.
     */
    @Test
    void anEntitysSoftDeleteFlagsTheCollectionsItDeclaresOnHibernate7() {
        JavaFileObject shelf = jakarta("store.Shelf", """
                @Entity
                @org.hibernate.annotations.SoftDelete(strategy = org.hibernate.annotations.SoftDeleteType.ACTIVE,
                        columnName = "live", converter = org.hibernate.type.YesNoConverter.class)
                public class Shelf {
                    @Id Long id;
                    @ElementCollection Set<String> labels;
                    @ManyToMany Set<Bin> bins;
                    @ElementCollection @org.hibernate.annotations.SoftDelete(columnName = "gone") Set<String> notes;
                }
                """);
        JavaFileObject rack = jakarta("store.Rack", """
                @Entity
                public class Rack extends Shelf {
                    @ElementCollection Set<String> extras;
                }
                """);
        JavaFileObject bin = jakarta("store.Bin", """
                @Entity
                public class Bin {
                    @Id Long id;
                }
                """);
        Compilation hibernate7 = compileCleanly(shelf, rack, bin);
        for (String table : List.of("shelf_labels", "shelf_bin")) {
            Table flagged = table(hibernate7, "store", table);
            assertThat(flagged.columns()).extracting(c -> c.name() + " " + c.type() + " " + c.nullable())
                    .contains("live char(1) false");
            assertThat(flagged.checks()).extracting(c -> c.expression()).contains("live in ('Y','N')");
        }
        assertThat(table(hibernate7, "store", "shelf_notes").columns()).extracting(c -> c.name())
                .contains("gone").doesNotContain("live");
        assertThat(table(hibernate7, "store", "rack_extras").columns()).extracting(c -> c.name())
                .containsExactly("rack_id", "extras");

        Compilation hibernate66 = compile("jpa", "6.6", shelf, rack, bin);
        assertThat(table(hibernate66, "store", "shelf_labels").columns()).extracting(c -> c.name())
                .containsExactly("shelf_id", "labels");
        assertThat(table(hibernate66, "store", "shelf_bin").checks()).isEmpty();
        assertThat(table(compile("jpa", "7.2", shelf, rack, bin), "store", "shelf_labels").columns())
                .extracting(c -> c.name()).containsExactly("shelf_id", "labels");
    }

    private static Table table(Compilation compilation, String packageName, String tableName) {
        return schema(compilation, packageName).table(tableName)
                .orElseThrow(() -> new AssertionError("no table " + tableName));
    }
}
