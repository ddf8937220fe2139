package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.model.Attribute.GeneratedValueSpec;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.GeneratorSpec;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.SequenceGeneratorSpec;
import dev.jpamigrate.processor.model.TableGeneratorSpec;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.settings.Setting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides how Hibernate generates an entity's id: which {@code @SequenceGenerator} or
 * {@code @TableGenerator} a {@code @GeneratedValue} means, and the implied
 * {@code <table>_SEQ} or {@code hibernate_sequences}. Hibernate 7 looks a name up on the id
 * field, the class and the package, and without a name takes the only generator of the
 * strategy's kind declared there; Hibernate 6.6 looks names up in the whole persistence
 * unit, and without a name always takes the implied one. A name finds a generator of
 * either kind, whatever the strategy.
 */
public final class IdGenerators {
    private final Map<String, Declared> declared;
    private final ProcessorOptions.HibernateVersion hibernate;
    private final Naming naming;
    private final Setting idStructure;

    /** A generator declared on an entity of this module (on its class or id field), with that entity. */
    public record Declared(GeneratorSpec generator, String owner) {
    }

    /**
     * @param declared every generator name declared on an entity of this module, for
     *     Hibernate 6.6's global look-up, and to explain a name that Hibernate 7 would not find
     */
    public IdGenerators(Map<String, Declared> declared, ProcessorOptions.HibernateVersion hibernate, Naming naming) {
        this(declared, hibernate, naming, null);
    }

    /**
     * @param idStructure {@code hibernate.id.db_structure_naming_strategy} when it is {@code legacy}
     *     or {@code single}, whose implicit sequence names JPA Migrate does not reproduce; else null
     */
    public IdGenerators(Map<String, Declared> declared, ProcessorOptions.HibernateVersion hibernate, Naming naming,
            Setting idStructure) {
        this.declared = Map.copyOf(declared);
        this.hibernate = hibernate;
        this.naming = naming;
        this.idStructure = idStructure;
    }

    public IdGeneration of(EntityClass entity, Attribute id) {
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
            case AUTO, SEQUENCE, TABLE -> {
                if (textual && generated.strategy() == Attribute.Strategy.AUTO) {
                    yield new IdGeneration.None();
                }
                if (!ColumnTypes.isIntegral(type)) {
                    String source = generated.strategy() == Attribute.Strategy.TABLE ? "a table" : "a sequence";
                    yield invalid(generated, "GenerationType." + generated.strategy() + " draws numbers from " + source
                            + ", and id " + id.name() + " is " + type.name() + ": use a long or int id, or"
                            + " @GeneratedValue(strategy = GenerationType.UUID) for a UUID");
                }
                yield generator(entity, id, generated);
            }
        };
    }

    private IdGeneration generator(EntityClass entity, Attribute id, GeneratedValueSpec generated) {
        boolean table = generated.strategy() == Attribute.Strategy.TABLE;
        if (generated.generator() != null) {
            String name = generated.generator();
            Optional<GeneratorSpec> declared = Stream.of(id.generators(), entity.classGenerators(),
                            entity.packageGenerators())
                    .flatMap(List::stream)
                    .filter(g -> g.name().equals(name))
                    .findFirst();
            if (declared.isPresent()) {
                return from(declared.get());
            }
            Declared elsewhere = this.declared.get(name);
            if (elsewhere != null && hibernate == ProcessorOptions.HibernateVersion.V6_6) {
                return from(elsewhere.generator());
            }
            String owner = elsewhere == null ? null : elsewhere.owner();
            if (owner != null) {
                return invalid(generated, "@GeneratedValue(generator = \"" + name + "\") names the generator of "
                        + owner + ", which Hibernate 7 does not look up from " + entity.qualifiedName()
                        + " (it would create a generator \"" + name + "\" with the defaults instead): declare the"
                        + " generator on this entity's class or @Id field");
            }
            if (!table && idStructure != null) {
                return implicitSequenceUnknown(generated);
            }
            // Hibernate's own fallback for a name declared nowhere: a generator of that name with JPA's defaults.
            return table ? new IdGeneration.FromTable(TableGeneratorSpec.implicit(generated.origin()))
                    : new IdGeneration.FromSequence(new SequenceGeneratorSpec(name, name, null, 1, 50, generated.origin()));
        }
        for (List<GeneratorSpec> candidates : hibernate == ProcessorOptions.HibernateVersion.V6_6 ? List.<List<GeneratorSpec>>of()
                : List.of(id.generators(), entity.classGenerators(), entity.packageGenerators())) {
            List<GeneratorSpec> scope = candidates.stream().filter(g -> matches(generated.strategy(), g)).toList();
            if (scope.size() == 1) {
                return from(scope.get(0));
            }
            if (scope.size() > 1) {
                return invalid(generated, "@GeneratedValue names no generator and " + scope.size()
                        + " generators are in scope: name one with generator = \"...\"");
            }
        }
        if (table) {
            return new IdGeneration.FromTable(TableGeneratorSpec.implicit(generated.origin()));
        }
        if (idStructure != null) {
            return implicitSequenceUnknown(generated);
        }
        // Hibernate names it after the table's physical name, which the sequence's naming then changes again.
        String implicit = HibernateNames.implicitSequence(Naming.text(naming.physicalTable(entity.logicalTableName())));
        return new IdGeneration.FromSequence(new SequenceGeneratorSpec(implicit, implicit, null, 1, 50, generated.origin()));
    }

    /** Without a name, SEQUENCE and TABLE take a generator of their kind, and AUTO either kind. */
    private static boolean matches(Attribute.Strategy strategy, GeneratorSpec generator) {
        return switch (strategy) {
            case SEQUENCE -> generator instanceof SequenceGeneratorSpec;
            case TABLE -> generator instanceof TableGeneratorSpec;
            default -> true;
        };
    }

    private static IdGeneration from(GeneratorSpec generator) {
        return generator instanceof TableGeneratorSpec table ? new IdGeneration.FromTable(table)
                : new IdGeneration.FromSequence((SequenceGeneratorSpec) generator);
    }

    private IdGeneration implicitSequenceUnknown(GeneratedValueSpec generated) {
        return invalid(generated, "This id draws from a sequence that " + idStructure.describe() + " names as Hibernate"
                + " 5 did, which JPA Migrate does not reproduce yet: declare it with @SequenceGenerator(name = ...,"
                + " sequenceName = ...) on the id, and name it in @GeneratedValue(generator = ...)");
    }

    private static IdGeneration invalid(GeneratedValueSpec generated, String message) {
        return new IdGeneration.Invalid(message, generated.origin());
    }
}
