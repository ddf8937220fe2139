package dev.jpamigrate.processor.map;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.JavaType;
import dev.jpamigrate.processor.settings.DdlSettings;
import java.util.Set;

/**
 * Hibernate's {@code COLUMN} time zone storage ({@code TimeZoneStorageHelper}): an {@code
 * OffsetDateTime} or {@code ZonedDateTime} becomes two columns, the instant as an {@code Instant}
 * column and its offset in seconds as an {@code integer} column named {@code <column>_tz} (or as
 * {@code @TimeZoneColumn} says). Hibernate maps it as a composite: a {@code @Column} with a name is
 * the instant's column as written, otherwise the instant's column has the implicit name and only the
 * precisions of {@code @Column}, and is nullable; the offset column is nullable as the instant's
 * column is, and has its definition unless {@code @TimeZoneColumn} is written. {@code @TimeZoneStorage(AUTO)}
 * and {@code hibernate.timezone.default_storage=AUTO} mean {@code COLUMN} on PostgreSQL, whose
 * {@code timestamp with time zone} keeps no offset.
 */
public final class TimeZoneColumns {
    private static final Set<String> TYPES = Set.of("java.time.OffsetDateTime", "java.time.ZonedDateTime");
    private static final String OFFSET_TIME = "java.time.OffsetTime";
    private static final String OFFSET_TYPE = "integer";

    private final DdlSettings settings;

    public TimeZoneColumns(DdlSettings settings) {
        this.settings = settings;
    }

    /**
     * Whether Hibernate keeps the offset of {@code attribute} in a column of its own: {@code
     * @TimeZoneStorage(COLUMN)} or {@code (AUTO)}; without the annotation, the setting. Another
     * strategy on the attribute wins over the setting.
     */
    public boolean stores(Attribute attribute) {
        String type = attribute.type().name();
        if (!TYPES.contains(type) && !type.equals(OFFSET_TIME)) {
            return false;
        }
        String storage = attribute.details().timeZoneStorage();
        return storage == null ? settings.timeZoneColumns() : storage.equals("COLUMN") || storage.equals("AUTO");
    }

    /** Whether JPA Migrate maps the two columns of {@code attribute}: not for an {@code OffsetTime} yet. */
    public static boolean isMapped(Attribute attribute) {
        return TYPES.contains(attribute.type().name());
    }

    /** The attribute as Hibernate's composite maps its instant: an {@code Instant} with the column described above. */
    public static Attribute instant(Attribute attribute) {
        ColumnSpec written = attribute.column();
        ColumnSpec column = written == null || written.name() != null ? written : new ColumnSpec(null, true, false,
                null, written.precision(), 0, written.secondPrecision(), null, written.origin(), written.table(), false);
        return attribute.withColumn(JavaType.of("java.time.Instant", JavaType.Kind.OTHER), column);
    }

    /** Whether the instant's column, and so the offset's, is {@code not null}: a named {@code @Column(nullable = false)}. */
    public static boolean notNull(Attribute instant) {
        return instant.column() != null && !instant.column().nullable();
    }

    /** The logical name of the offset column: {@code @TimeZoneColumn(name)}, or the instant column's with {@code _tz}. */
    public static String offsetColumnName(Attribute attribute) {
        ColumnSpec written = attribute.details().timeZoneColumn();
        return written != null && written.name() != null ? written.name() : attribute.logicalColumnName() + "_tz";
    }

    /**
     * The offset column's type, default and {@code not null}: {@code @TimeZoneColumn(columnDefinition)} (the
     * instant's without {@code @TimeZoneColumn}), or an {@code integer} of seconds.
     */
    public static ColumnDefinition offsetColumn(Attribute attribute) {
        ColumnSpec written = attribute.details().timeZoneColumn() != null ? attribute.details().timeZoneColumn()
                : instant(attribute).column();
        if (written != null && written.columnDefinition() != null) {
            return ColumnDefinition.parse(written.columnDefinition())
                    .orElse(new ColumnDefinition(written.columnDefinition(), null, false));
        }
        return new ColumnDefinition(OFFSET_TYPE, null, false);
    }
}
