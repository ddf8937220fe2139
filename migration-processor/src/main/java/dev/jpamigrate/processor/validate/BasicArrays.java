package dev.jpamigrate.processor.validate;

import dev.jpamigrate.processor.ProcessorOptions;
import dev.jpamigrate.processor.ProcessorOptions.HibernateMinor;
import dev.jpamigrate.processor.map.JdbcTypeCodes;
import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.JavaType;
import java.util.Set;

/**
 * The array columns (an {@code E[]}, or a basic {@code List<E>} or {@code Set<E>}) that Hibernate before 6.6 fails on:
 * its array type is made of the element's registered basic type, and the elements it serializes (an application's
 * {@code Serializable} class, Jakarta Mail's {@code InternetAddress}, a {@code URI}), a {@code Year}, a {@code ZoneId}
 * and an {@code InetAddress} have none ("BasicTypeImpl cannot be cast to class BasicPluralType" on 6.3 to 6.5, "no type
 * mapping for ... ARRAY" on 6.2). Hibernate 6.6 and 7.x map them: {@code bytea array}, {@code integer array},
 * {@code varchar(255) array}, {@code inet array}.
 */
final class BasicArrays {
    /** The JDK's classes whose arrays Hibernate 6.2 to 6.5 fail on (seen on 6.2, 6.4 and 6.5). */
    private static final Set<String> UNREGISTERED = Set.of("java.time.Year", "java.time.ZoneId", "java.net.InetAddress",
            "java.net.URI", "java.time.MonthDay", "java.time.YearMonth");

    private BasicArrays() {
    }

    /** The error for {@code attribute}'s array column on {@code minor}, or {@code null} when Hibernate maps it. */
    static String refusal(Attribute attribute, HibernateMinor minor) {
        JavaType type = attribute.type();
        Integer code = attribute.details().jdbcTypeCode();
        if (minor.atLeast(HibernateMinor.V6_6) || type.kind() != JavaType.Kind.ARRAY || type.component() == null
                || attribute.converter() != null || code != null && code != JdbcTypeCodes.ARRAY) {
            return null;
        }
        JavaType element = type.component();
        boolean serialized = element.kind() == JavaType.Kind.SERIALIZABLE && !element.name().equals("java.io.Serializable");
        if (!serialized && !UNREGISTERED.contains(element.name())) {
            return null;
        }
        return "Hibernate " + minor.option() + " fails on field " + attribute.name() + ", an array of " + element.name()
                + ", for which it has no array type (Hibernate 6.6 and later map it as an array column):"
                + " add @ElementCollection to store the values in a table of their own, or choose Hibernate 6.6 or"
                + " later (" + ProcessorOptions.HIBERNATE + ")";
    }
}
