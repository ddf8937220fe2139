package dev.jpamigrate.postgres;

import dev.jpamigrate.schema.Index;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The statements of the lock-safe forms ({@code ../shared/reference/lock-safety.md}): each keeps
 * reads and writes of an existing table going while it scans or builds, and each runs in a
 * transaction of its own, in a revision with {@code transactional = false}. Such a revision
 * that fails part-way leaves the statements before the failure applied and is not recorded, so
 * every statement here can run again after them: a failed {@code create index concurrently}
 * leaves an INVALID index behind, which the next run drops before building it again.
 *
 * <pre>{@code
 * LockSafeStatements.setNotNullViaCheck("customer", "email");
 * // alter table customer drop constraint if exists email_not_null_check,
 * //     add constraint email_not_null_check check (email is not null) not valid
 * // alter table customer validate constraint email_not_null_check
 * // alter table customer alter column email set not null
 * // alter table customer drop constraint if exists email_not_null_check
 * }</pre>
 */
public final class LockSafeStatements {
    private static final String CHECK_SUFFIX = "_not_null_check";
    private static final int MAX_IDENTIFIER_BYTES = 63;

    private LockSafeStatements() {
    }

    /** An INVALID index of the name dropped (a failed earlier run), then {@code create index concurrently if not exists}. */
    static List<String> createIndexConcurrently(String table, Index index) {
        return List.of(dropInvalidIndex(table, index.name()), concurrently(PostgresDialect.createIndex(table, index)));
    }

    /**
     * A unique index built concurrently, then the constraint ({@code unique} or {@code primary key})
     * made of it, which takes its lock only for a moment; skipped when the constraint is there.
     */
    static List<String> constraintUsingIndex(String table, String name, String kind, List<String> columns) {
        String index = concurrently(PostgresDialect.createIndex(table, new Index(name, columns, true)));
        String add = PostgresDialect.alterTable(table) + " add constraint " + Identifiers.quote(name) + " " + kind
                + " using index " + Identifiers.quote(name);
        String guarded = "do $using$ begin if not exists (select from pg_constraint where conrelid = to_regclass("
                + PostgresDialect.literal(PostgresDialect.quote(table)) + ") and conname = "
                + PostgresDialect.literal(name) + ") then " + add + "; end if; end $using$";
        return List.of(dropInvalidIndex(table, name), index, guarded);
    }

    /**
     * {@code set not null} without the scan under an exclusive lock: a check {@code not valid}
     * (a moment's lock), validated (a scan that lets writes go on), then {@code set not null},
     * which PostgreSQL 12+ proves from the check without a scan, and the check dropped.
     */
    static List<String> setNotNullViaCheck(String table, String column) {
        String alter = PostgresDialect.alterTable(table);
        String check = Identifiers.quote(checkName(column));
        return List.of(
                alter + " drop constraint if exists " + check + ", add constraint " + check + " check ("
                        + Identifiers.quote(column) + " is not null) not valid",
                alter + " validate constraint " + check,
                alter + " alter column " + Identifiers.quote(column) + " set not null",
                alter + " drop constraint if exists " + check);
    }

    /**
     * {@code email_not_null_check}: a check constraint's name is unique per table only; the column
     * is cut so that the name stays within PostgreSQL's 63 bytes.
     */
    public static String checkName(String column) {
        String base = column;
        while ((base + CHECK_SUFFIX).getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
            base = base.substring(0, base.length() - 1);
        }
        return base + CHECK_SUFFIX;
    }

    /**
     * A failed {@code create index concurrently} leaves its index INVALID; {@code if not exists}
     * would then skip it and leave the revision done with an index no query uses. Dropping it takes
     * the table's lock for a moment, and only after such a failure.
     */
    private static String dropInvalidIndex(String table, String name) {
        int dot = table.indexOf('.');
        String schema = dot < 0 ? "current_schema()" : PostgresDialect.literal(table.substring(0, dot));
        String qualified = (dot < 0 ? "" : Identifiers.quote(table.substring(0, dot)) + ".") + Identifiers.quote(name);
        return "do $invalid$ begin if exists (select from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = " + schema + " and c.relname = "
                + PostgresDialect.literal(name) + " and not i.indisvalid) then drop index " + qualified
                + "; end if; end $invalid$";
    }

    /** {@code create [unique] index x on ...} as {@code create [unique] index concurrently if not exists x on ...}. */
    private static String concurrently(String createIndex) {
        return createIndex.replaceFirst("index ", "index concurrently if not exists ");
    }
}
