package dev.jpamigrate.processor;

import dev.jpamigrate.index.IndexFiles;
import dev.jpamigrate.processor.map.AuditTables;
import dev.jpamigrate.processor.map.RevisionTable;
import dev.jpamigrate.processor.read.EnversAnnotations;
import dev.jpamigrate.processor.settings.EnversSettings;
import dev.jpamigrate.processor.map.BackfillHints;
import dev.jpamigrate.processor.map.CollectionTableMapper;
import dev.jpamigrate.processor.map.ColumnTypes;
import dev.jpamigrate.processor.map.HibernateColumnOrder;
import dev.jpamigrate.processor.map.EntityTables;
import dev.jpamigrate.processor.map.IdGenerators;
import dev.jpamigrate.processor.map.MappedTable;
import dev.jpamigrate.processor.map.OneToManyJoinColumns;
import dev.jpamigrate.processor.map.RenameHints;
import dev.jpamigrate.processor.map.Subselects;
import dev.jpamigrate.processor.map.TableMapper;
import dev.jpamigrate.processor.map.TableShape;
import dev.jpamigrate.processor.model.EntityClass;
import dev.jpamigrate.processor.model.EntityModel;
import dev.jpamigrate.processor.model.Hierarchy;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.UserNamingStrategy;
import dev.jpamigrate.processor.read.Annotations;
import dev.jpamigrate.processor.read.BeanValidation;
import dev.jpamigrate.processor.read.ConverterReader;
import dev.jpamigrate.processor.read.ConverterSources;
import dev.jpamigrate.processor.read.EmbeddableHierarchies;
import dev.jpamigrate.processor.read.EntityReader;
import dev.jpamigrate.processor.read.MethodBodies;
import dev.jpamigrate.processor.settings.DefaultSchema;
import dev.jpamigrate.processor.validate.MappingValidator;
import dev.jpamigrate.processor.write.PackageSnapshot;
import dev.jpamigrate.processor.write.SchemaAssembler;
import dev.jpamigrate.processor.write.SnapshotFiles;
import dev.jpamigrate.schema.Hint;
import dev.jpamigrate.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Runs the entity chain (read, validate, map, assemble, write) in each round that has
 * entities, over every entity of the module, not only those the compiler was handed: an
 * IDE recompiles only what changed, and a snapshot without the other entities would turn
 * into {@code DROP TABLE} for each of them. The previous compilation's entity list is
 * read back from the class output and merged with this compilation's entities.
 */
public final class EntitySnapshotStep {
    /**
     * The annotations whose presence in a round means the module's snapshots may have changed: an IDE that
     * recompiles a mapped superclass, an embeddable or a converter alone must get the entities' tables rewritten.
     */
    public static final Set<String> ANNOTATIONS = Set.of("jakarta.persistence.Entity", "javax.persistence.Entity",
            "jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass",
            "jakarta.persistence.Embeddable", "javax.persistence.Embeddable",
            "jakarta.persistence.Converter", "javax.persistence.Converter");

    private final Elements elements;
    private final MethodBodies bodies;
    private final Types types;
    private final ErrorReporter reporter;
    private final SnapshotFiles files;
    private final ProcessorOptions options;
    private final ValidationOptions validationOptions;
    private BeanValidation validation;
    private final ConverterSources converterSources;

    private List<String> previousEntities;
    private List<String> previousConverters;
    private final SortedSet<String> moduleEntities = new TreeSet<>();
    private final SortedSet<String> moduleConverters = new TreeSet<>();
    /** The module's {@code @Embeddable} classes seen so far: where the subclasses of an embeddable are found. */
    private final SortedSet<String> moduleEmbeddables = new TreeSet<>();
    private final Set<String> sourceEntities = new TreeSet<>();
    private final Map<String, Schema> written = new TreeMap<>();
    private final Set<String> deferred = new TreeSet<>();
    private List<EntityClass> unresolved = List.of();
    private boolean waitingForLombok;
    private boolean failed;
    /** The module's revision table, for the modules compiled against it, or {@code null}. */
    private RevisionTable revisionTable;
    /** The module's entities audited with REVINFO, which a revision entity compiled later does not reach. */
    private final SortedSet<String> revinfoAudited = new TreeSet<>();

    public EntitySnapshotStep(Elements elements, Types types, ErrorReporter reporter, SnapshotFiles files,
            ProcessorOptions options, ValidationOptions validationOptions, ConverterSources converterSources,
            MethodBodies bodies) {
        this.bodies = bodies;
        this.converterSources = converterSources;
        this.options = options;
        this.validationOptions = validationOptions;
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
        this.files = files;
    }

    public void process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<TypeElement> present = new LinkedHashSet<>();
        for (TypeElement annotation : annotations) {
            if (ANNOTATIONS.contains(annotation.getQualifiedName().toString())) {
                present.add(annotation);
            }
        }
        List<TypeElement> annotated = new ArrayList<>();
        // One scan of the round's classes for all of them: javac walks every member of every class per call.
        for (Element element : present.isEmpty() ? Set.<Element>of() : round.getElementsAnnotatedWithAny(present.toArray(TypeElement[]::new))) {
            if (element instanceof TypeElement type) {
                annotated.add(type);
            }
        }
        run(annotated);
    }

    private void run(List<TypeElement> annotated) {
        boolean waited = waitingForLombok;
        waitingForLombok = false;
        if (failed || annotated.isEmpty() && deferred.isEmpty() && !waited) {
            return;
        }
        if (previousEntities == null) {
            previousEntities = files.readIndex(IndexFiles.ENTITIES);
            previousConverters = files.readIndex(SnapshotFiles.CONVERTERS);
        }
        annotated.stream().filter(t -> Annotations.jpa(t, "Embeddable") != null)
                .forEach(t -> moduleEmbeddables.add(elements.getBinaryName(t).toString()));
        List<TypeElement> embeddables = moduleEmbeddables.stream().map(n -> EntityReader.typeNamed(elements, n))
                .filter(t -> t != null && Annotations.jpa(t, "Embeddable") != null).toList();
        EntityReader reader = new EntityReader(elements, types, autoApplyConverters(annotated),
                new EmbeddableHierarchies(elements, types, embeddables, options.hibernateMinor()), options.hibernate(),
                bodies);
        Map<String, TypeElement> entities = new TreeMap<>();
        for (TypeElement type : annotated) {
            if (EntityReader.isEntity(type)) {
                entities.put(reader.binaryName(type), type);
            }
        }
        sourceEntities.addAll(entities.keySet());
        if (annotated.stream().anyMatch(EntitySnapshotStep::usesLombok)) {
            /*
             * Lombok writes the getters and setters of @Getter, @Setter and @Data into the classes themselves (it
             * changes javac's trees), during the round in which the classes appear, whether javac calls it before or
             * after this processor in that round (their order on the processor path). So a round that brings classes
             * with Lombok's annotations is read in the next one, when they have the members Lombok gave them. Lombok
             * itself asks javac for that round (its later handlers need the classes attributed again); should it
             * not, the last round reads them (finish()).
             */
            waitingForLombok = true;
            deferred.addAll(entities.keySet());
            return;
        }
        Set<String> known = new LinkedHashSet<>(previousEntities);
        known.addAll(moduleEntities);
        known.addAll(deferred);
        for (String name : known) {
            // Dropped when the class is gone or no longer an @Entity.
            TypeElement type = entities.containsKey(name) ? null : reader.typeNamed(name);
            if (type != null && EntityReader.isEntity(type)) {
                entities.put(name, type);
            }
        }
        if (entities.isEmpty()) {
            return;
        }
        EntityModel model = reader.readModule(List.copyOf(entities.values()));
        unresolved = model.withUnresolvedTypes();
        if (!unresolved.isEmpty()) {
            // Another processor may generate the type in a later round; otherwise javac reports it.
            deferred.addAll(entities.keySet());
            return;
        }
        deferred.clear();
        if (validation == null) {
            // Looked for once the module has entities: Hibernate needs a provider only for them.
            validation = BeanValidation.detect(elements, validationOptions, options.hibernateMinor(), reporter);
        }
        model = validation.apply(model);
        generate(model, entities);
    }

    /** Whether Lombok's annotations ({@code @Getter}, {@code @Data}, ...) are on the class or its fields. */
    private static boolean usesLombok(TypeElement type) {
        List<Element> annotatedElements = new ArrayList<>(List.of(type));
        annotatedElements.addAll(type.getEnclosedElements());
        return annotatedElements.stream().flatMap(e -> e.getAnnotationMirrors().stream())
                .anyMatch(m -> Annotations.qualifiedName(m).startsWith("lombok."));
    }

    /**
     * The module's auto-applied converters: those of this round, and those an earlier round
     * or compilation found that are still {@code @Converter(autoApply = true)}.
     */
    private List<TypeElement> autoApplyConverters(List<TypeElement> annotated) {
        Set<String> names = new TreeSet<>(previousConverters);
        names.addAll(moduleConverters);
        annotated.stream().filter(ConverterReader::isAutoApply).forEach(t -> names.add(elements.getBinaryName(t).toString()));
        // Those of dependency jars that Hibernate would find too: in the entities' packages, or named by the option.
        converterSources.find(annotated).forEach(t -> names.add(elements.getBinaryName(t).toString()));
        List<TypeElement> converters = new ArrayList<>();
        for (String name : names) {
            TypeElement type = EntityReader.typeNamed(elements, name);
            if (type != null && ConverterReader.isAutoApply(type)) {
                converters.add(type);
            }
        }
        moduleConverters.clear();
        converters.forEach(t -> moduleConverters.add(elements.getBinaryName(t).toString()));
        return converters;
    }

    private void generate(EntityModel model, Map<String, TypeElement> entities) {
        Naming naming;
        try {
            naming = options.createNaming(JpaMigrateProcessor.class.getClassLoader());
        } catch (IllegalArgumentException e) {
            failed = true;
            reporter.error(e.getMessage());
            return;
        }
        try {
            generate(model, entities, naming);
        } catch (UserNamingStrategy.Failure e) {
            failed = true;
            reporter.error(e.getMessage());
        }
    }

    private void generate(EntityModel model, Map<String, TypeElement> entities, Naming naming) {
        IdGenerators generators = new IdGenerators(declaredGenerators(model), options.hibernate(), naming,
                options.ddl().idStructure());
        ColumnTypes columnTypes = new ColumnTypes(options.hibernate(), options.ddl(),
                options.hibernateMinor().atLeast(ProcessorOptions.HibernateMinor.V6_4));
        if (!new MappingValidator(reporter, model, generators, columnTypes, naming, options.hibernateMinor()).validate()) {
            failed = true;
            return;
        }
        int before = reporter.errorCount();
        TableMapper mapper = new TableMapper(reporter, model, generators, naming, columnTypes, options.hibernateMinor());
        EntityTables entityTables = new EntityTables(model, naming, columnTypes, options.hibernateMinor());
        CollectionTableMapper collections = new CollectionTableMapper(reporter, model, naming, columnTypes,
                options.hibernateMinor());
        List<MappedTable> mapped = new ArrayList<>();
        List<EntityClass> withoutTables = new ArrayList<>();
        Hierarchy hierarchy = new Hierarchy(model);
        BackfillHints backfills = new BackfillHints(reporter, naming);
        for (EntityClass entity : model.entities()) {
            try (ErrorReporter.Scope scope = reporter.within(entity.origin())) {
                List<TableShape> shapes = Subselects.hasNoTable(hierarchy, entity) ? List.of() : entityTables.of(entity);
                shapes.forEach(shape -> mapper.map(shape).ifPresent(table -> {
                    mapped.add(table);
                    backfills.add(shape, table.table());
                }));
                if (shapes.isEmpty()) {
                    withoutTables.add(entity);
                }
                mapped.addAll(collections.map(entity));
            }
        }
        List<MappedTable> joined = new OneToManyJoinColumns(reporter, model, naming, columnTypes, options.hibernateMinor())
                .addTo(mapped);
        List<MappedTable> tables = options.columnOrdering() == ProcessorOptions.ColumnOrdering.LEGACY ? joined
                : HibernateColumnOrder.ordered(joined, naming, columnTypes.sizes());
        // Envers' audit tables: after the hints' tables, as they add no hints of their own.
        // A dependency's revision entity is the revision entity of this module's audited entities too: looked up on
        // the class path only when there are some, as most compiles have none.
        RevisionTable dependencyRevisions = model.entities().stream().anyMatch(AuditTables::audited)
                ? RevisionTable.parse(files.readClassPath(RevisionTable.RESOURCE)) : null;
        AuditTables auditTables = new AuditTables(model, naming, EnversSettings.of(options.settings()),
                dependencyRevisions, options.hibernateMinor());
        List<MappedTable> audit = auditTables.tables(entityTables, mapper, collections, tables, columnTypes);
        RevisionTable revisions = auditTables.revisionTable(tables);
        revisionTable = revisions != null && model.entities().stream()
                .anyMatch(e -> e.binaryName().equals(revisions.entity())) ? revisions : null;
        revinfoAudited.clear();
        if (revisions != null && revisions.entity() == null) {
            audit.forEach(table -> revinfoAudited.add(table.entity().binaryName()));
        }
        warnOfRevinfoBefore(model);
        if (!audit.isEmpty()) {
            // The other Envers settings rename or add audit columns and tables, which JPA Migrate does not write.
            EnversSettings.unread(options.settings()).stream().findFirst().ifPresent(setting ->
                    reporter.warning(audit.get(0).entity().origin(), AuditTables.settingMessage(setting.describe())));
        }
        List<MappedTable> all = new ArrayList<>(tables);
        all.addAll(options.columnOrdering() == ProcessorOptions.ColumnOrdering.LEGACY ? audit
                : HibernateColumnOrder.ordered(audit, naming, columnTypes.sizes()));
        Optional<List<PackageSnapshot>> snapshots = reporter.errorCount() == before
                ? new SchemaAssembler(reporter, options.columnOrdering() == ProcessorOptions.ColumnOrdering.LEGACY
                        ? UnaryOperator.identity() : table -> HibernateColumnOrder.ordered(table, naming,
                                columnTypes.sizes()), naming::namesCutTo, naming::tableCreationOrder)
                        .assemble(all, withoutTables) : Optional.empty();
        if (snapshots.isEmpty()) {
            failed = true;
            return;
        }
        // What the entities say for the diff beside their schema; each kind of hint adds its own.
        List<Hint> hints = new ArrayList<>();
        hints.addAll(new RenameHints(model, naming, columnTypes).of(tables));
        hints.addAll(backfills.hints());
        hints.addAll(columnTypes.enumHints().of(tables));
        snapshots.get().stream().map(snapshot -> snapshot.withHintsOf(hints))
                .map(snapshot -> DefaultSchema.apply(snapshot, options.ddl().defaultSchema(), naming))
                .forEach(snapshot -> write(snapshot, entities));
        moduleEntities.addAll(entities.keySet());
    }

    /**
     * A warning on the module's revision entity when a module compiled before it (one it depends on) audited entities
     * with REVINFO: Envers gives them this revision entity, which that module did not see.
     */
    private void warnOfRevinfoBefore(EntityModel model) {
        EntityClass revisionEntity = model.entities().stream().filter(EnversAnnotations::isRevisionEntity).findFirst()
                .orElse(null);
        if (revisionEntity == null) {
            return;
        }
        Set<String> own = model.entities().stream().map(EntityClass::binaryName).collect(Collectors.toSet());
        List<String> before = files.readClassPath(RevisionTable.REVINFO_RESOURCE).stream()
                .filter(name -> !own.contains(name)).toList();
        if (!before.isEmpty()) {
            reporter.warning(EnversAnnotations.revisionEntity(revisionEntity).origin(), "Audited entities of a module"
                    + " compiled before this one (" + String.join(", ", before) + ") have audit tables that reference"
                    + " REVINFO, which that module wrote as it does not see revision entity "
                    + revisionEntity.qualifiedName() + ", while Hibernate Envers gives them this revision entity and"
                    + " creates no REVINFO: move the revision entity into a module that the audited entities' module"
                    + " depends on");
        }
    }

    private void write(PackageSnapshot snapshot, Map<String, TypeElement> entities) {
        Origin origin = snapshot.entities().get(0).origin();
        Schema before = written.get(snapshot.resource());
        if (before != null) {
            if (!before.equals(snapshot.schema())) {
                failed = true;
                reporter.error(origin, "An entity of package " + snapshot.packageName() + " was generated in a later"
                        + " round of annotation processing, after JPA Migrate had written " + snapshot.resource()
                        + ": generate entities into a package of their own");
            }
            return;
        }
        List<String> names = snapshot.entities().stream().map(EntityClass::binaryName).toList();
        try {
            files.writeSnapshot(snapshot, names.stream().map(entities::get).toList(), options.recordedSettings());
            written.put(snapshot.resource(), snapshot.schema());
        } catch (IOException e) {
            failed = true;
            reporter.error(origin, "JPA Migrate could not write " + snapshot.resource() + ": " + e.getMessage());
        }
    }

    /** Writes the module's entity list and the snapshot registrations, once all rounds are done. */
    public void finish() {
        if (waitingForLombok) {
            run(List.of());
        }
        for (EntityClass entity : unresolved) {
            if (!deferred.isEmpty() && !sourceEntities.contains(entity.binaryName())) {
                reporter.error(entity.origin(), "Entity " + entity.qualifiedName() + ", compiled before, has fields"
                        + " whose type no longer exists " + EntityModel.unresolvedFields(entity)
                        + ": recompile the module (mvn clean compile)");
            }
        }
        if (failed || written.isEmpty()) {
            return;
        }
        try {
            files.writeIndex(IndexFiles.ENTITIES, moduleEntities);
            files.writeIndex(SnapshotFiles.CONVERTERS, moduleConverters);
            files.writeIndex(IndexFiles.ENTITY_SCHEMAS, written.keySet());
            if (revisionTable != null) {
                files.writeIndex(RevisionTable.RESOURCE, List.of(revisionTable.line()));
            }
            if (!revinfoAudited.isEmpty()) {
                files.writeIndex(RevisionTable.REVINFO_RESOURCE, revinfoAudited);
            }
        } catch (IOException e) {
            reporter.error("JPA Migrate could not write its index of entities: " + e.getMessage());
        }
    }

    private static Map<String, IdGenerators.Declared> declaredGenerators(EntityModel model) {
        Map<String, IdGenerators.Declared> declared = new HashMap<>();
        for (EntityClass entity : model.entities()) {
            entity.classGenerators().forEach(g -> declared.putIfAbsent(g.name(),
                    new IdGenerators.Declared(g, entity.qualifiedName())));
            entity.ids().forEach(id -> id.generators().forEach(g -> declared.putIfAbsent(g.name(),
                    new IdGenerators.Declared(g, entity.qualifiedName()))));
        }
        return declared;
    }
}
