package dev.jpamigrate.processor;

import dev.jpamigrate.processor.Attribute.GeneratedValueSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides how Hibernate generates an entity's id: which {@code @SequenceGenerator} a
 * {@code @GeneratedValue} means, and the implied {@code <table>_SEQ}. Hibernate 7 looks a
 * name up on the id field, the class and the package, and without a name takes the only
 * generator declared there; Hibernate 6.6 looks names up in the whole persistence unit,
 * and without a name always takes the implied sequence.
 */
final class IdGenerators {
    private final Map<String, Declared> declared;
    private final ProcessorOptions.HibernateVersion hibernate;

    /** A generator declared on an entity of this module (on its class or id field), with that entity. */
    record Declared(SequenceGeneratorSpec generator, String owner) {
    }

    /**
     * @param declared every generator name declared on an entity of this module, for
     *     Hibernate 6.6's global look-up, and to explain a name that Hibernate 7 would not find
     */
    IdGenerators(Map<String, Declared> declared, ProcessorOptions.HibernateVersion hibernate) {
        this.declared = Map.copyOf(declared);
        this.hibernate = hibernate;
    }

    /** Whether Hibernate creates the generators declared on a class even when no id uses them. */
    boolean createsUnusedClassGenerators() {
        return hibernate == ProcessorOptions.HibernateVersion.V7;
    }

    IdGeneration of(EntityClass entity, Attribute id) {
        GeneratedValueSpec generated = id.generatedValue();
        if (generated == null) {
            return new IdGeneration.None();
        }
        JavaType type = id.type();
        boolean textual = type.name().equals("java.util.UUID") || type.name().equals("java.lang.String");
        return switch (generated.strategy()) {
            case IDENTITY -> ColumnTypes.isIntegral(type) ? new IdGeneration.Identity()
                    : invalid(generated, "GenerationType.IDENTITY needs an integral id (long, int, short or their"
                            + " wrappers), and " + id.name() + " is " + type.name()
                            + ": change the id type, or use @GeneratedValue without a strategy for a UUID");
            case UUID -> textual ? new IdGeneration.None()
                    : invalid(generated, "GenerationType.UUID needs a java.util.UUID or String id, and " + id.name()
                            + " is " + type.name() + ": change the id type or the strategy");
            case TABLE -> invalid(generated, "JPA Migrate does not support GenerationType.TABLE yet:"
                    + " use GenerationType.SEQUENCE or IDENTITY");
            case AUTO, SEQUENCE -> {
                if (textual && generated.strategy() == Attribute.Strategy.AUTO) {
                    yield new IdGeneration.None();
                }
                if (!ColumnTypes.isIntegral(type)) {
                    yield invalid(generated, "GenerationType." + generated.strategy() + " draws numbers from a sequence,"
                            + " and id " + id.name() + " is " + type.name() + ": use a long or int id, or"
                            + " @GeneratedValue(strategy = GenerationType.UUID) for a UUID");
                }
                yield sequence(entity, id, generated);
            }
        };
    }

    private IdGeneration sequence(EntityClass entity, Attribute id, GeneratedValueSpec generated) {
        if (generated.generator() != null) {
            String name = generated.generator();
            Optional<SequenceGeneratorSpec> declared = Stream.of(id.sequenceGenerators(), entity.classGenerators(),
                            entity.packageGenerators())
                    .flatMap(List::stream)
                    .filter(g -> g.name().equals(name))
                    .findFirst();
            if (declared.isPresent()) {
                return new IdGeneration.FromSequence(declared.get());
            }
            Declared elsewhere = this.declared.get(name);
            if (elsewhere != null && hibernate == ProcessorOptions.HibernateVersion.V6_6) {
                return new IdGeneration.FromSequence(elsewhere.generator());
            }
            String owner = elsewhere == null ? null : elsewhere.owner();
            if (owner != null) {
                return invalid(generated, "@GeneratedValue(generator = \"" + name + "\") names the @SequenceGenerator of "
                        + owner + ", which Hibernate 7 does not look up from " + entity.qualifiedName()
                        + " (it would create a sequence \"" + name + "\" with the defaults instead): declare the"
                        + " @SequenceGenerator on this entity's class or @Id field");
            }
            // Hibernate's own fallback for a name declared nowhere: a sequence of that name with JPA's defaults.
            return new IdGeneration.FromSequence(new SequenceGeneratorSpec(name, name, null, 1, 50, generated.origin()));
        }
        for (List<SequenceGeneratorSpec> scope : hibernate == ProcessorOptions.HibernateVersion.V6_6 ? List.<List<SequenceGeneratorSpec>>of()
                : List.of(id.sequenceGenerators(), entity.classGenerators(), entity.packageGenerators())) {
            if (scope.size() == 1) {
                return new IdGeneration.FromSequence(scope.get(0));
            }
            if (scope.size() > 1) {
                return invalid(generated, "@GeneratedValue names no generator and " + scope.size()
                        + " @SequenceGenerators are in scope: name one with generator = \"...\"");
            }
        }
        String implicit = HibernateNames.implicitSequence(entity.logicalTableName());
        return new IdGeneration.FromSequence(new SequenceGeneratorSpec(implicit, implicit, null, 1, 50, generated.origin()));
    }

    private static IdGeneration invalid(GeneratedValueSpec generated, String message) {
        return new IdGeneration.Invalid(message, generated.origin());
    }
}
