package dev.jpamigrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.testing.LargeSchemas;
import dev.jpamigrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The estimate against what PostgreSQL holds: the distinct objects in {@code pg_locks} of a
 * transaction that creates a large model, those in the shared lock table (not on the
 * session's 16 fast-path slots) among them.
 */
class LockCountTest {
    private static final PostgresDialect DIALECT = new PostgresDialect();

    @Test
    void theEstimateOfAModelsCreationCoversWhatPostgresqlLocks() throws Exception {
        Schema model = LargeSchemas.of(40);
        List<Operation> creation = LiveDatabase.creationOf(model);
        int estimate = LockCount.of(creation, Schema.EMPTY);

        try (TestDatabase db = TestDatabase.create(); Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (Operation op : creation) {
                for (String sql : DIALECT.render(op)) {
                    s.execute(sql);
                }
            }
            int shared = count(s, "not fastpath");
            int all = count(s, "true");
            c.rollback();
            System.out.printf("LockCount: estimate %d, PostgreSQL %d in the shared table, %d in all%n",
                    estimate, shared, all);
            assertThat(estimate).isBetween(shared, all + all / 10);
        }
    }

    @Test
    void aForeignKeyCountsTheIndexesOfBothTablesThatCheckingItsRowsOpens() {
        Schema model = LargeSchemas.of(3);
        Operation fk = LiveDatabase.creationOf(model).stream().filter(Operation.AddForeignKey.class::isInstance)
                .findFirst().orElseThrow();
        Schema tables = Schema.EMPTY;
        for (Operation op : LiveDatabase.creationOf(model)) {
            if (op instanceof Operation.CreateTable || op instanceof Operation.CreateSequence) {
                tables = op.applyTo(tables);
            }
        }

        // entity_1 -> entity_0: the transaction, the constraint, both tables, and their primary key, unique
        // constraint and two indexes.
        assertThat(LockCount.of(List.of(fk), tables)).isEqualTo(1 + 1 + 2 + 2 * 4);
        assertThat(LockCount.of(List.of(fk), null)).as("without the schema").isEqualTo(4);
    }

    @Test
    void renamesLockTheRenamedObjectOnly() throws Exception {
        List<Operation> renames = List.of(new Operation.RenameTable("customer", "client"),
                new Operation.RenameColumn("client", "email", "mail"),
                new Operation.RenameConstraint("client", "customer_pkey", "client_pkey"),
                new Operation.RenameIndex("client", "idx_customer_created", "idx_client_created"),
                new Operation.RenameSequence("customer_seq", "client_seq"));
        int estimate = LockCount.of(renames, Shop.SCHEMA);

        try (LiveDatabase db = LiveDatabase.create()) {
            db.create(Shop.SCHEMA);
            Connection c = db.connection();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (Operation op : renames) {
                    for (String sql : DIALECT.render(op)) {
                        s.execute(sql);
                    }
                }
                int shared = count(s, "not fastpath");
                int all = count(s, "true");
                c.rollback();
                System.out.printf("LockCount of renames: estimate %d, PostgreSQL %d in the shared table, %d in all%n",
                        estimate, shared, all);
                assertThat(estimate).isBetween(shared, all + 2);
            }
        }
    }

    private static int count(Statement s, String where) throws Exception {
        try (ResultSet row = s.executeQuery("select count(*) from (select distinct locktype, database, relation,"
                + " classid, objid, objsubid, transactionid from pg_locks where pid = pg_backend_pid() and " + where
                + " and locktype <> 'virtualxid' and relation is distinct from 'pg_locks'::regclass) locks")) {
            row.next();
            return row.getInt(1);
        }
    }
}
