package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Attribute.EnumStorage;
import dev.jpamigrate.processor.model.Attribute.EnumeratedSpec;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.Attribute.TemporalKind;
import dev.jpamigrate.processor.model.Attribute.TemporalSpec;
import dev.jpamigrate.processor.map.JdbcTypeCodes;
import dev.jpamigrate.processor.model.CollectionSpec.CollectionIdSpec;
import dev.jpamigrate.processor.model.CollectionSpec.CollectionKind;
import dev.jpamigrate.processor.model.CollectionSpec.OrderColumnSpec;
import dev.jpamigrate.processor.model.CollectionSpec.TableSpec;
import dev.jpamigrate.processor.model.CollectionSpec;
import dev.jpamigrate.processor.model.EntityClass.IndexSpec;
import dev.jpamigrate.processor.model.EntityClass.UniqueSpec;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.SequenceGeneratorSpec;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads what a collection-valued field says about its table into a {@link CollectionSpec}. */
public final class CollectionReader {
    /** The JPA annotations on a field that this reader reads. */
    public static final Set<String> ANNOTATIONS = Set.of("ElementCollection", "CollectionTable", "JoinTable", "OrderColumn",
            "MapKeyColumn", "MapKeyEnumerated", "MapKeyTemporal", "MapKeyJoinColumn", "MapKeyJoinColumns", "MapKey", "MapKeyClass");

    private final Types types;
    private final JavaTypes javaTypes;
    private final SoftDeleteReader softDeletes;
    private final TypeMirror set;
    private final TypeMirror list;
    private final TypeMirror map;
    private final TypeMirror collection;

    public CollectionReader(Elements elements, Types types, JavaTypes javaTypes, SoftDeleteReader softDeletes) {
        this.types = types;
        this.softDeletes = softDeletes;
        this.javaTypes = javaTypes;
        this.set = erased(elements, types, "java.util.Set");
        this.list = erased(elements, types, "java.util.List");
        this.map = erased(elements, types, "java.util.Map");
        this.collection = erased(elements, types, "java.util.Collection");
    }

    private static TypeMirror erased(Elements elements, Types types, String name) {
        return types.erasure(elements.getTypeElement(name).asType());
    }

    /**
     * The collection that {@code field} maps, or {@code null} when it is no to-many relation
     * and carries none of the collection {@link #ANNOTATIONS}.
     *
     * @param annotations the field's annotations of {@link #ANNOTATIONS}, by simple name
     */
    public CollectionSpec read(Element field, TypeMirror fieldType, boolean toMany, Map<String, AnnotationMirror> annotations,
            List<UnsupportedUse> unsupported) {
        if (!toMany && annotations.isEmpty()) {
            return null;
        }
        AnnotationMirror orderColumn = annotations.get("OrderColumn");
        CollectionKind kind = kind(fieldType, orderColumn != null);
        TypeMirror erased = types.erasure(fieldType);
        List<? extends TypeMirror> arguments = fieldType instanceof DeclaredType declared
                ? declared.getTypeArguments() : List.of();
        boolean isMap = types.isAssignable(erased, map);
        JavaType element = arguments.isEmpty() ? null : javaTypes.of(arguments.get(arguments.size() - 1));
        JavaType key = isMap && arguments.size() == 2 ? javaTypes.of(arguments.get(0)) : null;
        AnnotationMirror elementCollection = annotations.get("ElementCollection");
        if (elementCollection != null) {
            TypeMirror target = Annotations.type(elementCollection, "targetClass");
            if (target != null && target.getKind() != TypeKind.VOID) {
                element = javaTypes.of(target);
            }
        }
        TypeMirror keyClass = annotations.containsKey("MapKeyClass")
                ? Annotations.type(annotations.get("MapKeyClass"), "value") : null;
        if (isMap && keyClass != null && keyClass.getKind() == TypeKind.DECLARED) {
            key = javaTypes.of(keyClass);
        }
        AnnotationMirror mapKeyColumn = annotations.get("MapKeyColumn");
        AnnotationMirror mapKeyJoinColumn = annotations.get("MapKeyJoinColumn");
        AnnotationMirror mapKeyJoinColumns = annotations.get("MapKeyJoinColumns");
        CollectionSpec spec = new CollectionSpec(kind, element, key,
                elementCollection == null ? null : Origin.of(field, elementCollection),
                table(field, annotations, unsupported),
                orderColumn == null ? null : orderColumn(field, orderColumn, unsupported),
                mapKeyColumn == null ? null : AttributeReader.column(field, mapKeyColumn, unsupported),
                mapKeyEnumerated(field, annotations.get("MapKeyEnumerated")),
                mapKeyTemporal(field, annotations.get("MapKeyTemporal")),
                mapKeyJoinColumn == null ? null : AttributeReader.joinColumn(field, mapKeyJoinColumn, unsupported),
                annotations.containsKey("MapKey") ? Origin.of(field, annotations.get("MapKey")) : null, List.of(),
                List.of(), null, softDeletes.ofCollection(field, unsupported).orElse(null), collectionId(field, unsupported));
        // The join columns to the composite key of a map key entity.
        return mapKeyJoinColumns == null ? spec
                : spec.withMapKeyJoinColumns(AttributeReader.joinColumns(field, mapKeyJoinColumns, unsupported));
    }

    /**
     * Hibernate's {@code @CollectionId}, with the id's type from {@code @CollectionIdJdbcTypeCode}; the generators
     * {@code sequence} and {@code increment} (others, and the id's type said otherwise, are refused; {@code identity}
     * and {@code uuid}, which Hibernate fails on, by {@link HibernateAnnotations}).
     */
    private static CollectionIdSpec collectionId(Element field, List<UnsupportedUse> unsupported) {
        AnnotationMirror id = null;
        boolean typed = false;
        for (AnnotationMirror m : field.getAnnotationMirrors()) {
            String name = Annotations.hibernateName(m);
            if ("CollectionId".equals(name)) {
                id = m;
            } else if (name != null && name.startsWith(IntegralColumnTypes.COLLECTION_ID)
                    && IntegralColumnTypes.isTypeAnnotation(name.substring(IntegralColumnTypes.COLLECTION_ID.length()))) {
                typed = true;
            }
        }
        if (id == null) {
            return null;
        }
        Origin origin = Origin.of(field, id);
        String generator = Annotations.string(id, "generator");
        // Hibernate fails on "identity" and "uuid": HibernateAnnotations refuses them, saying so.
        if (!"sequence".equals(generator) && !"increment".equals(generator)
                && !HibernateAnnotations.failsAsCollectionId(generator) && !namesSequenceGeneratorOf(field, generator)
                || Annotations.isSet(id, "generatorImplementation")) {
            unsupported.add(new UnsupportedUse("@CollectionId without generator = \"sequence\", \"increment\" or the"
                    + " name of a @SequenceGenerator on the same field", origin));
        }
        // A type JPA Migrate does not map is refused with its annotation (HibernateAnnotations).
        Optional<String> type = IntegralColumnTypes.of(field, IntegralColumnTypes.COLLECTION_ID);
        if (!typed) {
            unsupported.add(new UnsupportedUse("@CollectionId without @CollectionIdJdbcTypeCode(Types.BIGINT) or"
                    + " (Types.INTEGER)", origin));
        }
        int code = type.map(t -> t.equals("smallint") ? JdbcTypeCodes.SMALLINT : t.equals("integer")
                ? JdbcTypeCodes.INTEGER : JdbcTypeCodes.BIGINT).orElse(JdbcTypeCodes.BIGINT);
        AnnotationValue column = Annotations.value(id, "column");
        String columnName = column != null && column.getValue() instanceof AnnotationMirror c
                ? Annotations.string(c, "name") : null;
        return new CollectionIdSpec(columnName, generator, code, origin);
    }

    /** Whether {@code generator} is the name of a {@code @SequenceGenerator} on {@code field}, which Hibernate finds first. */
    private static boolean namesSequenceGeneratorOf(Element field, String generator) {
        return field.getAnnotationMirrors().stream()
                .flatMap(m -> GeneratorReader.read(field, m, new ArrayList<>()).stream())
                .anyMatch(g -> g instanceof SequenceGeneratorSpec && g.name().equals(generator));
    }

    private CollectionKind kind(TypeMirror fieldType, boolean ordered) {
        TypeMirror erased = types.erasure(fieldType);
        if (types.isAssignable(erased, map)) {
            return CollectionKind.MAP;
        }
        if (types.isAssignable(erased, set)) {
            return CollectionKind.SET;
        }
        if (types.isAssignable(erased, list)) {
            return ordered ? CollectionKind.LIST : CollectionKind.BAG;
        }
        return types.isAssignable(erased, collection) ? CollectionKind.BAG : CollectionKind.NONE;
    }

    private static TableSpec table(Element field, Map<String, AnnotationMirror> annotations,
            List<UnsupportedUse> unsupported) {
        AnnotationMirror joinTable = annotations.get("JoinTable");
        AnnotationMirror m = joinTable != null ? joinTable : annotations.get("CollectionTable");
        return m == null ? null : table(field, m, joinTable != null ? "@JoinTable" : "@CollectionTable", unsupported);
    }

    /**
     * A {@code @JoinTable} or {@code @CollectionTable} written on {@code field}, or nested in an
     * {@code @AssociationOverride(joinTable)} there.
     */
    static TableSpec table(Element field, AnnotationMirror m, String annotation, List<UnsupportedUse> unsupported) {
        UnsupportedAnnotations.checkAttributes(field, m, annotation, unsupported, "catalog", "options", "check",
                "comment");
        AnnotationMirror foreignKey = nested(m, "foreignKey");
        AnnotationMirror inverseForeignKey = nested(m, "inverseForeignKey");
        return new TableSpec(annotation, Annotations.string(m, "name"), Annotations.string(m, "schema"),
                joinColumns(field, m, "joinColumns", unsupported),
                joinColumns(field, m, "inverseJoinColumns", unsupported),
                foreignKey == null ? null : Annotations.string(foreignKey, "name"), noConstraint(foreignKey),
                inverseForeignKey == null ? null : Annotations.string(inverseForeignKey, "name"),
                noConstraint(inverseForeignKey), uniqueConstraints(field, m, unsupported), indexes(field, m, unsupported),
                Origin.of(field, m));
    }

    private static List<UniqueSpec> uniqueConstraints(Element field, AnnotationMirror m,
            List<UnsupportedUse> unsupported) {
        List<UniqueSpec> uniques = new ArrayList<>();
        for (AnnotationValue value : Annotations.list(m, "uniqueConstraints")) {
            AnnotationMirror unique = (AnnotationMirror) value.getValue();
            UnsupportedAnnotations.checkAttributes(field, unique, "@UniqueConstraint", unsupported, "options");
            uniques.add(new UniqueSpec(Annotations.string(unique, "name"), Annotations.strings(unique, "columnNames"),
                    new Origin(field, m, value)));
        }
        return uniques;
    }

    private static List<IndexSpec> indexes(Element field, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        List<IndexSpec> indexes = new ArrayList<>();
        for (AnnotationValue value : Annotations.list(m, "indexes")) {
            AnnotationMirror index = (AnnotationMirror) value.getValue();
            UnsupportedAnnotations.checkAttributes(field, index, "@Index", unsupported, "options");
            String columnList = Annotations.string(index, "columnList");
            indexes.add(new IndexSpec(Annotations.string(index, "name"), columnList == null ? "" : columnList,
                    Annotations.bool(index, "unique", false), new Origin(field, m, value)));
        }
        return indexes;
    }

    private static List<JoinColumnSpec> joinColumns(Element field, AnnotationMirror m, String attribute,
            List<UnsupportedUse> unsupported) {
        List<AnnotationMirror> columns = Annotations.annotations(m, attribute);
        return columns.stream().map(c -> AttributeReader.joinColumn(field, c, unsupported)).toList();
    }

    private static AnnotationMirror nested(AnnotationMirror m, String attribute) {
        AnnotationValue value = Annotations.value(m, attribute);
        return value != null && value.getValue() instanceof AnnotationMirror nested ? nested : null;
    }

    private static boolean noConstraint(AnnotationMirror foreignKey) {
        return foreignKey != null && "NO_CONSTRAINT".equals(Annotations.enumConstant(foreignKey, "value"));
    }

    private static OrderColumnSpec orderColumn(Element field, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        // insertable and updatable say which statements write the column, not what it is.
        UnsupportedAnnotations.checkAttributes(field, m, "@OrderColumn", unsupported, "columnDefinition", "options");
        return new OrderColumnSpec(Annotations.string(m, "name"), Annotations.bool(m, "nullable", true),
                Origin.of(field, m));
    }

    private static EnumeratedSpec mapKeyEnumerated(Element field, AnnotationMirror m) {
        return m == null ? null : new EnumeratedSpec("STRING".equals(Annotations.enumConstant(m, "value"))
                ? EnumStorage.STRING : EnumStorage.ORDINAL, Origin.of(field, m));
    }

    private static TemporalSpec mapKeyTemporal(Element field, AnnotationMirror m) {
        if (m == null) {
            return null;
        }
        String value = Annotations.enumConstant(m, "value");
        TemporalKind kind = "DATE".equals(value) ? TemporalKind.DATE
                : "TIME".equals(value) ? TemporalKind.TIME : TemporalKind.TIMESTAMP;
        return new TemporalSpec(kind, Origin.of(field, m));
    }
}
