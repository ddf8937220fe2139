package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.SchemaDifference.assertSameSchema;
import static dev.jpamigrate.processor.Sources.jakarta;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.schema.Schema;
import org.junit.jupiter.api.Test;

/** Tables: JPA's default names folded as PostgreSQL stores them, schemas, indexes and unique constraints. */
class TableMappingTest {
    @Test
    void tableNamesComeFromTableOrEntityNameAndFoldToLowerCase() {
        Compilation compilation = compileCleanly(
                jakarta("hr.Employee", "@Entity public class Employee { @Id Long id; }"),
                jakarta("hr.Department", "@Entity(name = \"Dept\") public class Department { @Id Long id; }"),
                jakarta("hr.Office", "@Entity @Table(name = \"OfficeSite\", schema = \"Facilities\")"
                        + " public class Office { @Id Long id; }"));

        assertSameSchema(schema(compilation, "hr"), Schema.builder()
                .table("employee", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("employee_pkey", "id"))
                .table("dept", t -> t.column("id", "bigint", c -> c.notNull()).primaryKey("dept_pkey", "id"))
                .table("facilities.officesite", t -> t.column("id", "bigint", c -> c.notNull())
                        .primaryKey("officesite_pkey", "id"))
                .build());
    }

    @Test
    void indexesAndUniqueConstraintsAreNamedAsGivenOrAsHibernateAndPostgresNameThem() {
        Compilation compilation = compileCleanly(jakarta("crm.Customer", """
                @Entity
                @Table(indexes = {
                        @Index(columnList = "lastName, firstName"),
                        @Index(name = "idx_named", columnList = "email DESC"),
                        @Index(columnList = "code", unique = true),
                        @Index(name = "Code2_Unique", columnList = "code2", unique = true)},
                    uniqueConstraints = {
                        @UniqueConstraint(columnNames = {"lastName", "firstName"}),
                        @UniqueConstraint(name = "UK_Named", columnNames = "phone")})
                public class Customer {
                    @Id Long id;
                    String firstName;
                    String lastName;
                    String email;
                    String phone;
                    String code;
                    String code2;
                }
                """));

        assertSameSchema(schema(compilation, "crm"), Schema.builder()
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("firstname", "varchar(255)")
                        .column("lastname", "varchar(255)")
                        .column("email", "varchar(255)")
                        .column("phone", "varchar(255)")
                        .column("code", "varchar(255)")
                        .column("code2", "varchar(255)")
                        .primaryKey("customer_pkey", "id")
                        // Hibernate 7.4 writes an unnamed unique inline; PostgreSQL names it.
                        .unique("customer_lastname_firstname_key", "lastname", "firstname")
                        .unique("uk_named", "phone")
                        // A unique @Index is a UNIQUE constraint in Hibernate.
                        .unique("customer_code_key", "code")
                        .unique("code2_unique", "code2")
                        .index("idxbrea4uoklramb0522bbecshen", "lastname", "firstname")
                        .index("idx_named", "email desc"))
                .build());
    }

    @Test
    void theIndexHashIsOverTheColumnListAsWritten() {
        Compilation compilation = compileCleanly(jakarta("crm.F", """
                @Entity
                @Table(name = "Fee", indexes = @Index(columnList = "LASTNAME desc, first_name"))
                public class F {
                    @Id Long id;
                    String lastName;
                    @Column(name = "first_name") String firstName;
                }
                """));

        assertSameSchema(schema(compilation, "crm"), Schema.builder()
                .table("fee", t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("lastname", "varchar(255)")
                        .column("first_name", "varchar(255)")
                        .primaryKey("fee_pkey", "id")
                        .index("idx82fowy744ii5uujkr9llxd50k", "lastname desc", "first_name"))
                .build());
    }

    @Test
    void longConstraintNamesAreShortenedAsPostgresShortensThem() {
        Compilation compilation = compileCleanly(
                jakarta("crm.Level", "public enum Level { A, B }"),
                jakarta("crm.LongTableNameEntityThatIsQuiteLongIndeedMoreThanFortyCharacters", """
                        @Entity
                        public class LongTableNameEntityThatIsQuiteLongIndeedMoreThanFortyCharacters {
                            @Id Long id;
                            @Column(unique = true) String averyveryverylongcolumnnamenumberoneisherewithmanyletters;
                            Level st;
                        }
                        """));

        String table = "longtablenameentitythatisquitelongindeedmorethanfortycharacters";
        assertSameSchema(schema(compilation, "crm"), Schema.builder()
                .table(table, t -> t
                        .column("id", "bigint", c -> c.notNull())
                        .column("averyveryverylongcolumnnamenumberoneisherewithmanyletters", "varchar(255)")
                        .column("st", "smallint")
                        .primaryKey("longtablenameentitythatisquitelongindeedmorethanfortychara_pkey", "id")
                        .unique("longtablenameentitythatisquit_averyveryverylongcolumnnamenu_key",
                                "averyveryverylongcolumnnamenumberoneisherewithmanyletters")
                        .check("longtablenameentitythatisquitelongindeedmorethanfortyc_st_check", "st between 0 and 1"))
                .build());
    }
}
