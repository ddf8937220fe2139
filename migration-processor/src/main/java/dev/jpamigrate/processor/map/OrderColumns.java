package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.processor.naming.PostgresNames;
import dev.jpamigrate.processor.read.HibernateAnnotations;
import dev.jpamigrate.processor.read.IntegralColumnTypes;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Column;
import java.util.Optional;
import java.util.Set;

/**
 * The column of {@code @OrderColumn}: {@code <attribute>_ORDER} unless named, an
 * {@code integer} (or the type of {@code @ListIndexJdbcTypeCode}), which Hibernate 7.3 and later check is not negative.
 */
public final class OrderColumns {
    private OrderColumns() {
    }

    public static String logicalName(Attribute attribute) {
        String name = attribute.collection().orderColumn().name();
        return name != null ? name : attribute.name() + "_ORDER";
    }

    /** The column; {@code nullable} in the target's table of a {@code @OneToMany @JoinColumn}, not in a join table. */
    public static Column column(Attribute attribute, Naming naming, boolean nullable) {
        // Hibernate's @ListIndexJdbcTypeCode (or JdbcType, JavaType) may make it a smallint or a bigint.
        String type = IntegralColumnTypes.of(attribute.origin().element(), IntegralColumnTypes.LIST_INDEX)
                .orElse("integer");
        return new Column(naming.column(logicalName(attribute)), type, nullable, null, false);
    }

    /**
     * The check of {@code attribute}'s order column, not below Hibernate's {@code @ListIndexBase}: Hibernate writes
     * it since 7.3 (not 6.6 to 7.2).
     */
    public static Optional<CheckConstraint> check(String table, String column, Set<String> taken,
            ProcessorOptions.HibernateMinor hibernate, Attribute attribute) {
        if (!hibernate.atLeast(ProcessorOptions.HibernateMinor.V7_3)) {
            return Optional.empty();
        }
        int base = HibernateAnnotations.listIndexBase(attribute.origin().element());
        return Optional.of(new CheckConstraint(PostgresNames.check(table, column, taken),
                PostgresNames.quoteIdent(column) + " >= " + base));
    }
}
