package dev.jpamigrate.postgres;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An estimate of the entries that a transaction takes in PostgreSQL's shared lock table:
 * each relation, index, TOAST table, sequence, row type and constraint that a DDL statement
 * creates, alters or drops stays locked until commit, once per object whatever the lock
 * mode. The table holds {@code max_locks_per_transaction × (max_connections +
 * max_prepared_transactions)} entries for all sessions ({@value #DEFAULT_SERVER_CAPACITY}
 * on a default server); a transaction that needs more fails with "out of shared memory"
 * (SQLState 53200).
 *
 * <p>Counted as PostgreSQL 15 to 17 take them ({@code pg_locks} after each statement): the
 * transaction's id 1, the schema of a created table 1, a created table 2 (the table and its
 * row type), its primary key and each unique constraint 2 (index and constraint), each
 * index 1, a TOAST table 2 (table and index) when a row may pass 2 kB (PostgreSQL's
 * threshold), each identity sequence 1; a foreign key 1, the tables on both
 * sides and every index of both (checking the existing rows plans a join, which opens them;
 * the 16 fast-path slots of a session are soon full); a dropped table what it holds; any
 * other change 1 for its table. Without the schema the operations run on, the indexes of
 * tables created before are not counted; a raw SQL or JDBC step counts 1.
 */
public final class LockCount {
    /** max_locks_per_transaction (64) × max_connections (100) of a server left at its defaults. */
    public static final int DEFAULT_SERVER_CAPACITY = 64 * 100;
    /** PostgreSQL gives a table a TOAST table when its widest row may exceed this (TOAST_TUPLE_THRESHOLD). */
    private static final int TOAST_THRESHOLD = 2032;
    private static final Set<String> FIXED_WIDTH = Set.of("smallint", "integer", "bigint", "real", "double precision",
            "boolean", "date", "timestamp", "timestamp with time zone", "time", "time with time zone", "uuid",
            "interval", "money", "oid");
    private static final Pattern BOUNDED = Pattern.compile("(varchar|char|numeric)(\\((\\d+)(,\\s*\\d+)?\\))?");

    private final Set<String> locked = new HashSet<>();

    /** The entries that {@code operations} hold together in one transaction, run on {@code before} (null: unknown). */
    public static int of(List<Operation> operations, Schema before) {
        LockCount count = new LockCount();
        Schema state = before;
        for (Operation op : operations) {
            count.add(op, state);
            state = next(op, state);
        }
        return count.total();
    }

    /** The entries held so far. */
    public int total() {
        return locked.size();
    }

    /** The entries that {@code op} would add to those held; {@code before} is the schema it runs on, or null. */
    public int additional(Operation op, Schema before) {
        Set<String> objects = objects(op, before);
        objects.removeAll(locked);
        return objects.size();
    }

    /** Holds the entries of {@code op} too. */
    public void add(Operation op, Schema before) {
        locked.addAll(objects(op, before));
    }

    private static Set<String> objects(Operation op, Schema before) {
        Set<String> locked = new HashSet<>();
        // The transaction's own id, which every change takes.
        locked.add("transaction");
        Optional<Schema> schema = Optional.ofNullable(before);
        if (op instanceof Operation.CreateTable create) {
            created(locked, create.table());
            create.table().foreignKeys().forEach(fk -> indexes(locked, schema, fk.referencedTable()));
        } else if (op instanceof Operation.DropTable drop) {
            relation(locked, drop.table());
            schema.flatMap(s -> s.table(drop.table())).ifPresent(t -> created(locked, t));
        } else if (op instanceof Operation.AddColumn add) {
            relation(locked, add.table());
            if (add.backfill() != null && BackfillStatements.isConstant(add.backfill())) {
                // Dropping the default that gave the rows the backfill locks that default's catalog entry.
                lock(locked, "default:" + add.table() + "." + add.column().name());
            }
            if (rowWidth(List.of(add.column())) > TOAST_THRESHOLD) {
                lock(locked, "toast:" + add.table(), "toast index:" + add.table());
            }
        } else if (op instanceof Operation.AlterColumnType alter) {
            // Rewrites the table and rebuilds every index on it.
            relation(locked, alter.table());
            schema.flatMap(s -> s.table(alter.table())).ifPresent(t -> created(locked, t));
        } else if (op instanceof Operation.AddPrimaryKey add) {
            String name = add.primaryKey().name();
            lock(locked, "rel:" + add.table(), "index:" + name, "constraint:" + name);
        } else if (op instanceof Operation.AddUnique add) {
            String name = add.constraint().name();
            lock(locked, "rel:" + add.table(), "index:" + name, "constraint:" + name);
        } else if (op instanceof Operation.CreateIndex create) {
            lock(locked, "rel:" + create.table(), "index:" + create.index().name());
        } else if (op instanceof Operation.AddForeignKey add) {
            foreignKey(locked, add.table(), add.foreignKey());
            // Checking the rows plans a join of both tables, which opens every index of both.
            indexes(locked, schema, add.table());
            indexes(locked, schema, add.foreignKey().referencedTable());
        } else if (op instanceof Operation.DropForeignKey drop) {
            relation(locked, drop.table());
            lock(locked, "constraint:" + drop.name());
            schema.flatMap(s -> s.table(drop.table())).stream().flatMap(t -> t.foreignKeys().stream())
                    .filter(fk -> fk.name().equals(drop.name())).forEach(fk -> relation(locked, fk.referencedTable()));
        } else if (op instanceof Operation.CreateSequence create) {
            lock(locked, "rel:" + create.sequence().name());
        } else if (op instanceof Operation.AlterSequence alter) {
            lock(locked, "rel:" + alter.sequence().name());
        } else if (op instanceof Operation.AlterSequenceOwner own) {
            // The sequence, and the owner's table, which owning reads for its highest value.
            lock(locked, "rel:" + own.name());
            if (own.owner() != null) {
                relation(locked, own.owner().table());
            }
        } else if (op instanceof Operation.DropSequence drop) {
            lock(locked, "rel:" + drop.name());
        } else if (op instanceof Operation.CreateSchema create) {
            lock(locked, "schema:" + create.name());
        } else if (op instanceof Operation.DropSchema drop) {
            lock(locked, "schema:" + drop.name());
        } else if (op instanceof Operation.DropIndex drop) {
            lock(locked, "rel:" + drop.table(), "index:" + drop.name());
        } else if (op instanceof Operation.DropUnique drop) {
            lock(locked, "rel:" + drop.table(), "index:" + drop.name(), "constraint:" + drop.name());
        } else if (op instanceof Operation.DropPrimaryKey drop) {
            lock(locked, "rel:" + drop.table(), "index:" + drop.name(), "constraint:" + drop.name());
        } else if (op instanceof Operation.RenameTable rename) {
            // The table and its row type, which takes the new name too.
            lock(locked, "rel:" + rename.table(), "type:" + rename.table());
        } else if (op instanceof Operation.RenameIndex rename) {
            lock(locked, "index:" + rename.name());
        } else if (op instanceof Operation.RenameSequence rename) {
            lock(locked, "rel:" + rename.name());
        } else if (op instanceof Operation.RenameConstraint rename) {
            lock(locked, "rel:" + rename.table(), "constraint:" + rename.name());
        } else {
            String table = tableOf(op);
            // Each raw statement is one more entry at least.
            lock(locked, table == null ? "statement:" + System.identityHashCode(op) : "rel:" + table);
        }
        return locked;
    }

    /** What a created (or dropped, or rewritten) table holds: itself and everything created with it. */
    private static void created(Set<String> locked, Table table) {
        relation(locked, table.name());
        lock(locked, "schema:" + (table.schemaName() == null ? "" : table.schemaName()));
        lock(locked, "type:" + table.name());
        if (table.primaryKey() != null) {
            lock(locked, "index:" + table.primaryKey().name(), "constraint:" + table.primaryKey().name());
        }
        table.uniqueConstraints().forEach(u -> lock(locked, "index:" + u.name(), "constraint:" + u.name()));
        table.indexes().forEach(i -> lock(locked, "index:" + i.name()));
        table.columns().stream().filter(Column::identity)
                .forEach(c -> lock(locked, "sequence:" + table.name() + "." + c.name()));
        if (rowWidth(table.columns()) > TOAST_THRESHOLD) {
            lock(locked, "toast:" + table.name(), "toast index:" + table.name());
        }
        table.foreignKeys().forEach(fk -> foreignKey(locked, table.name(), fk));
    }

    private static void indexes(Set<String> locked, Optional<Schema> schema, String table) {
        schema.flatMap(s -> s.table(table)).ifPresent(t -> {
            if (t.primaryKey() != null) {
                lock(locked, "index:" + t.primaryKey().name());
            }
            t.uniqueConstraints().forEach(u -> lock(locked, "index:" + u.name()));
            t.indexes().forEach(i -> lock(locked, "index:" + i.name()));
        });
    }

    private static void foreignKey(Set<String> locked, String table, ForeignKey fk) {
        lock(locked, "rel:" + table, "rel:" + fk.referencedTable(), "constraint:" + fk.name());
    }

    private static void relation(Set<String> locked, String table) {
        lock(locked, "rel:" + table);
    }

    private static void lock(Set<String> locked, String... objects) {
        locked.addAll(List.of(objects));
    }

    /** The widest row the columns may hold, as PostgreSQL reckons it; past the threshold when a type has no bound. */
    private static int rowWidth(List<Column> columns) {
        int width = 0;
        for (Column column : columns) {
            if (FIXED_WIDTH.contains(column.type().replaceAll("\\(\\d+\\)", ""))) {
                width += 8;
                continue;
            }
            Matcher bounded = BOUNDED.matcher(column.type());
            if (!bounded.matches() || bounded.group(3) == null) {
                return Integer.MAX_VALUE;
            }
            int length = Integer.parseInt(bounded.group(3));
            // Four bytes per character at most, or two digits per byte, and a header.
            width += (bounded.group(1).equals("numeric") ? length / 2 + 8 : length * 4) + 4;
        }
        return width;
    }

    /** The table that an ALTER TABLE or COMMENT ON changes; null for raw SQL and JDBC steps. */
    private static String tableOf(Operation op) {
        if (op instanceof Operation.AlterTableComment o) {
            return o.table();
        } else if (op instanceof Operation.DropColumn o) {
            return o.table();
        } else if (op instanceof Operation.AlterColumnNullable o) {
            return o.table();
        } else if (op instanceof Operation.AlterColumnDefault o) {
            return o.table();
        } else if (op instanceof Operation.AlterColumnIdentity o) {
            return o.table();
        } else if (op instanceof Operation.AlterColumnComment o) {
            return o.table();
        } else if (op instanceof Operation.AddCheck o) {
            return o.table();
        } else if (op instanceof Operation.DropCheck o) {
            return o.table();
        } else if (op instanceof Operation.RenameColumn o) {
            return o.table();
        } else if (op instanceof Operation.ValidateConstraint o) {
            return o.table();
        }
        return null;
    }

    private static Schema next(Operation op, Schema state) {
        if (state == null) {
            return null;
        }
        try {
            return op.applyTo(state);
        } catch (RuntimeException e) {
            // A revision written by hand may change what the model does not hold; count on without it.
            return null;
        }
    }
}
