package dev.jpamigrate.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * Writes a model of many JPA entities as an enterprise application has them: packages by
 * domain, each with its enums, an audited {@code @MappedSuperclass}, an {@code @Embeddable}
 * address and an attribute converter. Each package's first entity is the root of a
 * {@code SINGLE_TABLE} hierarchy whose next two or three entities are its subclasses. The
 * other entities have a generated id (IDENTITY or SEQUENCE), about ten basic columns of the
 * usual types, indexes and unique constraints, {@code @ManyToOne} relations to other entities
 * (across packages too), some of them mapped back by {@code @OneToMany(mappedBy)}; a quarter
 * embed the address (some twice, with {@code @AttributeOverride}), a fifth have an
 * {@code @ElementCollection} of tags, a tenth a converted column and a tenth a
 * {@code @ManyToMany} to another entity of their package. In every block of twenty of a
 * package's other entities, three form a {@code JOINED} hierarchy (a root and two subclasses,
 * one with a {@code @PrimaryKeyJoinColumn}), one has a composite key by {@code @IdClass} and
 * one by {@code @EmbeddedId}; nothing refers to those two, since a reference to them takes
 * two join columns. Only mappings that JPA Migrate
 * supports, so that every variant compiles the same sources without errors. A fixed seed
 * makes the model the same on every run.
 */
final class EntityModelGenerator {
    static final String ROOT_PACKAGE = "bench.model";

    private static final List<String> DOMAINS = List.of("sales", "billing", "inventory", "shipping", "catalog", "crm",
            "hr", "finance", "support", "procurement");
    private static final List<String> NOUNS = List.of("Order", "Invoice", "Shipment", "Product", "Customer",
            "Supplier", "Payment", "Ticket", "Contract", "Employee", "Warehouse", "Account", "Campaign", "Quote",
            "Refund", "Asset", "Budget", "Project", "Vendor", "Claim");
    private static final int OPTIONAL_COLUMNS_PER_ENTITY = 7;
    private static final int MAX_RELATIONS_PER_ENTITY = 3;
    /**
     * Where the JOINED hierarchies and composite keys are among each block of twenty of a
     * package's entities outside the SINGLE_TABLE hierarchy: clear of the positions whose
     * entities carry the embedded addresses' overrides, tags and {@code @ManyToMany}, and of
     * the {@code @ManyToMany}'s targets.
     */
    private static final int BLOCK = 20;
    private static final int JOINED_ROOT = 5;
    private static final int ID_CLASS_POSITION = 9;
    private static final int EMBEDDED_ID_POSITION = 11;

    private enum Shape {
        SINGLE_TABLE_ROOT, SINGLE_TABLE_SUBCLASS, JOINED_ROOT, JOINED_SUBCLASS, ID_CLASS, EMBEDDED_ID, PLAIN
    }

    /** Columns every entity has. */
    private static final List<Field> BASE_COLUMNS = List.of(
            new Field("@Column(nullable = false, length = 120)", "String", "name"),
            new Field("@Column(nullable = false, unique = true, length = 32)", "String", "code"),
            new Field("@Enumerated(EnumType.STRING)\n    @Column(nullable = false, length = 20)", "Status", "status"));

    /** Columns each entity draws some of. */
    private static final List<Field> OPTIONAL_COLUMNS = List.of(
            new Field("@Column(length = 2000)", "String", "description"),
            new Field("@Column(precision = 19, scale = 2)", "BigDecimal", "amount"),
            new Field("@Column(name = \"unit_price\", nullable = false, precision = 12, scale = 4)", "BigDecimal",
                    "unitPrice"),
            new Field("@Enumerated(EnumType.ORDINAL)", "Priority", "priority"),
            new Field(null, "LocalDate", "validFrom"),
            new Field("@Column(name = \"valid_until\")", "LocalDate", "validUntil"),
            new Field("@Column(nullable = false)", "Instant", "recordedAt"),
            new Field(null, "LocalDateTime", "scheduledAt"),
            new Field(null, "boolean", "active"),
            new Field(null, "int", "quantity"),
            new Field("@Column(unique = true)", "Long", "externalReference"),
            new Field(null, "Double", "weight"),
            new Field("@Column(length = 3, nullable = false)", "String", "currency"),
            new Field("@Column(length = 320)", "String", "email"),
            new Field("@Column(unique = true, nullable = false)", "UUID", "publicId"),
            new Field(null, "short", "rating"));

    /** Columns of the subclasses, suffixed by the subclass's position so that siblings do not share them. */
    private static final List<Field> SUBCLASS_COLUMNS = List.of(
            new Field("@Column(length = 500)", "String", "note"),
            new Field("@Column(precision = 19, scale = 2)", "BigDecimal", "limitAmount"),
            new Field(null, "LocalDate", "effectiveOn"));

    private final int count;
    private final long seed;

    EntityModelGenerator(int count, long seed) {
        this.count = count;
        this.seed = seed;
    }

    /** Writes the model's sources under {@code sourceRoot} and returns them. */
    List<Path> write(Path sourceRoot) throws IOException {
        List<EntityName> entities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entities.add(new EntityName(i, i % DOMAINS.size(), i / DOMAINS.size(),
                    NOUNS.get(i / DOMAINS.size() % NOUNS.size()) + String.format(Locale.ROOT, "%04d", i)));
        }
        List<Relation> relations = planRelations(entities);

        List<Path> sources = new ArrayList<>();
        for (String domain : DOMAINS.subList(0, Math.min(DOMAINS.size(), count))) {
            sources.add(writeSource(sourceRoot, domain, "Status", "public enum Status {\n"
                    + "    DRAFT, ACTIVE, SUSPENDED, CLOSED\n}\n"));
            sources.add(writeSource(sourceRoot, domain, "Priority", "public enum Priority {\n"
                    + "    LOW, NORMAL, HIGH, URGENT\n}\n"));
            sources.add(writeSource(sourceRoot, domain, "AuditedEntity", auditedEntity()));
            sources.add(writeSource(sourceRoot, domain, "Address", ADDRESS));
            sources.add(writeSource(sourceRoot, domain, "CurrencyCodeConverter", CURRENCY_CODE_CONVERTER));
            sources.add(writeSource(sourceRoot, domain, "LineKey", LINE_KEY));
        }
        for (EntityName entity : entities) {
            String source = switch (entity.shape()) {
                case SINGLE_TABLE_SUBCLASS -> subclass(entity, entities.get(entity.domainIndex()), relations);
                case JOINED_SUBCLASS -> joinedSubclass(entity, entities, relations);
                case ID_CLASS, EMBEDDED_ID -> compositeKeyEntity(entity, relations);
                default -> entity(entity, entities, relations);
            };
            sources.add(writeSource(sourceRoot, entity.domain(), entity.simpleName(), source));
        }
        return sources;
    }

    /** Each entity refers to up to three earlier ones; about a third of those refer back. */
    private List<Relation> planRelations(List<EntityName> entities) {
        Random random = new Random(seed);
        List<Relation> relations = new ArrayList<>();
        for (EntityName owner : entities) {
            int drawn = random.nextInt(MAX_RELATIONS_PER_ENTITY + 1);
            // A subclass's columns are nullable in the root's table; keep them to its own few.
            int wanted = owner.isSubclass() ? 0 : Math.min(owner.index(), drawn);
            TreeSet<Integer> targets = new TreeSet<>();
            for (int draw = 0; targets.size() < wanted && draw < 4 * wanted; draw++) {
                int target = random.nextInt(owner.index());
                if (!entities.get(target).hasCompositeKey()) {
                    targets.add(target);
                }
            }
            for (int target : targets) {
                relations.add(new Relation(owner, entities.get(target), random.nextInt(3), random.nextInt(3) == 0));
            }
        }
        return relations;
    }

    private String entity(EntityName entity, List<EntityName> entities, List<Relation> relations) {
        Random random = new Random(seed * 31 + entity.index());
        List<Field> fields = new ArrayList<>();
        fields.add(id(entity));
        fields.addAll(BASE_COLUMNS);
        List<Field> optional = new ArrayList<>(OPTIONAL_COLUMNS);
        Collections.shuffle(optional, random);
        fields.addAll(optional.subList(0, OPTIONAL_COLUMNS_PER_ENTITY));

        TreeSet<String> imports = new TreeSet<>(List.of("jakarta.persistence.*", "java.math.BigDecimal",
                "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.util.UUID"));
        if (!entity.isRoot()) {
            fields.addAll(valueFields(entity, entities, imports));
        }
        fields.addAll(relationFields(entity, relations, imports));

        String annotations = "@Entity\n" + table(entity) + (entity.isRoot()
                ? "@Inheritance(strategy = InheritanceType.SINGLE_TABLE)\n@DiscriminatorColumn(name = \"kind\")\n"
                        + "@DiscriminatorValue(\"" + entity.simpleName().toUpperCase(Locale.ROOT) + "\")\n"
                : entity.shape() == Shape.JOINED_ROOT ? "@Inheritance(strategy = InheritanceType.JOINED)\n" : "");
        return classSource(entity, annotations, entity.index() % 3 == 0 ? "AuditedEntity" : null, imports, fields);
    }

    /** A subclass of its package's root: no id nor table of its own, a few nullable columns. */
    private String subclass(EntityName entity, EntityName root, List<Relation> relations) {
        TreeSet<String> imports = new TreeSet<>(List.of("jakarta.persistence.*", "java.math.BigDecimal",
                "java.time.LocalDate"));
        List<Field> fields = new ArrayList<>();
        for (Field column : SUBCLASS_COLUMNS) {
            fields.add(new Field(column.annotations(), column.type(), column.name() + entity.position()));
        }
        fields.addAll(relationFields(entity, relations, imports));
        String annotations = "@Entity\n@DiscriminatorValue(\"" + entity.simpleName().toUpperCase(Locale.ROOT) + "\")\n";
        return classSource(entity, annotations, root.simpleName(), imports, fields);
    }

    /**
     * A subclass of a {@code JOINED} root one or two entities before it in its package: a table
     * of its own keyed by the root's id, the first with the default key column, the second
     * naming it.
     */
    private String joinedSubclass(EntityName entity, List<EntityName> entities, List<Relation> relations) {
        int offset = entity.plainPosition() % BLOCK - JOINED_ROOT;
        EntityName root = entities.get(entity.index() - offset * DOMAINS.size());
        TreeSet<String> imports = new TreeSet<>(List.of("jakarta.persistence.*", "java.math.BigDecimal",
                "java.time.LocalDate"));
        List<Field> fields = new ArrayList<>();
        for (Field column : SUBCLASS_COLUMNS) {
            fields.add(new Field(column.annotations(), column.type(), column.name() + offset));
        }
        fields.add(new Field("@Column(nullable = false, length = 40)", "String", "reference" + offset));
        fields.addAll(relationFields(entity, relations, imports));
        String annotations = "@Entity\n@Table(name = \"" + entity.domain() + "_" + entity.lowerName() + "\")\n"
                + (offset == 2 ? "@PrimaryKeyJoinColumn(name = \"" + root.lowerName() + "_id\")\n" : "");
        return classSource(entity, annotations, root.simpleName(), imports, fields);
    }

    /**
     * An entity keyed by two columns, by an {@code @IdClass} nested in it or by its package's
     * {@code @Embeddable LineKey}, with the columns every entity has and some of the others.
     */
    private String compositeKeyEntity(EntityName entity, List<Relation> relations) {
        Random random = new Random(seed * 31 + entity.index());
        TreeSet<String> imports = new TreeSet<>(List.of("jakarta.persistence.*", "java.math.BigDecimal",
                "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.util.UUID"));
        List<Field> fields = new ArrayList<>();
        String annotations = "@Entity\n" + table(entity);
        String members = "";
        if (entity.shape() == Shape.ID_CLASS) {
            annotations += "@IdClass(" + entity.simpleName() + ".Key.class)\n";
            fields.add(new Field("@Id\n    @Column(name = \"document_no\", length = 20)", "String", "documentNo"));
            fields.add(new Field("@Id\n    @Column(name = \"line_no\")", "int", "lineNo"));
            members = ID_CLASS;
            imports.add("java.io.Serializable");
            imports.add("java.util.Objects");
        } else {
            fields.add(new Field("@EmbeddedId", "LineKey", "id"));
        }
        fields.addAll(BASE_COLUMNS);
        List<Field> optional = new ArrayList<>(OPTIONAL_COLUMNS);
        Collections.shuffle(optional, random);
        fields.addAll(optional.subList(0, OPTIONAL_COLUMNS_PER_ENTITY - 2));
        fields.addAll(relationFields(entity, relations, imports));
        return classSource(entity, annotations, null, imports, fields, members);
    }

    /**
     * The embedded addresses, tags, converted column and {@code @ManyToMany} that an entity has,
     * chosen by its position among its package's entities outside the hierarchy.
     */
    private static List<Field> valueFields(EntityName entity, List<EntityName> entities, TreeSet<String> imports) {
        int plain = entity.plainPosition();
        List<Field> fields = new ArrayList<>();
        if (plain % 4 == 0) {
            fields.add(new Field("@Embedded", "Address", "address"));
        }
        if (plain % 8 == 0) {
            fields.add(new Field("@Embedded\n    @AttributeOverride(name = \"street\", column = @Column(name = "
                    + "\"billing_street\", length = 200))\n    @AttributeOverride(name = \"city\", column = @Column("
                    + "name = \"billing_city\", length = 100))\n    @AttributeOverride(name = \"postalCode\", column = "
                    + "@Column(name = \"billing_postal_code\", length = 20))\n    @AttributeOverride(name = "
                    + "\"country\", column = @Column(name = \"billing_country\", length = 2))", "Address",
                    "billingAddress"));
        }
        if (plain % 5 == 1) {
            String table = entity.lowerName() + "_tags";
            fields.add(new Field("@ElementCollection\n    @CollectionTable(name = \"" + table + "\", joinColumns = "
                    + "@JoinColumn(name = \"" + entity.lowerName() + "_id\"))\n    @Column(name = \"tag\", "
                    + "nullable = false, length = 50)", "Set<String>", "tags", "new HashSet<>()"));
            imports.add("java.util.HashSet");
            imports.add("java.util.Set");
        }
        if (plain % 10 == 2) {
            fields.add(new Field("@Convert(converter = CurrencyCodeConverter.class)\n    @Column(name = "
                    + "\"settlement_currency\", length = 3)", "Currency", "settlementCurrency"));
            imports.add("java.util.Currency");
        }
        if (plain % 10 == 3) {
            // The entity before it in the package is outside the hierarchy too (plain position 2).
            EntityName target = entities.get(entity.index() - DOMAINS.size());
            fields.add(new Field("@ManyToMany", "Set<" + target.simpleName() + ">", "related" + target.simpleName()
                    + "s", "new HashSet<>()"));
            imports.add("java.util.HashSet");
            imports.add("java.util.Set");
        }
        return fields;
    }

    private static List<Field> relationFields(EntityName entity, List<Relation> relations, TreeSet<String> imports) {
        List<Field> fields = new ArrayList<>();
        for (Relation relation : relations) {
            if (relation.owner() == entity) {
                fields.add(relation.manyToOne());
                importIfElsewhere(imports, entity, relation.target());
            }
            if (relation.target() == entity && relation.mappedBack()) {
                fields.add(relation.oneToMany());
                importIfElsewhere(imports, entity, relation.owner());
                imports.add("java.util.ArrayList");
                imports.add("java.util.List");
            }
        }
        return fields;
    }

    private static String classSource(EntityName entity, String annotations, String superclass,
            TreeSet<String> imports, List<Field> fields) {
        return classSource(entity, annotations, superclass, imports, fields, "");
    }

    private static String classSource(EntityName entity, String annotations, String superclass,
            TreeSet<String> imports, List<Field> fields, String members) {
        StringBuilder source = new StringBuilder();
        imports.forEach(name -> source.append("import ").append(name).append(";\n"));
        source.append('\n').append(annotations).append("public class ").append(entity.simpleName())
                .append(superclass == null ? "" : " extends " + superclass).append(" {\n");
        for (Field field : fields) {
            source.append(field.declaration());
        }
        source.append("\n    public ").append(entity.simpleName()).append("() {\n    }\n");
        for (Field field : fields) {
            source.append(field.accessors());
        }
        return source.append(members).append("}\n").toString();
    }

    private static void importIfElsewhere(TreeSet<String> imports, EntityName from, EntityName referenced) {
        if (!referenced.domain().equals(from.domain())) {
            imports.add(referenced.qualifiedName());
        }
    }

    private static Field id(EntityName entity) {
        if (entity.index() % 2 == 0) {
            return new Field("@Id\n    @GeneratedValue(strategy = GenerationType.IDENTITY)", "Long", "id");
        }
        String generator = entity.lowerName() + "_seq";
        return new Field("@Id\n    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"" + generator
                + "\")\n    @SequenceGenerator(name = \"" + generator + "\", sequenceName = \"" + generator
                + "\", allocationSize = 50)", "Long", "id");
    }

    private static String table(EntityName entity) {
        StringBuilder table = new StringBuilder("@Table(");
        if (entity.index() % 2 == 0) {
            table.append("name = \"").append(entity.domain()).append('_').append(entity.lowerName()).append("\", ");
        }
        table.append("indexes = {@Index(name = \"ix_").append(entity.lowerName()).append("_name\", columnList = \"name\")");
        if (entity.index() % 3 == 0) {
            table.append(", @Index(columnList = \"status, code\")");
        }
        table.append('}');
        if (entity.index() % 4 == 1) {
            table.append(", uniqueConstraints = @UniqueConstraint(columnNames = {\"name\", \"status\"})");
        }
        return table.append(")\n").toString();
    }

    private static final String ADDRESS = """
            import jakarta.persistence.Column;
            import jakarta.persistence.Embeddable;

            @Embeddable
            public class Address {
                @Column(length = 200)
                private String street;

                @Column(length = 100)
                private String city;

                @Column(name = "postal_code", length = 20)
                private String postalCode;

                @Column(length = 2)
                private String country;

                public String getStreet() {
                    return street;
                }

                public String getCity() {
                    return city;
                }

                public String getPostalCode() {
                    return postalCode;
                }

                public String getCountry() {
                    return country;
                }
            }
            """;

    /** The key of the {@code @EmbeddedId} entities. */
    private static final String LINE_KEY = """
            import jakarta.persistence.Column;
            import jakarta.persistence.Embeddable;
            import java.io.Serializable;
            import java.util.Objects;

            @Embeddable
            public class LineKey implements Serializable {
                @Column(name = "document_id", nullable = false)
                private Long documentId;

                @Column(name = "line_no", nullable = false)
                private int lineNo;

                public Long getDocumentId() {
                    return documentId;
                }

                public int getLineNo() {
                    return lineNo;
                }

                @Override
                public boolean equals(Object other) {
                    return other instanceof LineKey key && Objects.equals(documentId, key.documentId)
                            && lineNo == key.lineNo;
                }

                @Override
                public int hashCode() {
                    return Objects.hash(documentId, lineNo);
                }
            }
            """;

    /** The {@code @IdClass} nested in each entity that has one. */
    private static final String ID_CLASS = """

                public static class Key implements Serializable {
                    private String documentNo;
                    private int lineNo;

                    public Key() {
                    }

                    @Override
                    public boolean equals(Object other) {
                        return other instanceof Key key && Objects.equals(documentNo, key.documentNo)
                                && lineNo == key.lineNo;
                    }

                    @Override
                    public int hashCode() {
                        return Objects.hash(documentNo, lineNo);
                    }
                }
            """;

    private static final String CURRENCY_CODE_CONVERTER = """
            import jakarta.persistence.AttributeConverter;
            import jakarta.persistence.Converter;
            import java.util.Currency;

            @Converter
            public class CurrencyCodeConverter implements AttributeConverter<Currency, String> {
                @Override
                public String convertToDatabaseColumn(Currency currency) {
                    return currency == null ? null : currency.getCurrencyCode();
                }

                @Override
                public Currency convertToEntityAttribute(String code) {
                    return code == null ? null : Currency.getInstance(code);
                }
            }
            """;

    private static String auditedEntity() {
        return """
                import jakarta.persistence.Column;
                import jakarta.persistence.MappedSuperclass;
                import jakarta.persistence.Version;
                import java.time.Instant;

                @MappedSuperclass
                public abstract class AuditedEntity {
                    @Column(name = "created_at", nullable = false, updatable = false)
                    private Instant createdAt;

                    @Column(name = "updated_at")
                    private Instant updatedAt;

                    @Version
                    private long version;

                    public Instant getCreatedAt() {
                        return createdAt;
                    }

                    public Instant getUpdatedAt() {
                        return updatedAt;
                    }

                    public long getVersion() {
                        return version;
                    }
                }
                """;
    }

    private static Path writeSource(Path sourceRoot, String domain, String simpleName, String body) throws IOException {
        Path file = sourceRoot.resolve(Path.of(ROOT_PACKAGE.replace('.', '/'), domain, simpleName + ".java"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package " + ROOT_PACKAGE + "." + domain + ";\n\n" + body);
        return file;
    }

    /**
     * An entity of the model: {@code index} orders them, relations only point to lower indexes;
     * {@code position} is its place in its package, where 0 is the hierarchy's root and the next
     * two (three in every other package) are its subclasses.
     */
    private record EntityName(int index, int domainIndex, int position, String simpleName) {
        String domain() {
            return DOMAINS.get(domainIndex);
        }

        boolean isRoot() {
            return position == 0;
        }

        boolean isSubclass() {
            return position > 0 && position <= subclassCount();
        }

        /** Its place among its package's entities outside the hierarchy. */
        int plainPosition() {
            return position - 1 - subclassCount();
        }

        Shape shape() {
            if (isRoot()) {
                return Shape.SINGLE_TABLE_ROOT;
            }
            if (isSubclass()) {
                return Shape.SINGLE_TABLE_SUBCLASS;
            }
            return switch (plainPosition() % BLOCK) {
                case JOINED_ROOT -> Shape.JOINED_ROOT;
                case JOINED_ROOT + 1, JOINED_ROOT + 2 -> Shape.JOINED_SUBCLASS;
                case ID_CLASS_POSITION -> Shape.ID_CLASS;
                case EMBEDDED_ID_POSITION -> Shape.EMBEDDED_ID;
                default -> Shape.PLAIN;
            };
        }

        boolean hasCompositeKey() {
            return shape() == Shape.ID_CLASS || shape() == Shape.EMBEDDED_ID;
        }

        private int subclassCount() {
            return domainIndex % 2 == 0 ? 3 : 2;
        }

        String qualifiedName() {
            return ROOT_PACKAGE + "." + domain() + "." + simpleName;
        }

        String lowerName() {
            return simpleName.toLowerCase(Locale.ROOT);
        }

        String fieldName() {
            return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
        }
    }

    /**
     * A {@code @ManyToOne} from {@code owner} to {@code target} in one of three styles, and
     * whether {@code target} maps it back as a {@code @OneToMany(mappedBy)}.
     */
    private record Relation(EntityName owner, EntityName target, int style, boolean mappedBack) {
        Field manyToOne() {
            String column = target.fieldName() + "_id";
            String annotations = switch (style) {
                case 0 -> "@ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"" + column + "\")";
                case 1 -> "@ManyToOne(optional = false)\n    @JoinColumn(name = \"" + column + "\", nullable = false)";
                default -> "@ManyToOne";
            };
            return new Field(annotations, target.simpleName(), target.fieldName());
        }

        Field oneToMany() {
            return new Field("@OneToMany(mappedBy = \"" + target.fieldName() + "\")", "List<" + owner.simpleName()
                    + ">", owner.fieldName() + "s", "new ArrayList<>()");
        }
    }

    /** A field with its annotations (or none), and its getter and setter. */
    private record Field(String annotations, String type, String name, String initializer) {
        Field(String annotations, String type, String name) {
            this(annotations, type, name, null);
        }

        String declaration() {
            return "\n" + (annotations == null ? "" : "    " + annotations + "\n") + "    private " + type + " " + name
                    + (initializer == null ? "" : " = " + initializer) + ";\n";
        }

        String accessors() {
            String property = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String getter = type.equals("boolean") ? "is" : "get";
            return "\n    public " + type + " " + getter + property + "() {\n        return " + name + ";\n    }\n"
                    + "\n    public void set" + property + "(" + type + " " + name + ") {\n        this." + name
                    + " = " + name + ";\n    }\n";
        }
    }
}
