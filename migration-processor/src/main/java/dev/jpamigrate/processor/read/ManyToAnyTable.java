package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.Attribute.Embedding;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.CollectionSpec;
import dev.jpamigrate.processor.model.CollectionSpec.CollectionKind;
import dev.jpamigrate.processor.model.CollectionSpec.TableSpec;
import dev.jpamigrate.processor.model.ColumnDetails;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.Problem;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Hibernate's {@code @ManyToAny}: a join table of the owner's join column (with its foreign key), a discriminator and a
 * key column per element, and no foreign key to the targets. That is the table of an element collection whose element
 * holds two basic attributes, keyed as one: none for a bag, the owner's and order columns for a list, and for a set
 * (whose discriminator column is nullable) Hibernate 7.4's unique constraint over the owner's and the element's columns.
 * So the attribute reads as such an element collection, which the collection table mapper maps.
 */
final class ManyToAnyTable {
    private static final String KEY = "_id";

    private ManyToAnyTable() {
    }

    /** Whether {@code member} is annotated with Hibernate's {@code @ManyToAny}. */
    static boolean isManyToAny(Element member) {
        return AnyColumns.hibernate(member, "ManyToAny").isPresent();
    }

    /**
     * {@code read}, the attribute read from a {@code @ManyToAny} member, as an element collection of its discriminator
     * and key columns; as read, with a problem, where Hibernate refuses the mapping.
     */
    static Attribute collection(Attribute read, Element member, String hibernate, List<Problem> problems) {
        AnnotationMirror manyToAny = AnyColumns.hibernate(member, "ManyToAny").orElseThrow();
        Origin origin = Origin.of(member, manyToAny);
        Origin context = Origin.of(member);
        String name = read.name();
        CollectionSpec collection = read.collection();
        TableSpec table = collection == null ? null : collection.table();
        if (table == null || !table.annotation().equals("@JoinTable")) {
            problems.add(new Problem(false, "Hibernate refuses @ManyToAny " + name + " without a @JoinTable (\"must"
                    + " specify a '@JoinTable'\"): add @JoinTable(name = \"…\")", origin, context));
            return read;
        }
        if (table.name() == null || table.name().isEmpty()) {
            problems.add(new Problem(false, "@ManyToAny " + name + "'s @JoinTable has no name, and Hibernate names it"
                    + " <owner>_null, one table for every such collection of the entity: name it, @JoinTable(name ="
                    + " \"…\")", table.origin(), context));
            return read;
        }
        if (hibernate.startsWith("6") && (unnamed(table.joinColumns()) || unnamed(table.inverseJoinColumns()))) {
            problems.add(new Problem(false, "Hibernate 6 fails on @ManyToAny " + name + " (a NullPointerException)"
                    + " unless its @JoinTable names both columns: add joinColumns = @JoinColumn(name = \"…\") and"
                    + " inverseJoinColumns = @JoinColumn(name = \"…\")", table.origin(), context));
            return read;
        }
        if (table.inverseJoinColumns().size() > 1) {
            problems.add(new Problem(false, "@ManyToAny " + name + " has one key column: give @JoinTable one inverse"
                    + " join column", table.origin(), context));
            return read;
        }
        JavaType keyType = AnyColumns.keyType(member);
        if (keyType == null) {
            if (AnyColumns.hibernate(member, "AnyKeyJavaType").isEmpty()) {
                problems.add(new Problem(false, "Hibernate refuses @ManyToAny " + name + " without the key's type"
                        + " (\"Could not determine key type\"): add @AnyKeyJavaClass(Long.class), the type of the"
                        + " targets' ids", origin, context));
            }
            return read;
        }
        ColumnSpec written = read.column();
        ColumnSpec discriminatorColumn = written != null
                ? new ColumnSpec(written.name() == null || written.name().isEmpty() ? name : written.name(),
                        written.nullable(), written.unique(), written.length(), written.precision(), written.scale(),
                        written.secondPrecision(), written.columnDefinition(), written.origin(), null, false)
                : new ColumnSpec(name, true, false, null, 0, 0, null, null, origin, null, false);
        Attribute discriminator = new Attribute(name, read.declaringClass(), AnyColumns.discriminatorType(member), false,
                false, false, true, discriminatorColumn, null, null, null, List.of(), null, null, null, null,
                ColumnDetails.NONE, List.of(), read.origin(), new Embedding(name + "." + name, context), List.of(), null,
                false, false);
        JoinColumnSpec inverse = table.inverseJoinColumns().isEmpty() ? null : table.inverseJoinColumns().get(0);
        String keyName = inverse == null || inverse.name() == null || inverse.name().isEmpty() ? name + KEY
                : inverse.name();
        // The key column is NOT NULL in the join table, as Hibernate 6.6 and 7.4 write it.
        ColumnSpec keyColumn = new ColumnSpec(keyName, false, false, null, 0, 0, null,
                inverse == null ? null : inverse.columnDefinition(), inverse == null ? origin : inverse.origin(), null,
                false);
        ColumnDetails keyDetails = AnyColumns.keyJdbcTypeCode(member)
                .map(code -> new ColumnDetails(null, null, List.of(), code, false, false,
                        ColumnDetails.NONE.onDelete(), ColumnDetails.NONE.validation(), null, null))
                .orElse(ColumnDetails.NONE);
        Attribute key = new Attribute(name + KEY, read.declaringClass(), keyType, false, false, false, true, keyColumn,
                null, null, null, List.of(), null, null, null, null, keyDetails, List.of(), read.origin(),
                new Embedding(name + "." + name + KEY, context), List.of(), null, false, false);
        TableSpec collectionTable = new TableSpec("@CollectionTable", table.name(), table.schema(), table.joinColumns(),
                List.of(), table.foreignKeyName(), table.noConstraint(), null, false, table.uniqueConstraints(),
                table.indexes(), table.origin());
        CollectionSpec elements = new CollectionSpec(collection.kind(), JavaType.of(Object.class.getName(),
                JavaType.Kind.EMBEDDABLE), null, origin, collectionTable, collection.orderColumn(), null, null, null, null,
                null, List.of(discriminator, key), List.of(), null, collection.softDelete(), collection.collectionId());
        if (collection.kind() == CollectionKind.MAP || collection.kind() == CollectionKind.NONE) {
            problems.add(new Problem(false, "@ManyToAny " + name + " maps a Set, List or Collection: declare it so",
                    origin, context));
            return read;
        }
        return read.withCollection(elements);
    }

    private static boolean unnamed(List<JoinColumnSpec> columns) {
        return columns.isEmpty() || columns.stream().anyMatch(c -> c.name() == null || c.name().isEmpty());
    }
}
