package dev.jpamigrate.processor.model;

import java.util.Map;

/**
 * Hibernate's {@code @GenericGenerator}: a generator class, named by strategy ({@code "uuid2"},
 * {@code "sequence"}, a class name) or by {@code type}, with its {@code @Parameter}s. What it
 * creates in the database is decided when it is read, from the class it names.
 *
 * @param strategy the strategy or class as written, for messages
 * @param kind what the generator creates in the database
 * @param parameters the {@code @Parameter}s, by name
 * @param refusal for {@link Kind#REFUSED}, why JPA Migrate cannot know its schema and what to write instead
 * @param overrides the application's {@code configure} methods of a sequence or table generator class
 */
public record GenericGeneratorSpec(String name, String strategy, Kind kind, Map<String, String> parameters,
        String refusal, ConfigureOverrides overrides, Origin origin) implements GeneratorSpec {
    /** What a generator class creates in the database. */
    public enum Kind {
        /** A sequence: SequenceStyleGenerator and its subclasses ({@code "native"} on PostgreSQL). */
        SEQUENCE,
        /** A row of a table: the enhanced TableGenerator and its subclasses. */
        TABLE,
        /** An identity column (Hibernate 7; Hibernate 6.6 draws from a sequence instead). */
        IDENTITY,
        /** Nothing: the value is made in Java (UUIDs, increment, assigned, foreign). */
        NONE,
        /** A schema JPA Migrate cannot know: see {@code refusal}. */
        REFUSED
    }

    /**
     * The application classes that override how Hibernate sets the generator up, which may create other objects than
     * the parameters say (JPA Migrate cannot read a method's body at compile time).
     *
     * @param legacy the class declaring {@code configure(Type, Properties, ServiceRegistry)}, which Hibernate 6 calls;
     *     Hibernate 7's TableGenerator and SequenceStyleGenerator never call it
     * @param creation the class declaring {@code configure(GeneratorCreationContext, Properties)}, which Hibernate 7
     *     calls
     */
    public record ConfigureOverrides(String legacy, String creation) {
        public static final ConfigureOverrides NONE = new ConfigureOverrides(null, null);
    }

    public GenericGeneratorSpec {
        parameters = Map.copyOf(parameters);
    }

    @Override
    public String schema() {
        return parameters.get("schema");
    }
}
