package dev.jpamigrate.codegen;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.postgres.LockSafeStatements;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a change set as PostgreSQL runs it on tables that hold rows and serve traffic
 * ({@code ../shared/reference/lock-safety.md}): the schema changes in the main, transactional
 * revision, with foreign keys and checks on existing tables added {@code not valid} (a
 * moment's lock, no scan); then a follow-up revision with {@code transactional = false}, each
 * statement its own transaction, that does what would otherwise scan or build under a lock
 * that stops writers: indexes built and dropped concurrently, unique constraints and primary
 * keys made of a concurrently built index, {@code set not null} through a validated check, and
 * the validations of what the main revision added {@code not valid}.
 *
 * <p>A table created in the same change set holds no rows yet: its changes stay plain, in the
 * main revision. The plan is kept only when it reaches the same schema as the change set run
 * as one; a change set whose steps depend on each other in a way the split would break (a
 * foreign key to a unique constraint added in the same change set keeps that constraint in the
 * main revision; anything else) is written plain, and {@link #reason()} says why.
 *
 * <pre>{@code
 * SafeRevisions plan = SafeRevisions.plan(before, diff.upgrade());
 * plan.main();       // [AddColumn(...), AddForeignKey(..., notValid = true)]
 * plan.followUp();   // [CreateIndex(..., concurrently = true), ValidateConstraint(...)]
 * }</pre>
 */
final class SafeRevisions {
    private final List<Operation> main;
    private final List<Operation> followUp;
    private final String reason;

    private SafeRevisions(List<Operation> main, List<Operation> followUp, String reason) {
        this.main = List.copyOf(main);
        this.followUp = List.copyOf(followUp);
        this.reason = reason;
    }

    /** The transactional revision's operations. */
    List<Operation> main() {
        return main;
    }

    /** The operations of the revision with {@code transactional = false}; empty when there is nothing to do there. */
    List<Operation> followUp() {
        return followUp;
    }

    /** Why the change set is written plain although lock-safe forms were asked for, when it is. */
    Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** The change set as one plain revision: {@code migration.lockSafe=false}. */
    static SafeRevisions plain(List<Operation> upgrade) {
        return new SafeRevisions(upgrade, List.of(), null);
    }

    static SafeRevisions plan(Schema before, List<Operation> upgrade) {
        Schema expected = replay(before, upgrade, List.of());
        SafeRevisions withDrops = split(before, upgrade, true);
        if (reaches(before, withDrops, expected)) {
            return withDrops;
        }
        // An index dropped concurrently after the main revision may be one that it needs gone.
        SafeRevisions withoutDrops = split(before, upgrade, false);
        if (reaches(before, withoutDrops, expected)) {
            return withoutDrops;
        }
        return new SafeRevisions(upgrade, List.of(), "its steps depend on each other in a way that a separate"
                + " non-transactional revision would break");
    }

    private static SafeRevisions split(Schema before, List<Operation> upgrade, boolean dropIndexesConcurrently) {
        Set<String> created = new HashSet<>();
        Set<String> dropped = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        for (Operation op : upgrade) {
            if (op instanceof Operation.CreateTable create) {
                created.add(create.table().name());
                create.table().foreignKeys().forEach(fk -> referenced.add(key(fk)));
            } else if (op instanceof Operation.DropTable drop) {
                dropped.add(drop.table());
            } else if (op instanceof Operation.AddForeignKey add) {
                referenced.add(key(add.foreignKey()));
            }
        }
        Set<String> identities = new HashSet<>();
        for (Operation op : upgrade) {
            // A column that becomes an identity must be NOT NULL first, in the same revision.
            if (op instanceof Operation.AlterColumnIdentity a && a.identity()) {
                identities.add(a.table() + "." + a.column());
            }
        }
        List<Operation> main = new ArrayList<>();
        // The follow-up in the order that each step needs: names freed, columns NOT NULL (a primary key
        // made of an index would otherwise set them under its lock, with a scan), then indexes and
        // constraints, then the validations, which may lean on those indexes.
        List<Operation> drops = new ArrayList<>();
        List<Operation> notNull = new ArrayList<>();
        List<Operation> builds = new ArrayList<>();
        List<Operation> validations = new ArrayList<>();
        for (Operation op : upgrade) {
            String table = tableOf(op);
            // Renamed tables count too: they hold the rows of the table they were.
            boolean existing = table != null && !created.contains(table) && !dropped.contains(table);
            if (!existing) {
                main.add(op);
            } else if (op instanceof Operation.CreateIndex c && !c.concurrently()
                    && !(c.index().unique() && referenced.contains(key(table, c.index().columns())))) {
                builds.add(new Operation.CreateIndex(c.table(), c.index(), true));
            } else if (op instanceof Operation.AddUnique u && !u.concurrently()
                    && !referenced.contains(key(table, u.constraint().columns()))) {
                builds.add(new Operation.AddUnique(u.table(), u.constraint(), true));
            } else if (op instanceof Operation.AddPrimaryKey p && !p.concurrently()
                    && !referenced.contains(key(table, p.primaryKey().columns()))) {
                builds.add(new Operation.AddPrimaryKey(p.table(), p.primaryKey(), true));
            } else if (op instanceof Operation.AddForeignKey f && !f.notValid()) {
                main.add(new Operation.AddForeignKey(f.table(), f.foreignKey(), true));
                validations.add(new Operation.ValidateConstraint(f.table(), f.foreignKey().name()));
            } else if (op instanceof Operation.AddCheck c && !c.notValid()) {
                main.add(new Operation.AddCheck(c.table(), c.check(), true));
                validations.add(new Operation.ValidateConstraint(c.table(), c.check().name()));
            } else if (op instanceof Operation.AlterColumnNullable n && !n.nullable() && !n.viaCheck()
                    && !identities.contains(n.table() + "." + n.column()) && !holdsCheckNamedLike(before, upgrade, n)) {
                notNull.add(new Operation.AlterColumnNullable(n.table(), n.column(), false, true));
            } else if (op instanceof Operation.DropIndex d && !d.concurrently() && dropIndexesConcurrently) {
                drops.add(new Operation.DropIndex(d.table(), d.name(), true));
            } else {
                main.add(op);
            }
        }
        List<Operation> followUp = new ArrayList<>(drops);
        followUp.addAll(notNull);
        followUp.addAll(builds);
        followUp.addAll(validations);
        return new SafeRevisions(main, followUp, null);
    }

    /**
     * The downgrade of the follow-up: the inverses in reverse order, without the validations,
     * which undo nothing (PostgreSQL has no way back from a validation, and needs none).
     */
    static List<Operation> followUpDowngrade(Schema before, List<Operation> followUp) {
        List<Operation> inverses = new ArrayList<>();
        Schema state = before;
        for (Operation op : followUp) {
            if (!(op instanceof Operation.ValidateConstraint)) {
                inverses.add(op.inverse(state));
            }
            state = op.applyTo(state);
        }
        Collections.reverse(inverses);
        return inverses;
    }

    /** The pattern's check would replace, then drop, a check of the table that happens to have its name. */
    private static boolean holdsCheckNamedLike(Schema before, List<Operation> upgrade,
            Operation.AlterColumnNullable op) {
        String name = LockSafeStatements.checkName(op.column());
        return before.table(op.table()).stream().flatMap(t -> t.checks().stream()).anyMatch(c -> c.name().equals(name))
                || upgrade.stream().anyMatch(o -> o instanceof Operation.AddCheck add && add.table().equals(op.table())
                        && add.check().name().equals(name));
    }

    private static boolean reaches(Schema before, SafeRevisions plan, Schema expected) {
        try {
            return replay(before, plan.main, plan.followUp).equals(expected);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Schema replay(Schema before, List<Operation> first, List<Operation> then) {
        Schema state = before;
        for (Operation op : first) {
            state = op.applyTo(state);
        }
        for (Operation op : then) {
            state = op.applyTo(state);
        }
        return state;
    }

    private static String key(ForeignKey fk) {
        return key(fk.referencedTable(), fk.referencedColumns());
    }

    private static String key(String table, List<String> columns) {
        return table + "(" + String.join(",", columns) + ")";
    }

    /** The table whose rows an operation touches, for the operations that have a lock-safe form; else null. */
    private static String tableOf(Operation op) {
        if (op instanceof Operation.CreateIndex o) {
            return o.table();
        } else if (op instanceof Operation.DropIndex o) {
            return o.table();
        } else if (op instanceof Operation.AddUnique o) {
            return o.table();
        } else if (op instanceof Operation.AddPrimaryKey o) {
            return o.table();
        } else if (op instanceof Operation.AddForeignKey o) {
            return o.table();
        } else if (op instanceof Operation.AddCheck o) {
            return o.table();
        } else if (op instanceof Operation.AlterColumnNullable o) {
            return o.table();
        }
        return null;
    }
}
