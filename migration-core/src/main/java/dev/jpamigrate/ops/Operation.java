package dev.jpamigrate.ops;

import dev.jpamigrate.JdbcWork;
import dev.jpamigrate.postgres.TypeConversions;
import dev.jpamigrate.schema.CheckConstraint;
import dev.jpamigrate.schema.Collations;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.Comments;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Index;
import dev.jpamigrate.schema.Names;
import dev.jpamigrate.schema.PrimaryKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Sequence;
import dev.jpamigrate.schema.SqlTypes;
import dev.jpamigrate.schema.Table;
import dev.jpamigrate.schema.UniqueConstraint;
import java.util.Optional;

/**
 * One schema change. Operations are values: the generator writes them as Java, the DSL
 * ({@link dev.jpamigrate.Operations}, through {@link OperationRecorder}) records them when a migration runs, the dialect renders them to
 * SQL, and {@link #applyTo(Schema)} replays them on an in-memory model. Each knows its
 * {@link #inverse(Schema) inverse} against the schema before it, so a downgrade is the
 * reversed list of inverses, never a second diff.
 */
public sealed interface Operation {

    <R> R accept(Visitor<R> visitor);

    /** The schema after this operation. */
    Schema applyTo(Schema schema);

    /**
     * The operation that undoes this one, given the schema before this one ran.
     *
     * @throws IllegalStateException for raw SQL and JDBC steps, which have no inverse
     */
    Operation inverse(Schema before);

    /** A sentence saying what data this operation loses, when it loses any. */
    default Optional<String> dataLoss(Schema before) {
        return Optional.empty();
    }

    /** One method per operation, so that every renderer handles every operation. */
    interface Visitor<R> {
        R visit(CreateSchema op);

        R visit(DropSchema op);

        R visit(CreateTable op);

        R visit(DropTable op);

        R visit(AlterTableComment op);

        R visit(AddColumn op);

        R visit(DropColumn op);

        R visit(AlterColumnType op);

        R visit(AlterColumnNullable op);

        R visit(AlterColumnDefault op);

        R visit(AlterColumnIdentity op);

        R visit(AlterColumnComment op);

        R visit(AddPrimaryKey op);

        R visit(DropPrimaryKey op);

        R visit(AddUnique op);

        R visit(DropUnique op);

        R visit(AddCheck op);

        R visit(DropCheck op);

        R visit(AddForeignKey op);

        R visit(DropForeignKey op);

        R visit(CreateIndex op);

        R visit(DropIndex op);

        R visit(CreateSequence op);

        R visit(AlterSequence op);

        R visit(DropSequence op);

        R visit(Sql op);

        R visit(JdbcStep op);

        R visit(RenameTable op);

        R visit(RenameColumn op);

        R visit(RenameConstraint op);

        R visit(RenameIndex op);

        R visit(RenameSequence op);

        R visit(ValidateConstraint op);

        R visit(AlterSequenceOwner op);
    }

    /** {@code create schema if not exists}; the model derives schemas from qualified table names. */
    record CreateSchema(String name) implements Operation {
        public CreateSchema {
            Names.require(name, "a schema");
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return schema;
        }

        public Operation inverse(Schema before) {
            return new DropSchema(name);
        }
    }

    /** {@code drop schema}: only an empty schema. */
    record DropSchema(String name) implements Operation {
        public DropSchema {
            Names.require(name, "a schema");
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            if (schema.schemaNames().contains(name)) {
                throw new IllegalStateException("schema " + name + " still holds tables or sequences");
            }
            return schema;
        }

        public Operation inverse(Schema before) {
            return new CreateSchema(name);
        }
    }

    /** Creates a table with its columns, constraints and indexes. */
    record CreateTable(Table table) implements Operation {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            if (schema.table(table.name()).isPresent()) {
                throw new IllegalStateException("table " + table.name() + " already exists");
            }
            return schema.withTable(table);
        }

        public Operation inverse(Schema before) {
            return new DropTable(table.name());
        }
    }

    record DropTable(String table) implements Operation {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Tables.require(schema, table);
            Tables.requireNoOwnedSequence(schema, table, null);
            for (Table other : schema.tables()) {
                for (ForeignKey fk : other.foreignKeys()) {
                    if (fk.referencedTable().equals(table) && !other.name().equals(table)) {
                        throw new IllegalStateException("table " + table + " is referenced by foreign key "
                                + fk.name() + " of table " + other.name() + "; drop that first");
                    }
                }
            }
            return schema.withoutTable(table);
        }

        public Operation inverse(Schema before) {
            return new CreateTable(Tables.require(before, table));
        }

        public Optional<String> dataLoss(Schema before) {
            return Optional.of("drops table " + table + " and all its rows");
        }
    }

    /** {@code comment on table}: sets the table's comment, or removes it when {@code comment} is null or blank. */
    record AlterTableComment(String table, String comment) implements Operation {
        public AlterTableComment {
            Names.require(table, "a table");
            comment = Comments.normalize(comment);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return schema.withTable(Tables.require(schema, table).withComment(comment));
        }

        public Operation inverse(Schema before) {
            return new AlterTableComment(table, Tables.require(before, table).comment());
        }
    }

    /**
     * Adds a column. {@code backfill} is the SQL expression that the rows already in the table
     * get in it ({@code "0"}, {@code "'n/a'"}, {@code "now()"}), once, or null for none: a NOT NULL
     * column without default needs one on a table with rows. The model does not keep it: it is
     * about rows, not schema.
     */
    record AddColumn(String table, Column column, String backfill) implements Operation {
        public AddColumn {
            backfill = Backfills.normalize(backfill);
            if (backfill != null && column.identity()) {
                throw new IllegalArgumentException("identity column " + table + "." + column.name()
                        + " numbers its rows itself and takes no backfill");
            }
        }

        /** A column without backfill. */
        public AddColumn(String table, Column column) {
            this(table, column, null);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Table t = Tables.require(schema, table);
            if (t.column(column.name()).isPresent()) {
                throw new IllegalStateException("column " + table + "." + column.name() + " already exists");
            }
            return schema.withTable(t.withColumns(cols -> {
                cols.add(column);
                return cols;
            }));
        }

        public Operation inverse(Schema before) {
            return new DropColumn(table, column.name());
        }
    }

    /**
     * Drops a column; like PostgreSQL, also the constraints and indexes that use it. A
     * foreign key of another table on the column must be dropped first.
     */
    record DropColumn(String table, String column) implements Operation {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Table t = Tables.require(schema, table);
            Tables.requireColumn(t, column);
            Tables.requireNotReferenced(schema, table, column);
            Tables.requireNoOwnedSequence(schema, table, column);
            Table without = t.withPrimaryKey(t.primaryKey() != null && t.primaryKey().columns().contains(column)
                            ? null : t.primaryKey())
                    .withUniqueConstraints(us -> {
                        us.removeIf(u -> u.columns().contains(column));
                        return us;
                    })
                    .withIndexes(is -> {
                        is.removeIf(i -> Tables.indexUses(i, column));
                        return is;
                    })
                    .withForeignKeys(fks -> {
                        fks.removeIf(f -> f.columns().contains(column));
                        return fks;
                    })
                    .withChecks(cs -> {
                        cs.removeIf(c -> Tables.mentions(c.expression(), column));
                        return cs;
                    })
                    .withColumns(cols -> {
                        cols.removeIf(c -> c.name().equals(column));
                        return cols;
                    });
            return schema.withTable(without);
        }

        /** Re-adds the column; a NOT NULL one with its type's zero value for the rows, where one fits (see {@link Backfills}). */
        public Operation inverse(Schema before) {
            Table t = Tables.require(before, table);
            Column dropped = Tables.requireColumn(t, column);
            return new AddColumn(table, dropped, Backfills.zeroValueFor(t, dropped).orElse(null));
        }

        public Optional<String> dataLoss(Schema before) {
            return Optional.of("drops column " + table + "." + column + " and its data");
        }
    }

    /**
     * Changes a column's type, or only its collation. {@code using} is the expression that converts the old values
     * ({@code status::smallint}), for types PostgreSQL does not convert by itself; null for none. {@code collation}
     * is the column's collation after it; null is the type's default, which PostgreSQL gives a column whose type
     * changes without {@code collate}.
     */
    record AlterColumnType(String table, String column, String type, String using, String collation)
            implements Operation {
        public AlterColumnType {
            type = SqlTypes.canonical(type);
            using = using == null || using.isBlank() ? null : using.strip();
            collation = Collations.normalize(collation);
        }

        public AlterColumnType(String table, String column, String type, String using) {
            this(table, column, type, using, null);
        }

        public AlterColumnType(String table, String column, String type) {
            this(table, column, type, null, null);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return Tables.alterColumn(schema, table, column, c -> c.withType(type).withCollation(collation));
        }

        /**
         * The conversion back to the old type and collation: an enum's mapping reversed, or what converts the values
         * back.
         */
        public Operation inverse(Schema before) {
            Column was = Tables.column(before, table, column);
            String from = was.type();
            String back = TypeConversions.reverse(column, from, type, using);
            return new AlterColumnType(table, column, from, back, was.collation());
        }

        public Optional<String> dataLoss(Schema before) {
            String from = Tables.column(before, table, column).type();
            return SqlTypes.isWidening(from, type) ? Optional.empty()
                    : Optional.of("changes " + table + "." + column + " from " + from + " to " + type
                            + ", which may not hold every value");
        }
    }

    /**
     * {@code set not null} when {@code nullable} is false, {@code drop not null} when true. With
     * {@code viaCheck}, {@code set not null} is written as the lock-safe pattern, each statement
     * its own transaction (a revision with {@code transactional = false}): {@code check (column is
     * not null) not valid}, {@code validate} (no write lock), {@code set not null} (PostgreSQL skips
     * the scan that the validated check proves), and the check dropped. {@code backfill}, only with
     * {@code set not null}, is the SQL expression that rows holding NULL get first, or null for none.
     */
    record AlterColumnNullable(String table, String column, boolean nullable, boolean viaCheck, String backfill)
            implements Operation {
        public AlterColumnNullable {
            backfill = Backfills.normalize(backfill);
            if (viaCheck && nullable) {
                throw new IllegalArgumentException("only set not null goes through a check, not drop not null of "
                        + table + "." + column);
            }
            if (backfill != null && nullable) {
                throw new IllegalArgumentException("a backfill of " + table + "." + column
                        + " goes with set not null, not drop not null");
            }
        }

        public AlterColumnNullable(String table, String column, boolean nullable) {
            this(table, column, nullable, false, null);
        }

        public AlterColumnNullable(String table, String column, boolean nullable, boolean viaCheck) {
            this(table, column, nullable, viaCheck, null);
        }

        public AlterColumnNullable(String table, String column, boolean nullable, String backfill) {
            this(table, column, nullable, false, backfill);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return Tables.alterColumn(schema, table, column, c -> c.withNullable(nullable));
        }

        /**
         * Back to NOT NULL fills the NULLs written since with the type's zero value, where one fits
         * (see {@link Backfills}); back to nullable keeps the values a backfill wrote.
         */
        public Operation inverse(Schema before) {
            Table t = Tables.require(before, table);
            Column was = Tables.requireColumn(t, column);
            return was.nullable() ? new AlterColumnNullable(table, column, true)
                    : new AlterColumnNullable(table, column, false, Backfills.zeroValueFor(t, was).orElse(null));
        }
    }

    /** {@code set default}, or {@code drop default} when {@code defaultValue} is null. */
    record AlterColumnDefault(String table, String column, String defaultValue) implements Operation {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return Tables.alterColumn(schema, table, column, c -> c.withDefaultValue(defaultValue));
        }

        public Operation inverse(Schema before) {
            return new AlterColumnDefault(table, column, Tables.column(before, table, column).defaultValue());
        }
    }

    /** {@code add generated by default as identity}, or {@code drop identity}. */
    record AlterColumnIdentity(String table, String column, boolean identity) implements Operation {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Column current = Tables.column(schema, table, column);
            if (identity && (current.nullable() || current.defaultValue() != null)) {
                throw new IllegalStateException("column " + table + "." + column
                        + " must be NOT NULL and without default before it becomes an identity");
            }
            if (identity) {
                // Its identity sequence is found as the column's one sequence, to continue after the rows.
                Tables.requireNoOwnedSequence(schema, table, column);
            }
            return Tables.alterColumn(schema, table, column, c -> c.withIdentity(identity));
        }

        public Operation inverse(Schema before) {
            return new AlterColumnIdentity(table, column, Tables.column(before, table, column).identity());
        }
    }

    /** {@code comment on column}: sets the column's comment, or removes it when {@code comment} is null or blank. */
    record AlterColumnComment(String table, String column, String comment) implements Operation {
        public AlterColumnComment {
            Names.require(table, "a table");
            Names.require(column, "a column");
            comment = Comments.normalize(comment);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return Tables.alterColumn(schema, table, column, c -> c.withComment(comment));
        }

        public Operation inverse(Schema before) {
            return new AlterColumnComment(table, column, Tables.column(before, table, column).comment());
        }
    }

    /**
     * With {@code concurrently}: {@code create unique index concurrently}, then {@code add constraint
     * ... primary key using index}, in a revision with {@code transactional = false}.
     */
    record AddPrimaryKey(String table, PrimaryKey primaryKey, boolean concurrently) implements Operation {
        public AddPrimaryKey(String table, PrimaryKey primaryKey) {
            this(table, primaryKey, false);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Table t = Tables.require(schema, table);
            if (t.primaryKey() != null) {
                throw new IllegalStateException("table " + table + " already has primary key " + t.primaryKey().name());
            }
            return schema.withTable(t.withPrimaryKey(primaryKey));
        }

        public Operation inverse(Schema before) {
            return new DropPrimaryKey(table, primaryKey.name());
        }
    }

    record DropPrimaryKey(String table, String name) implements Operation {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Table t = Tables.require(schema, table);
            primaryKey(t);
            return schema.withTable(t.withPrimaryKey(null));
        }

        public Operation inverse(Schema before) {
            return new AddPrimaryKey(table, primaryKey(Tables.require(before, table)));
        }

        private PrimaryKey primaryKey(Table t) {
            if (t.primaryKey() == null || !t.primaryKey().name().equals(name)) {
                throw new IllegalStateException("table " + table + " has no primary key " + name);
            }
            return t.primaryKey();
        }
    }

    /**
     * With {@code concurrently}: {@code create unique index concurrently}, then {@code add constraint
     * ... unique using index}, in a revision with {@code transactional = false}.
     */
    record AddUnique(String table, UniqueConstraint constraint, boolean concurrently) implements Operation {
        public AddUnique(String table, UniqueConstraint constraint) {
            this(table, constraint, false);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return schema.withTable(Tables.require(schema, table).withUniqueConstraints(us -> {
                us.add(constraint);
                return us;
            }));
        }

        public Operation inverse(Schema before) {
            return new DropUnique(table, constraint.name());
        }
    }

    record DropUnique(String table, String name) implements Operation {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Table t = Tables.require(schema, table);
            Tables.named(t.uniqueConstraints(), UniqueConstraint::name, name, "unique constraint", table);
            return schema.withTable(t.withUniqueConstraints(us -> {
                us.removeIf(u -> u.name().equals(name));
                return us;
            }));
        }

        public Operation inverse(Schema before) {
            Table t = Tables.require(before, table);
            return new AddUnique(table,
                    Tables.named(t.uniqueConstraints(), UniqueConstraint::name, name, "unique constraint", table));
        }
    }

    /** With {@code notValid}, the existing rows are not checked until a {@link ValidateConstraint}. */
    record AddCheck(String table, CheckConstraint check, boolean notValid) implements Operation {
        public AddCheck(String table, CheckConstraint check) {
            this(table, check, false);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return schema.withTable(Tables.require(schema, table).withChecks(cs -> {
                cs.add(check);
                return cs;
            }));
        }

        public Operation inverse(Schema before) {
            return new DropCheck(table, check.name());
        }
    }

    record DropCheck(String table, String name) implements Operation {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Table t = Tables.require(schema, table);
            Tables.named(t.checks(), CheckConstraint::name, name, "check constraint", table);
            return schema.withTable(t.withChecks(cs -> {
                cs.removeIf(c -> c.name().equals(name));
                return cs;
            }));
        }

        public Operation inverse(Schema before) {
            Table t = Tables.require(before, table);
            return new AddCheck(table, Tables.named(t.checks(), CheckConstraint::name, name, "check constraint", table));
        }
    }

    /** With {@code notValid}, the existing rows are not checked until a {@link ValidateConstraint}. */
    record AddForeignKey(String table, ForeignKey foreignKey, boolean notValid) implements Operation {
        public AddForeignKey(String table, ForeignKey foreignKey) {
            this(table, foreignKey, false);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Tables.require(schema, foreignKey.referencedTable());
            return schema.withTable(Tables.require(schema, table).withForeignKeys(fks -> {
                fks.add(foreignKey);
                return fks;
            }));
        }

        public Operation inverse(Schema before) {
            return new DropForeignKey(table, foreignKey.name());
        }
    }

    record DropForeignKey(String table, String name) implements Operation {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Table t = Tables.require(schema, table);
            Tables.named(t.foreignKeys(), ForeignKey::name, name, "foreign key", table);
            return schema.withTable(t.withForeignKeys(fks -> {
                fks.removeIf(f -> f.name().equals(name));
                return fks;
            }));
        }

        public Operation inverse(Schema before) {
            Table t = Tables.require(before, table);
            return new AddForeignKey(table, Tables.named(t.foreignKeys(), ForeignKey::name, name, "foreign key", table));
        }
    }

    /** With {@code concurrently}, built without blocking writes, in a revision with {@code transactional = false}. */
    record CreateIndex(String table, Index index, boolean concurrently) implements Operation {
        public CreateIndex(String table, Index index) {
            this(table, index, false);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return schema.withTable(Tables.require(schema, table).withIndexes(is -> {
                is.add(index);
                return is;
            }));
        }

        public Operation inverse(Schema before) {
            return new DropIndex(table, index.name(), concurrently);
        }
    }

    /** With {@code concurrently}, dropped without blocking reads and writes, in a revision with {@code transactional = false}. */
    record DropIndex(String table, String name, boolean concurrently) implements Operation {
        public DropIndex(String table, String name) {
            this(table, name, false);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Table t = Tables.require(schema, table);
            Tables.named(t.indexes(), Index::name, name, "index", table);
            return schema.withTable(t.withIndexes(is -> {
                is.removeIf(i -> i.name().equals(name));
                return is;
            }));
        }

        public Operation inverse(Schema before) {
            Table t = Tables.require(before, table);
            return new CreateIndex(table, Tables.named(t.indexes(), Index::name, name, "index", table), concurrently);
        }
    }

    /** {@code create sequence}; an owner is set once its column exists, by {@link AlterSequenceOwner}. */
    record CreateSequence(Sequence sequence) implements Operation {
        public CreateSequence {
            if (sequence.owner() != null) {
                throw new IllegalArgumentException("sequence " + sequence.name() + " is created without owner;"
                        + " set its owner " + sequence.owner() + " once the column exists");
            }
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            if (schema.sequence(sequence.name()).isPresent()) {
                throw new IllegalStateException("sequence " + sequence.name() + " already exists");
            }
            return schema.withSequence(sequence);
        }

        public Operation inverse(Schema before) {
            return new DropSequence(sequence.name());
        }
    }

    /**
     * Sets a sequence's start, increment and type; its current value is kept, and so is its owner, which
     * {@link AlterSequenceOwner} changes.
     */
    record AlterSequence(Sequence sequence) implements Operation {
        public AlterSequence {
            sequence = sequence.withOwner(null);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Sequence current = Tables.requireSequence(schema, sequence.name());
            return schema.withSequence(sequence.withOwner(current.owner()));
        }

        public Operation inverse(Schema before) {
            return new AlterSequence(Tables.requireSequence(before, sequence.name()));
        }
    }

    /**
     * {@code alter sequence ... owned by table.column}, or {@code owned by none} when {@code owner} is null. An
     * owned sequence goes with its column or table, as a {@code serial} column's does; owning also moves the
     * sequence past the highest value the column holds, so that the next default does not collide with a row
     * (the sequence that a downgrade re-creates for a column that has rows).
     */
    record AlterSequenceOwner(String name, Sequence.Owner owner) implements Operation {
        public AlterSequenceOwner {
            Names.require(name, "a sequence");
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Sequence current = Tables.requireSequence(schema, name);
            if (owner != null) {
                Tables.column(schema, owner.table(), owner.column());
            }
            return schema.withSequence(current.withOwner(owner));
        }

        public Operation inverse(Schema before) {
            return new AlterSequenceOwner(name, Tables.requireSequence(before, name).owner());
        }
    }

    record DropSequence(String name) implements Operation {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        /** An owned sequence loses its owner first, so that its inverse can create it before the owner's table. */
        public Schema applyTo(Schema schema) {
            Sequence sequence = Tables.requireSequence(schema, name);
            if (sequence.owner() != null) {
                throw new IllegalStateException("sequence " + name + " is owned by column " + sequence.owner()
                        + "; drop its owner first (op.dropSequenceOwner(\"" + name + "\"))");
            }
            return schema.withoutSequence(name);
        }

        public Operation inverse(Schema before) {
            return new CreateSequence(Tables.requireSequence(before, name));
        }

        public Optional<String> dataLoss(Schema before) {
            return Optional.of("drops sequence " + name + " and its current value");
        }
    }

    /** Raw SQL, run as written; the model does not see its effect. */
    record Sql(String sql) implements Operation {
        public Sql {
            if (sql == null || sql.isBlank()) {
                throw new IllegalArgumentException("SQL must not be empty");
            }
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return schema;
        }

        public Operation inverse(Schema before) {
            throw new IllegalStateException("raw SQL has no inverse; write its undo in downgrade()");
        }
    }

    /** A data migration in Java, run on the revision's connection and inside its transaction. */
    record JdbcStep(String description, JdbcWork step) implements Operation {
        public JdbcStep {
            Names.require(description, "a JDBC step");
            if (step == null) {
                throw new IllegalArgumentException("JDBC step " + description + " has no code");
            }
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return schema;
        }

        public Operation inverse(Schema before) {
            throw new IllegalStateException("JDBC step " + description + " has no inverse; write its undo in downgrade()");
        }
    }

    /**
     * {@code alter table ... rename to}: the rows stay, and so do the foreign keys of other tables, which
     * now reference {@code newName}. A table keeps its schema: {@code newName} is the name in it
     * ({@code sales.client} renamed to {@code customer} is {@code sales.customer}).
     */
    record RenameTable(String table, String newName) implements Operation {
        public RenameTable {
            Names.require(table, "a table");
            Names.require(newName, "the new name of table " + table);
            newName = Renames.sameSchema(table, newName);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return Renames.table(schema, table, newName);
        }

        public Operation inverse(Schema before) {
            return new RenameTable(newName, table);
        }
    }

    /**
     * {@code alter table ... rename column}: the values stay, and the keys, indexes, checks and other tables'
     * foreign keys that use the column follow it.
     */
    record RenameColumn(String table, String column, String newName) implements Operation {
        public RenameColumn {
            Names.require(table, "a table");
            Names.require(column, "a column");
            Names.require(newName, "the new name of column " + table + "." + column);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return Renames.column(schema, table, column, newName);
        }

        public Operation inverse(Schema before) {
            return new RenameColumn(table, newName, column);
        }
    }

    /** {@code alter table ... rename constraint}: a primary key, unique, check or foreign key constraint. */
    record RenameConstraint(String table, String name, String newName) implements Operation {
        public RenameConstraint {
            Names.require(table, "a table");
            Names.require(name, "a constraint");
            Names.require(newName, "the new name of constraint " + name);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return Renames.constraint(schema, table, name, newName);
        }

        public Operation inverse(Schema before) {
            return new RenameConstraint(table, newName, name);
        }
    }

    /** {@code alter index ... rename to}: the index is kept as built, without a rebuild. */
    record RenameIndex(String table, String name, String newName) implements Operation {
        public RenameIndex {
            Names.require(table, "a table");
            Names.require(name, "an index");
            Names.require(newName, "the new name of index " + name);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return Renames.index(schema, table, name, newName);
        }

        public Operation inverse(Schema before) {
            return new RenameIndex(table, newName, name);
        }
    }

    /**
     * {@code alter sequence ... rename to}: the sequence keeps its current value, so ids go on where they
     * were. It keeps its schema, as a table does.
     */
    record RenameSequence(String name, String newName) implements Operation {
        public RenameSequence {
            Names.require(name, "a sequence");
            Names.require(newName, "the new name of sequence " + name);
            newName = Renames.sameSchema(name, newName);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            return Renames.sequence(schema, name, newName);
        }

        public Operation inverse(Schema before) {
            return new RenameSequence(newName, name);
        }
    }

    /**
     * {@code alter table ... validate constraint}: checks the existing rows against a foreign key or
     * check added {@code not valid}, under a lock that lets reads and writes go on. The model does
     * not hold whether a constraint is validated, so the schema is unchanged; the inverse validates
     * again, which PostgreSQL does not even scan for, as nothing can undo a validation.
     */
    record ValidateConstraint(String table, String name) implements Operation {
        public ValidateConstraint {
            Names.require(table, "a table");
            Names.require(name, "a constraint");
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Schema applyTo(Schema schema) {
            Table t = Tables.require(schema, table);
            boolean known = t.foreignKeys().stream().anyMatch(f -> f.name().equals(name))
                    || t.checks().stream().anyMatch(c -> c.name().equals(name));
            if (!known) {
                throw new IllegalStateException("table " + table + " has no foreign key or check " + name);
            }
            return schema;
        }

        public Operation inverse(Schema before) {
            return this;
        }
    }
}
