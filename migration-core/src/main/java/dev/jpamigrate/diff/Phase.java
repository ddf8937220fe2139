package dev.jpamigrate.diff;

/**
 * The order in which a diff's operations run, so that nothing refers to what does not
 * exist yet or no longer: foreign keys are dropped before the tables and constraints they
 * depend on, and added after every table and column they need. Comments of tables and
 * columns that exist on both sides change once the columns are altered, beside them.
 */
enum Phase {
    /** Renames go first: what follows compares the renamed previous schema with the new one. */
    RENAME,
    /**
     * Sequences that lose their owner, before PostgreSQL would drop them with the owner's column or table, and
     * before a column becomes an identity that must be its column's one sequence.
     */
    DISOWN_SEQUENCE,
    CREATE_SCHEMA,
    CREATE_SEQUENCE,
    DROP_FOREIGN_KEY,
    DROP_CONSTRAINT,
    DROP_TABLE,
    CREATE_TABLE,
    ALTER_COLUMN,
    COMMENT,
    ADD_PRIMARY_KEY,
    ADD_CONSTRAINT,
    ADD_FOREIGN_KEY,
    ALTER_SEQUENCE,
    /** A sequence's owner is set once its column exists. */
    OWN_SEQUENCE,
    DROP_SEQUENCE,
    DROP_SCHEMA
}
