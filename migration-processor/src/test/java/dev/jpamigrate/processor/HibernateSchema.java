package dev.jpamigrate.processor;

import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Runs Hibernate's own schema tool on a database, through the bootstrap API that Hibernate
 * 6.6 and 7 share: {@code create-only} builds the schema Hibernate wants, {@code validate}
 * checks a schema against the entities.
 */
final class HibernateSchema {
    private HibernateSchema() {
    }

    /**
     * @param naming {@code jpa}, {@code spring-boot}, {@code snake-case}, or the class name of a physical naming
     *     strategy, alone (with JPA's implicit naming) or after {@code spring-boot:} (with Spring's)
     */
    static void run(TestDatabase db, List<Class<?>> entities, String naming, String action) {
        run(db, entities, naming, action, Map.of());
    }

    /** @param properties more Hibernate settings, as an application's {@code application.yml} gives them */
    static void run(TestDatabase db, List<Class<?>> entities, String naming, String action,
            Map<String, String> properties) {
        // Hibernate loads some classes by name, so it is given the loader of the compiled fixtures.
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(entities.get(0).getClassLoader()).build();
        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting("hibernate.connection.url", db.url())
                .applySetting("hibernate.connection.username", db.user())
                .applySetting("hibernate.hbm2ddl.auto", action)
                .applySetting("hibernate.hbm2ddl.create_namespaces", "true")
                .applySetting("hibernate.hbm2ddl.halt_on_error", "true");
        if (db.password() != null) {
            settings.applySetting("hibernate.connection.password", db.password());
        }
        if (naming.equals(Naming.Strategy.SPRING_BOOT.option())) {
            // What Spring Boot configures: its physical strategy now lives in Hibernate itself, its implicit one not.
            settings.applySetting("hibernate.physical_naming_strategy",
                    "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
            settings.applySetting("hibernate.implicit_naming_strategy", SpringBootImplicitNaming.class.getName());
        } else if (naming.startsWith(Naming.Strategy.SPRING_BOOT.option() + ":")) {
            // Spring Boot with the application's own physical strategy keeps Spring's implicit naming.
            settings.applySetting("hibernate.physical_naming_strategy", naming.substring(naming.indexOf(':') + 1));
            settings.applySetting("hibernate.implicit_naming_strategy", SpringBootImplicitNaming.class.getName());
        } else if (naming.equals(Naming.Strategy.SNAKE_CASE.option())) {
            settings.applySetting("hibernate.physical_naming_strategy",
                    "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
        } else if (!naming.equals(Naming.Strategy.JPA.option())) {
            settings.applySetting("hibernate.physical_naming_strategy", naming);
        }
        properties.forEach(settings::applySetting);
        // As an application runs: hypersistence-utils' UserTypes load the entity classes through the context loader.
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(entities.get(0).getClassLoader());
        StandardServiceRegistry registry;
        try {
            registry = settings.build();
        } catch (RuntimeException e) {
            thread.setContextClassLoader(context);
            throw e;
        }
        try {
            MetadataSources sources = new MetadataSources(registry);
            Set<String> packages = new TreeSet<>();
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
                packages.add(entity.getPackageName());
            }
            // Package-level generators live in package-info.
            packages.forEach(sources::addPackage);
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            thread.setContextClassLoader(context);
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
