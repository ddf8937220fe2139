package dev.jpamigrate.codegen;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** New revision ids: the UTC time to the second, so that ids sort by time; one second later if taken. */
public final class RevisionIds {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private RevisionIds() {
    }

    public static String next(Clock clock, Set<String> taken) {
        var instant = clock.instant();
        String id = FORMAT.format(instant);
        while (taken.contains(id)) {
            instant = instant.plusSeconds(1);
            id = FORMAT.format(instant);
        }
        return id;
    }
}
