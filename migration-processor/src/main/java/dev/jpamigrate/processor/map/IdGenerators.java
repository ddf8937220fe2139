package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.model.Attribute.GeneratedValueSpec;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.GenericGeneratorSpec;
import dev.jpamigrate.processor.model.GeneratorSpec;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.NativeGeneratorSpec;
import dev.jpamigrate.processor.model.SequenceGeneratorSpec;
import dev.jpamigrate.processor.model.TableGeneratorSpec;
import dev.jpamigrate.processor.naming.HibernateNames;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.settings.IdStructure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Decides how Hibernate generates an entity's id: which {@code @SequenceGenerator} or
 * {@code @TableGenerator} a {@code @GeneratedValue} means, and the implied
 * {@code <table>_SEQ} or {@code hibernate_sequences}. Hibernate 7 looks a name up on the id
 * field, the class and the package, and without a name takes the only generator of the
 * strategy's kind declared there; Hibernate 6.6 looks names up in the whole persistence
 * unit, and without a name always takes the implied one. A name finds a generator of
 * any kind, whatever the strategy. Names the mapping leaves out, and the increment of a
 * generator that gives none, follow {@code hibernate.id.db_structure_naming_strategy}.
 */
public final class IdGenerators {
    /** Hibernate 5's sequence, and the one sequence of {@code single}. */
    static final String HIBERNATE_SEQUENCE = "hibernate_sequence";
    /** The id types Hibernate generates a UUID for under {@code GenerationType.AUTO} (a String: 7 only). */
    private static final Set<String> TEXTUAL = Set.of("java.util.UUID", "java.lang.String");
    /** The declared id types Hibernate 7's UUID generator converts to. */
    private static final Set<String> UUID_CONVERTIBLE = Set.of("java.util.UUID", "java.lang.String", "byte[]");

    private final Map<String, Declared> declared;
    private final ProcessorOptions.HibernateVersion hibernate;
    private final Naming naming;
    private final IdStructure idStructure;

    /** A generator declared on an entity of this module (on its class or id field), with that entity. */
    public record Declared(GeneratorSpec generator, String owner) {
    }

    /**
     * @param declared every generator name declared on an entity of this module, for
     *     Hibernate 6.6's global look-up, and to explain a name that Hibernate 7 would not find
     */
    public IdGenerators(Map<String, Declared> declared, ProcessorOptions.HibernateVersion hibernate, Naming naming) {
        this(declared, hibernate, naming, IdStructure.STANDARD);
    }

    /** @param idStructure {@code hibernate.id.db_structure_naming_strategy} */
    public IdGenerators(Map<String, Declared> declared, ProcessorOptions.HibernateVersion hibernate, Naming naming,
            IdStructure idStructure) {
        this.declared = Map.copyOf(declared);
        this.hibernate = hibernate;
        this.naming = naming;
        this.idStructure = idStructure;
    }

    public IdGeneration of(EntityClass entity, Attribute id) {
        GeneratedValueSpec generated = id.generatedValue();
        Optional<NativeGeneratorSpec> nativeGenerator = nativeGenerator(entity, id);
        if (nativeGenerator.isPresent()) {
            return nativeSequence(entity, nativeGenerator.get());
        }
        if (generated == null) {
            return new IdGeneration.None();
        }
        JavaType type = id.type();
        boolean textual = TEXTUAL.contains(type.name());
        GeneratorSpec named = generated.generator() == null ? null : named(entity, id, generated.generator());
        boolean v6 = hibernate == ProcessorOptions.HibernateVersion.V6_6;
        // Hibernate 6.6 lets a @GenericGenerator decide whatever the strategy; 7 only for AUTO (and IDENTITY is
        // an identity column), and for SEQUENCE or TABLE makes a generator of that kind with the name.
        if (named instanceof GenericGeneratorSpec generic && (v6 || generated.strategy() == Attribute.Strategy.AUTO)) {
            return generic.kind() == GenericGeneratorSpec.Kind.IDENTITY && generated.strategy() != Attribute.Strategy.AUTO
                    ? new IdGeneration.Identity() : generic(entity, id, generic);
        }
        return switch (generated.strategy()) {
            case IDENTITY -> ColumnTypes.isIntegral(type) ? new IdGeneration.Identity()
                    : invalid(generated, "GenerationType.IDENTITY needs an integral id (long, int, short or their"
                            + " wrappers), and " + id.name() + " is " + type.name()
                            + ": change the id type, or use @GeneratedValue without a strategy for a UUID");
            case UUID -> !textual
                    ? invalid(generated, "GenerationType.UUID needs a java.util.UUID or String id, and " + id.name()
                            + " is " + type.name() + ": change the id type or the strategy")
                    : uuidOfTypeVariable(id) ? invalid(generated, "Hibernate 7 fails on GenerationType.UUID for id "
                            + id.name() + ", which " + simpleName(id.declaringClass()) + " declares as a type variable ("
                            + generated.declaredType() + "): its UUID generator converts to the declared type"
                            + " (\"Unanticipated return type [" + generated.declaredType() + "] for UUID conversion\"):"
                            + " bound the type variable by UUID (<ID extends UUID>), or declare the id in the entity")
                    : new IdGeneration.None();
            case AUTO, SEQUENCE, TABLE -> {
                boolean fromGenerator = stringFromGenerator(entity, id) || numbersForTypeVariable(id);
                if (textual && generated.strategy() == Attribute.Strategy.AUTO && !fromGenerator) {
                    yield new IdGeneration.None();
                }
                if (!ColumnTypes.isIntegral(type) && !fromGenerator) {
                    String source = generated.strategy() == Attribute.Strategy.TABLE ? "a table" : "a sequence";
                    yield invalid(generated, "GenerationType." + generated.strategy() + " draws numbers from " + source
                            + ", and id " + id.name() + " is " + type.name() + ": use a long or int id, or"
                            + " @GeneratedValue(strategy = GenerationType.UUID) for a UUID");
                }
                yield generator(entity, id, generated);
            }
        };
    }

    /**
     * Why Hibernate 7 ignores the {@code @GenericGenerator} this id names, which is worth a warning:
     * under strategy SEQUENCE or TABLE it makes a generator of that kind named after it instead (as
     * {@link #of} maps it), where Hibernate 5 and 6 took the {@code @GenericGenerator}; else empty.
     */
    public Optional<String> ignoredGenericGenerator(EntityClass entity, Attribute id) {
        GeneratedValueSpec generated = id.generatedValue();
        if (generated == null || generated.generator() == null || hibernate == ProcessorOptions.HibernateVersion.V6_6
                || (generated.strategy() != Attribute.Strategy.SEQUENCE && generated.strategy() != Attribute.Strategy.TABLE)
                || !(named(entity, id, generated.generator()) instanceof GenericGeneratorSpec)
                || nativeGenerator(entity, id).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("Hibernate 7 ignores @GenericGenerator(name = \"" + generated.generator() + "\") under"
                + " GenerationType." + generated.strategy() + " and creates a " + (generated.strategy()
                == Attribute.Strategy.SEQUENCE ? "sequence" : "table") + " \"" + generated.generator() + "\" with JPA's"
                + " defaults instead (Hibernate 6 took the generator), and JPA Migrate maps what Hibernate 7 does:"
                + " remove the strategy from @GeneratedValue to keep the generator");
    }

    /**
     * Why Hibernate 7 sets this id's generator up otherwise than Hibernate 6, which is worth a warning: its class
     * overrides {@code configure(Type, Properties, ServiceRegistry)}, which Hibernate 7's TableGenerator and
     * SequenceStyleGenerator no longer call, so the generator takes its @Parameters (and Hibernate's defaults) as they
     * are, as {@link #of} maps it; else empty.
     */
    public Optional<String> uncalledConfigure(EntityClass entity, Attribute id) {
        GeneratedValueSpec generated = id.generatedValue();
        if (generated == null || generated.generator() == null || hibernate == ProcessorOptions.HibernateVersion.V6_6
                || generated.strategy() != Attribute.Strategy.AUTO
                || !(named(entity, id, generated.generator()) instanceof GenericGeneratorSpec generic)
                || generic.overrides().legacy() == null || generic.overrides().creation() != null
                || nativeGenerator(entity, id).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("Hibernate 7 does not call " + generic.overrides().legacy() + ".configure(Type, Properties,"
                + " ServiceRegistry) (Hibernate 6 did): @GenericGenerator(name = \"" + generic.name() + "\") takes its"
                + " @Parameters and Hibernate's defaults as they are, and JPA Migrate maps what Hibernate 7 does; give"
                + " what that method sets as @Parameters to keep the database objects Hibernate 6 used");
    }

    /** The {@code configure} method through which this Hibernate version sets a generator up. */
    private String configureSignature() {
        return hibernate == ProcessorOptions.HibernateVersion.V6_6 ? "configure(Type, Properties, ServiceRegistry)"
                : "configure(GeneratorCreationContext, Properties)";
    }

    /**
     * Whether Hibernate gives this String id under {@code GenerationType.AUTO} what it gives a number, a generator of
     * numbers: Hibernate 6.6 always (the generator the id names, else the implied sequence), as it generates a UUID under
     * AUTO for a {@code java.util.UUID} id alone; Hibernate 7 when the id names a {@code @SequenceGenerator} or
     * {@code @TableGenerator} it finds (else it generates a UUID string).
     */
    private boolean stringFromGenerator(EntityClass entity, Attribute id) {
        GeneratedValueSpec generated = id.generatedValue();
        if (!id.type().name().equals("java.lang.String") || generated == null
                || generated.strategy() != Attribute.Strategy.AUTO) {
            return false;
        }
        if (hibernate == ProcessorOptions.HibernateVersion.V6_6) {
            return true;
        }
        GeneratorSpec named = generated.generator() == null ? null : named(entity, id, generated.generator());
        return named instanceof SequenceGeneratorSpec || named instanceof TableGeneratorSpec;
    }

    /**
     * Whether Hibernate 7 fails to make the UUID generator of this id: {@code UuidGenerator} converts UUIDs to the type
     * the id's class declares, a type variable's bound ({@code determineProperTransformer}: a {@code UUID}, a
     * {@code String} or a {@code byte[]}, else "Unanticipated return type"), where Hibernate 6.6 takes the resolved type.
     */
    private boolean uuidOfTypeVariable(Attribute id) {
        return hibernate != ProcessorOptions.HibernateVersion.V6_6
                && !UUID_CONVERTIBLE.contains(id.generatedValue().declaredType());
    }

    /**
     * Whether Hibernate 7 gives this UUID or String id under {@code GenerationType.AUTO} (and no generator name) a
     * generator of numbers because its class declares it as a type variable: it asks the declared type, the variable's
     * bound ({@code IdGeneratorResolverSecondPass.handleAsUuid}: {@code MemberDetails.getType().isImplementor(UUID)}),
     * so Spring Data's {@code AbstractPersistable<UUID>}, whose {@code PK} is bound by {@code Serializable}, gets the
     * implied sequence. Hibernate 6.6 asks the type resolved for the entity, a UUID.
     */
    private boolean numbersForTypeVariable(Attribute id) {
        GeneratedValueSpec generated = id.generatedValue();
        return hibernate != ProcessorOptions.HibernateVersion.V6_6 && generated != null
                && generated.strategy() == Attribute.Strategy.AUTO && generated.generator() == null
                && TEXTUAL.contains(id.type().name()) && !TEXTUAL.contains(generated.declaredType());
    }

    /**
     * Why this UUID or String id is worth a warning: Hibernate 7 gives it a sequence (see {@link
     * #numbersForTypeVariable}), and cannot put a number into it: the first insert fails; else empty.
     */
    public Optional<String> typeVariableIdFromGenerator(EntityClass entity, Attribute id) {
        if (!numbersForTypeVariable(id) || !(of(entity, id) instanceof IdGeneration.FromSequence sequence)) {
            return Optional.empty();
        }
        return Optional.of("Hibernate 7 chooses the generator of GenerationType.AUTO by the type that "
                + simpleName(id.declaringClass()) + " declares for " + id.name() + ", " + id.generatedValue().declaredType()
                + " (a type variable's bound), not by " + id.type().name() + ": it creates the sequence \""
                + sequence.generator().sequenceName() + "\", as JPA Migrate maps it, and fails on the first insert"
                + " (\"Unknown integral data type for ids\"): give the entity a"
                + " Long id, or an id of its own with @GeneratedValue(strategy = GenerationType.UUID)");
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /**
     * Why this String id is worth a warning: under {@code GenerationType.AUTO} it takes a generator of numbers (see
     * {@link #stringFromGenerator}), whose sequence or table the schema has as {@link #of} maps it, and Hibernate
     * cannot put a number into a String: the first insert fails; else empty.
     */
    public Optional<String> stringIdFromGenerator(EntityClass entity, Attribute id) {
        if (!stringFromGenerator(entity, id) || id.generatedValue().generator() != null
                && named(entity, id, id.generatedValue().generator()) instanceof GenericGeneratorSpec) {
            return Optional.empty();
        }
        IdGeneration generation = of(entity, id);
        String created = generation instanceof IdGeneration.FromSequence sequence
                ? "the sequence \"" + sequence.generator().sequenceName() + "\""
                : generation instanceof IdGeneration.FromTable table
                ? "the generator table \"" + table.generator().table() + "\"" : null;
        if (created == null) {
            return Optional.empty();
        }
        String why = id.generatedValue().generator() != null
                ? "String id " + id.name() + " takes its values from generator \"" + id.generatedValue().generator()
                        + "\", which counts: Hibernate creates " + created
                : "Hibernate 6 generates a UUID under GenerationType.AUTO for a java.util.UUID id only (Hibernate 7 for"
                        + " a String one too): for String id " + id.name() + " it creates " + created;
        return Optional.of(why + ", as JPA Migrate maps it, and fails on the first insert (\"Unknown integral data type"
                + " for ids : java.lang.String\"): use @GeneratedValue(strategy = GenerationType.UUID) for a UUID"
                + " string, or a long id for numbers");
    }

    /** The generator {@code name} finds from this id, as the Hibernate version looks it up; null when none. */
    private GeneratorSpec named(EntityClass entity, Attribute id, String name) {
        Optional<GeneratorSpec> local = Stream.of(id.generators(), entity.classGenerators(), entity.packageGenerators())
                .flatMap(List::stream)
                .filter(g -> g.name().equals(name) && !(g instanceof NativeGeneratorSpec))
                .findFirst();
        if (local.isPresent()) {
            return local.get();
        }
        Declared elsewhere = this.declared.get(name);
        return elsewhere != null && hibernate == ProcessorOptions.HibernateVersion.V6_6
                && !(elsewhere.generator() instanceof GenericGeneratorSpec) ? elsewhere.generator() : null;
    }

    private IdGeneration generator(EntityClass entity, Attribute id, GeneratedValueSpec generated) {
        boolean table = generated.strategy() == Attribute.Strategy.TABLE;
        if (generated.generator() != null) {
            String name = generated.generator();
            GeneratorSpec found = named(entity, id, name);
            // A @GenericGenerator found here is Hibernate 7's with strategy SEQUENCE or TABLE: ignored, as below.
            if (found != null && !(found instanceof GenericGeneratorSpec)) {
                return from(entity, id, found);
            }
            Declared elsewhere = found == null ? this.declared.get(name) : null;
            if (elsewhere != null && hibernate == ProcessorOptions.HibernateVersion.V6_6) {
                return invalid(generated, "@GeneratedValue(generator = \"" + name + "\") names the @GenericGenerator of "
                        + elsewhere.owner() + ", which Hibernate 6.6 finds from " + entity.qualifiedName() + " only when"
                        + " it has bound " + elsewhere.owner() + " first, as the order of the persistence unit's classes"
                        + " decides (else it creates a sequence \"" + name + "\"): declare the generator on this"
                        + " entity's class or @Id field, or in package-info.java");
            }
            if (elsewhere != null) {
                return invalid(generated, "@GeneratedValue(generator = \"" + name + "\") names the generator of "
                        + elsewhere.owner() + ", which Hibernate 7 does not look up from " + entity.qualifiedName()
                        + " (it would create a generator \"" + name + "\" with the defaults instead): declare the"
                        + " generator on this entity's class or @Id field");
            }
            // Hibernate's own fallback for a name declared nowhere: a generator of that name with the defaults.
            return table ? new IdGeneration.FromTable(new TableGeneratorSpec(name, implicitTable(name), null,
                    TableGeneratorSpec.DEFAULT_PK_COLUMN, TableGeneratorSpec.DEFAULT_VALUE_COLUMN, generated.origin()))
                    : new IdGeneration.FromSequence(new SequenceGeneratorSpec(name, single(name), null, 1,
                            idStructure.defaultIncrement(), generated.origin()));
        }
        for (List<GeneratorSpec> candidates : hibernate == ProcessorOptions.HibernateVersion.V6_6 ? List.<List<GeneratorSpec>>of()
                : List.of(id.generators(), entity.classGenerators(), entity.packageGenerators())) {
            List<GeneratorSpec> scope = candidates.stream()
                    .filter(g -> matches(generated.strategy(), g) && !(g instanceof NativeGeneratorSpec)).toList();
            if (scope.size() == 1) {
                return from(entity, id, scope.get(0));
            }
            if (scope.size() > 1) {
                return invalid(generated, "@GeneratedValue names no generator and " + scope.size()
                        + " generators are in scope: name one with generator = \"...\"");
            }
        }
        if (table) {
            return new IdGeneration.FromTable(TableGeneratorSpec.implicit(generated.origin()));
        }
        if (idStructure != IdStructure.STANDARD) {
            return new IdGeneration.FromSequence(new SequenceGeneratorSpec(HIBERNATE_SEQUENCE, HIBERNATE_SEQUENCE, null,
                    1, idStructure.defaultIncrement(), generated.origin()));
        }
        String implicit = HibernateNames.implicitSequence(tableBase(entity));
        return new IdGeneration.FromSequence(new SequenceGeneratorSpec(implicit, implicit, null, 1, 50, generated.origin()));
    }

    /**
     * Hibernate 7's {@code @NativeGenerator} that generates this id: on the id, with or without
     * {@code @GeneratedValue} (AUTO or SEQUENCE); on the class or package, for an id with
     * {@code @GeneratedValue} of strategy AUTO and no generator name.
     */
    private static Optional<NativeGeneratorSpec> nativeGenerator(EntityClass entity, Attribute id) {
        GeneratedValueSpec generated = id.generatedValue();
        if (generated != null && generated.strategy() != Attribute.Strategy.AUTO
                && generated.strategy() != Attribute.Strategy.SEQUENCE) {
            return Optional.empty();
        }
        List<List<GeneratorSpec>> scopes = generated == null || generated.generator() != null
                || generated.strategy() != Attribute.Strategy.AUTO ? List.of(id.generators())
                : List.of(id.generators(), entity.classGenerators(), entity.packageGenerators());
        return scopes.stream().flatMap(List::stream).filter(NativeGeneratorSpec.class::isInstance)
                .map(NativeGeneratorSpec.class::cast).findFirst();
    }

    /**
     * On PostgreSQL a sequence: the sequence form's name, else its generator name, else the implicit
     * name; it counts by the form's allocation size, or by 1 when the form leaves JPA's default.
     */
    private IdGeneration nativeSequence(EntityClass entity, NativeGeneratorSpec generator) {
        String name = generator.sequenceName() != null ? generator.sequenceName()
                : !generator.name().isEmpty() ? single(generator.name())
                : idStructure == IdStructure.STANDARD ? HibernateNames.implicitSequence(tableBase(entity))
                : HIBERNATE_SEQUENCE;
        int increment = generator.allocationSize() != null ? generator.allocationSize() : 1;
        return new IdGeneration.FromSequence(new SequenceGeneratorSpec(name, name, generator.schema(),
                generator.initialValue(), increment, generator.origin()));
    }

    /** The root table's physical name, which a sequence's name starts from (and its naming then changes again). */
    private String tableBase(EntityClass entity) {
        return Naming.text(naming.physicalTable(entity.logicalTableName()));
    }

    /** Without a name, SEQUENCE and TABLE take a generator of their kind, and AUTO any kind. */
    private static boolean matches(Attribute.Strategy strategy, GeneratorSpec generator) {
        return switch (strategy) {
            case SEQUENCE -> generator instanceof SequenceGeneratorSpec;
            case TABLE -> generator instanceof TableGeneratorSpec;
            default -> true;
        };
    }

    private IdGeneration from(EntityClass entity, Attribute id, GeneratorSpec generator) {
        if (generator instanceof TableGeneratorSpec table) {
            return new IdGeneration.FromTable(table.table() != null ? table
                    : new TableGeneratorSpec(table.name(), implicitTable(table.name()), table.schema(),
                            table.pkColumnName(), table.valueColumnName(), table.origin()));
        }
        if (generator instanceof SequenceGeneratorSpec sequence) {
            return new IdGeneration.FromSequence(sequence.sequenceName() != null ? sequence
                    : new SequenceGeneratorSpec(sequence.name(), single(sequence.name()), sequence.schema(),
                            sequence.initialValue(), sequence.allocationSize(), sequence.origin()));
        }
        return generic(entity, id, (GenericGeneratorSpec) generator);
    }

    /** A generator's name as its sequence's, unless {@code single} names every one {@code hibernate_sequence}. */
    private String single(String name) {
        return idStructure == IdStructure.SINGLE ? HIBERNATE_SEQUENCE : name;
    }

    /** A generator table left unnamed: the generator's name, unless {@code single} names every one alike. */
    private String implicitTable(String generatorName) {
        return idStructure == IdStructure.SINGLE || generatorName.isEmpty() ? TableGeneratorSpec.DEFAULT_TABLE
                : generatorName;
    }

    /** What a {@code @GenericGenerator} creates, from its class and {@code @Parameter}s as Hibernate reads them. */
    private IdGeneration generic(EntityClass entity, Attribute id, GenericGeneratorSpec generator) {
        Map<String, String> parameters = generator.parameters();
        String configuredBy = hibernate == ProcessorOptions.HibernateVersion.V6_6 ? generator.overrides().legacy()
                : generator.overrides().creation();
        if (configuredBy != null) {
            return new IdGeneration.Invalid("JPA Migrate cannot map @GenericGenerator(name = \"" + generator.name()
                    + "\"): " + configuredBy + " overrides " + configureSignature() + ", through which Hibernate "
                    + (hibernate == ProcessorOptions.HibernateVersion.V6_6 ? "6" : "7") + " sets the generator up, and"
                    + " may name its " + (generator.kind() == GenericGeneratorSpec.Kind.TABLE ? "table, columns"
                    : "sequence") + " or increment other than the @Parameters do, which JPA Migrate cannot read at"
                    + " compile time: give what it sets as @Parameters of the @GenericGenerator (" + (generator.kind()
                    == GenericGeneratorSpec.Kind.TABLE ? "table_name, segment_column_name, value_column_name"
                    : "sequence_name, initial_value") + ", increment_size) and leave the parameters to Hibernate's"
                    + " configure", generator.origin());
        }
        return switch (generator.kind()) {
            case NONE -> new IdGeneration.None();
            case REFUSED -> new IdGeneration.Invalid("JPA Migrate cannot map @GenericGenerator(name = \""
                    + generator.name() + "\"): " + generator.refusal(), generator.origin());
            // Hibernate 6.6 draws an identity generator's values from a sequence named after the generator.
            case IDENTITY -> hibernate == ProcessorOptions.HibernateVersion.V6_6
                    ? new IdGeneration.FromSequence(new SequenceGeneratorSpec(generator.name(), single(generator.name()),
                            null, 1, idStructure.defaultIncrement(), generator.origin()))
                    : ColumnTypes.isIntegral(id.type()) ? new IdGeneration.Identity()
                    : new IdGeneration.Invalid("@GenericGenerator(strategy = \"identity\") needs an integral id, and "
                            + id.name() + " is " + id.type().name() + ": change the id type", generator.origin());
            case TABLE -> generator.strategy().equals("table") && hibernate == ProcessorOptions.HibernateVersion.V6_6
                    ? new IdGeneration.Invalid("Hibernate 6.6 does not know the strategy \"table\" (Hibernate 7 does):"
                            + " write strategy = \"enhanced-table\"", generator.origin())
                    : new IdGeneration.FromTable(genericTable(generator, parameters));
            case SEQUENCE -> genericSequence(entity, generator, parameters);
        };
    }

    private IdGeneration genericSequence(EntityClass entity, GenericGeneratorSpec generator, Map<String, String> parameters) {
        Function<String, Integer> number = key -> parameters.containsKey(key) ? Integer.valueOf(parameters.get(key)) : null;
        String written = parameters.get("sequence_name");
        String schema = generator.schema();
        String name;
        if (written != null && !written.isEmpty()) {
            Qualified qualified = Qualified.of(written, schema);
            name = qualified.name();
            schema = qualified.schema();
        } else if (idStructure == IdStructure.SINGLE) {
            name = HIBERNATE_SEQUENCE;
        } else if (parameters.get("sequence_per_entity_suffix") != null
                && !parameters.get("sequence_per_entity_suffix").isEmpty()) {
            name = tableBase(entity) + parameters.get("sequence_per_entity_suffix");
        } else {
            name = generator.name();
        }
        int increment = number.apply("increment_size") != null ? number.apply("increment_size")
                : idStructure.defaultIncrement();
        if (increment < 1) {
            return new IdGeneration.Invalid("@Parameter(name = \"increment_size\") is the sequence's increment and"
                    + " must be at least 1", generator.origin());
        }
        // hilo optimizers multiply what the sequence returns, and none uses it as it is: the sequence counts by 1.
        String optimizer = parameters.getOrDefault("optimizer", "");
        if (optimizer.equals("none") || optimizer.equals("hilo") || optimizer.equals("legacy-hilo")) {
            increment = 1;
        }
        int initial = number.apply("initial_value") != null ? number.apply("initial_value") : 1;
        return new IdGeneration.FromSequence(new SequenceGeneratorSpec(generator.name(), name, schema, initial, increment,
                generator.origin()));
    }

    private TableGeneratorSpec genericTable(GenericGeneratorSpec generator, Map<String, String> parameters) {
        String written = parameters.get("table_name");
        String schema = generator.schema();
        String table;
        if (written != null && !written.isEmpty()) {
            Qualified qualified = Qualified.of(written, schema);
            table = qualified.name();
            schema = qualified.schema();
        } else {
            table = implicitTable(generator.name());
        }
        return new TableGeneratorSpec(generator.name(), table, schema,
                parameters.getOrDefault("segment_column_name", TableGeneratorSpec.DEFAULT_PK_COLUMN),
                parameters.getOrDefault("value_column_name", TableGeneratorSpec.DEFAULT_VALUE_COLUMN),
                generator.origin());
    }

    private static IdGeneration invalid(GeneratedValueSpec generated, String message) {
        return new IdGeneration.Invalid(message, generated.origin());
    }

    /** A name as a generator's parameter writes it, {@code schema.name} or {@code name} in the default schema. */
    private record Qualified(String schema, String name) {
        static Qualified of(String written, String defaultSchema) {
            int dot = written.lastIndexOf('.');
            return dot < 0 ? new Qualified(defaultSchema, written)
                    : new Qualified(written.substring(0, dot), written.substring(dot + 1));
        }
    }
}
