package dev.jpamigrate.processor.naming;

import dev.jpamigrate.processor.ProcessorOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.EnumMap;
import java.util.Map;

/**
 * The application's own Hibernate {@code PhysicalNamingStrategy}, named by
 * {@code -Amigration.naming=<class>} and found on the annotation processor path, called as
 * Hibernate calls it. Reflection keeps Hibernate off the processor's own dependencies: the
 * strategy's jar brings it. A compiler has no database, so the strategy gets a {@code JdbcEnvironment} that
 * offers only its {@code IdentifierHelper}'s {@code toIdentifier}, as applications' strategies call it
 * ({@code jdbcEnvironment.getIdentifierHelper().toIdentifier(text)}, OpenLMIS's): without global quoting or
 * keyword quoting, Hibernate's defaults. The strategies of Hibernate and Spring Boot use none of it.
 */
public final class UserNamingStrategy implements Naming.PhysicalStrategy {
    public static final String INTERFACE = "org.hibernate.boot.model.naming.PhysicalNamingStrategy";
    private static final String IDENTIFIER = "org.hibernate.boot.model.naming.Identifier";
    private static final String JDBC_ENVIRONMENT = "org.hibernate.engine.jdbc.env.spi.JdbcEnvironment";
    private static final String IDENTIFIER_HELPER = "org.hibernate.engine.jdbc.env.spi.IdentifierHelper";
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
    private final Object environment;

    private UserNamingStrategy(String className, Object strategy, Class<?> identifier, Class<?> environment,
            Class<?> identifierHelper) throws NoSuchMethodException {
        this.className = className;
        this.strategy = strategy;
        this.toIdentifier = identifier.getMethod("toIdentifier", String.class, boolean.class);
        this.environment = environment(environment, identifierHelper, identifier.getMethod("toIdentifier",
                String.class), toIdentifier);
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
                    Class.forName(JDBC_ENVIRONMENT, false, loader), Class.forName(IDENTIFIER_HELPER, false, loader));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("The naming strategy " + className + " cannot be created (" + e
                    + "): give it a public constructor without parameters");
        }
    }

    /** A JdbcEnvironment whose IdentifierHelper makes identifiers as Hibernate's does by default; nothing else. */
    private static Object environment(Class<?> environment, Class<?> identifierHelper, Method ofText,
            Method ofTextQuoted) {
        Object helper = Proxy.newProxyInstance(identifierHelper.getClassLoader(), new Class<?>[] {identifierHelper},
                (proxy, method, args) -> switch (method.getName() + (args == null ? 0 : args.length)) {
                    case "toIdentifier1" -> ofText.invoke(null, args[0]);
                    case "toIdentifier2" -> ofTextQuoted.invoke(null, args[0], args[1]);
                    case "normalizeQuoting1" -> args[0];
                    default -> unavailable(proxy, method, args);
                });
        return Proxy.newProxyInstance(environment.getClassLoader(), new Class<?>[] {environment},
                (proxy, method, args) -> method.getName().equals("getIdentifierHelper") && args == null ? helper
                        : unavailable(proxy, method, args));
    }

    private static Object unavailable(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "toString" -> "JdbcEnvironment of JPA Migrate's processor";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(method.getDeclaringClass().getSimpleName() + "."
                    + method.getName() + "() needs a database");
        };
    }

    @Override
    public Naming.Identifier apply(Naming.Kind kind, Naming.Identifier logical) {
        try {
            Object physical = methods.get(kind).invoke(strategy,
                    toIdentifier.invoke(null, logical.text(), logical.quoted()), environment);
            // Hibernate keeps the logical name when a strategy returns none.
            return physical == null ? logical
                    : new Naming.Identifier((String) getText.invoke(physical), (Boolean) isQuoted.invoke(physical));
        } catch (InvocationTargetException e) {
            throw new Failure("The naming strategy " + className + " failed on the " + kind.description() + " "
                    + logical.text() + " (" + e.getCause() + "): a compiler has no database, so its JdbcEnvironment"
                    + " offers only getIdentifierHelper().toIdentifier(...); make it work with that", e.getCause());
        } catch (IllegalAccessException e) {
            throw new Failure("The naming strategy " + className + " cannot be called (" + e + "): make the class"
                    + " and its methods public", e);
        }
    }
}
