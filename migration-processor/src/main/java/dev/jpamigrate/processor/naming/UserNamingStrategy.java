package dev.jpamigrate.processor.naming;

import dev.jpamigrate.processor.ProcessorOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;

/**
 * The application's own Hibernate {@code PhysicalNamingStrategy}, named by
 * {@code -Amigration.naming=<class>} and found on the annotation processor path, called as
 * Hibernate calls it. Reflection keeps Hibernate off the processor's own dependencies: the
 * strategy's jar brings it. The strategy gets no {@code JdbcEnvironment}, which a compiler
 * does not have; the strategies of Hibernate and Spring Boot do not use it.
 */
public final class UserNamingStrategy implements Naming.PhysicalStrategy {
    public static final String INTERFACE = "org.hibernate.boot.model.naming.PhysicalNamingStrategy";
    private static final String IDENTIFIER = "org.hibernate.boot.model.naming.Identifier";
    private static final String JDBC_ENVIRONMENT = "org.hibernate.engine.jdbc.env.spi.JdbcEnvironment";
    private static final Map<Naming.Kind, String> METHODS = Map.of(
            Naming.Kind.SCHEMA, "toPhysicalSchemaName",
            Naming.Kind.TABLE, "toPhysicalTableName",
            Naming.Kind.SEQUENCE, "toPhysicalSequenceName",
            Naming.Kind.COLUMN, "toPhysicalColumnName");

    private final String className;
    private final Object strategy;
    private final Method toIdentifier;
    private final Method getText;
    private final Method isQuoted;
    private final Map<Naming.Kind, Method> methods;

    private UserNamingStrategy(String className, Object strategy, Class<?> identifier, Class<?> environment)
            throws NoSuchMethodException {
        this.className = className;
        this.strategy = strategy;
        this.toIdentifier = identifier.getMethod("toIdentifier", String.class, boolean.class);
        this.getText = identifier.getMethod("getText");
        this.isQuoted = identifier.getMethod("isQuoted");
        Map<Naming.Kind, Method> found = new EnumMap<>(Naming.Kind.class);
        for (Map.Entry<Naming.Kind, String> method : METHODS.entrySet()) {
            found.put(method.getKey(), strategy.getClass().getMethod(method.getValue(), identifier, environment));
        }
        this.methods = Map.copyOf(found);
    }

    /** The strategy threw; the message says on which name. */
    public static final class Failure extends RuntimeException {
        public Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Loads and creates the strategy.
     *
     * @throws IllegalArgumentException with the reason and the fix, when it cannot
     */
    public static UserNamingStrategy load(String className, ClassLoader loader) {
        String path = "add the jar that holds it, and hibernate-core, to maven-compiler-plugin's"
                + " annotationProcessorPaths next to migration-processor";
        Class<?> type;
        Class<?> strategyInterface;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("-A" + ProcessorOptions.NAMING + "=" + className + " names no class on"
                    + " the annotation processor path (" + e + "): use jpa or spring-boot, or " + path);
        }
        try {
            strategyInterface = Class.forName(INTERFACE, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("The naming strategy " + className + " needs Hibernate's " + INTERFACE
                    + ", which is not on the annotation processor path: " + path);
        }
        if (!strategyInterface.isAssignableFrom(type)) {
            throw new IllegalArgumentException("The naming strategy " + className + " does not implement " + INTERFACE
                    + ": give the class that you set as hibernate.physical_naming_strategy");
        }
        try {
            Object strategy = type.getConstructor().newInstance();
            return new UserNamingStrategy(className, strategy, Class.forName(IDENTIFIER, false, loader),
                    Class.forName(JDBC_ENVIRONMENT, false, loader));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("The naming strategy " + className + " cannot be created (" + e
                    + "): give it a public constructor without parameters");
        }
    }

    @Override
    public Naming.Identifier apply(Naming.Kind kind, Naming.Identifier logical) {
        try {
            Object physical = methods.get(kind).invoke(strategy,
                    toIdentifier.invoke(null, logical.text(), logical.quoted()), null);
            // Hibernate keeps the logical name when a strategy returns none.
            return physical == null ? logical
                    : new Naming.Identifier((String) getText.invoke(physical), (Boolean) isQuoted.invoke(physical));
        } catch (InvocationTargetException e) {
            throw new Failure("The naming strategy " + className + " failed on the " + kind.description() + " "
                    + logical.text() + " (" + e.getCause() + "): it is called without a JdbcEnvironment, which a"
                    + " compiler does not have; make it work without one", e.getCause());
        } catch (IllegalAccessException e) {
            throw new Failure("The naming strategy " + className + " cannot be called (" + e + "): make the class"
                    + " and its methods public", e);
        }
    }
}
