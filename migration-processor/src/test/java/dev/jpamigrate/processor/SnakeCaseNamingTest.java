package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate 7's own snake-case strategy, {@code PhysicalNamingStrategySnakeCaseImpl}, as Spring
 * PetClinic names it in {@code application.properties}: reproduced without its class on the
 * processor path (the application has hibernate-core on its class path, not on the processor's).
 */
class SnakeCaseNamingTest {
    private static final String STRATEGY = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

    @Test
    void springBootsPhysicalStrategySettingWithHibernatesSnakeCaseGivesHibernatesSchema(@TempDir Path work)
            throws Exception {
        Path resources = Files.createDirectories(work.resolve("resources"));
        Files.writeString(resources.resolve("application.properties"),
                "spring.jpa.hibernate.naming.physical-strategy=" + STRATEGY + "\n");
        ClassDirectoryCompiler clinic = new ClassDirectoryCompiler(work.resolve("clinic")).withResources(resources);
        clinic.compile(jakarta("com.acme.clinic.PetOwner", """
                @Entity
                public class PetOwner {
                    @Id @GeneratedValue Long id;
                    String firstName;
                    @Column(name = "\\"LastName\\"") String lastName;
                    String telephone2Home;
                    @ManyToOne PetOwner referredBy;
                }
                """));

        assertThat(clinic.entitySchema().table("pet_owner").orElseThrow().columns())
                .extracting(c -> c.name())
                .containsExactlyInAnyOrder("id", "first_name", "LastName", "telephone2_home", "referred_by_id");
        try (TestDatabase db = TestDatabase.create()) {
            HibernateSchema.run(db, List.of(Class.forName("com.acme.clinic.PetOwner", true,
                    clinic.classLoaderWithDependencies())), "spring-boot:" + STRATEGY, "create-only");
            SchemaDifference.assertSameSchema(clinic.entitySchema(), db.catalog());
        }
    }
}
