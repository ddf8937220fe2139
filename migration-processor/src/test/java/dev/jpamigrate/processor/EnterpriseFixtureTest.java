package dev.jpamigrate.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpamigrate.processor.naming.Naming;
import dev.jpamigrate.testing.TestDatabase;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enterprise fixture ({@code src/test/fixtures/enterprise}) is a valid JPA model that
 * Hibernate maps on PostgreSQL: compiled without our processor, it has at least 60 entities,
 * and Hibernate (the version on the test class path) builds its schema with every
 * inheritance strategy, join tables, collection tables, a secondary table, a second schema
 * and every kind of generator. The conformance suite compares our migrations with this
 * schema once the processor maps all of it.
 */
class EnterpriseFixtureTest {
    private static final Path FIXTURE = Path.of("src/test/fixtures/enterprise");

    /** With JPA's naming, whose table names the assertions spell; the conformance test runs both namings. */
    @Test
    void hibernateBuildsTheSchemaOfTheEnterpriseModel(@TempDir Path work) throws Exception {
        Naming.Strategy naming = Naming.Strategy.JPA;
        List<Class<?>> model = compile(work);
        assertThat(model.stream().filter(c -> c.isAnnotationPresent(Entity.class)))
                .as("entity classes").hasSizeGreaterThanOrEqualTo(60);

        try (TestDatabase db = TestDatabase.create()) {
            HibernateSchema.run(db, model, naming.option(), "create-only");
            Set<String> tables = names(db, "select table_schema || '.' || table_name from information_schema.tables"
                    + " where table_schema in ('public', 'audit')");
            assertThat(tables).as("tables").contains(
                    // JOINED, two levels deep
                    "public.party", "public.person", "public.organization", "public.employee",
                    // SINGLE_TABLE roots with string, integer and char discriminators
                    "public.interaction", "public.payment_method", "public.stock_movement",
                    // TABLE_PER_CLASS, two levels deep
                    "public.percentage_discount", "public.volume_discount", "public.fixed_amount_discount",
                    "public.product_detail",
                    "public.order",
                    "audit.audit_log_entry", "audit.login_event",
                    // join tables, explicit and default
                    "public.product_category", "public.meeting_attendee", "public.employee_territory",
                    "public.invoice_payment", "public.product_bundle_item", "public.delivery_route_stop",
                    "public.campaign_sales_lead", "public.project_employee", "public.employee_certification",
                    // collection tables, explicit and default
                    "public.customer_tag", "public.product_image", "public.product_translation",
                    "public.employee_skill", "public.employee_phone", "public.warehouse_reorder_level",
                    "public.timesheet_entry", "public.carrier_service_level", "public.inventory_count_line",
                    "public.product_keywords",
                    // table generators, explicit and Hibernate's default
                    "public.id_generator", "public.hibernate_sequences");
            assertThat(tables).as("no table for an abstract TABLE_PER_CLASS root nor a SINGLE_TABLE subclass")
                    .doesNotContain("public.discount", "public.phone_call", "public.phonecall",
                            "public.credit_card", "public.creditcard", "public.goods_receipt", "public.goodsreceipt");
            // The one entity without @Table: its table, default join table and default sequence follow the naming.
            String territory = "salesterritory";
            assertThat(tables).contains("public." + territory, "public." + territory + "_country");

            Set<String> sequences = names(db, "select sequence_schema || '.' || sequence_name"
                    + " from information_schema.sequences");
            assertThat(sequences).as("sequences").contains(
                    "public.party_seq", "public.order_number_seq", "public.invoice_number_seq", "public.discount_seq",
                    "public.product_seq", "public.campaign_seq", "public.job_title_seq", "public." + territory + "_seq",
                    "audit.login_event_seq");

            assertThat(names(db, "select data_type from information_schema.columns"
                    + " where table_name = 'person' and column_name = 'email'"))
                    .as("the column of an attribute the auto-applied converter maps").containsExactly("character varying");
        }
    }

    /** The fixture compiled by javac alone; its entities and converters, as a scanning container registers them. */
    private static List<Class<?>> compile(Path work) throws IOException, ClassNotFoundException {
        ClassDirectoryCompiler compiler = new ClassDirectoryCompiler(work).withoutProcessor();
        compiler.compileTree(FIXTURE);
        ClassLoader loader = compiler.classLoader();
        List<Class<?>> mapped = new ArrayList<>();
        try (var files = Files.walk(compiler.classes())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = compiler.classes().relativize(file).toString()
                        .replace(".class", "").replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Converter.class)) {
                    mapped.add(type);
                }
            }
        }
        return mapped;
    }

    private static Set<String> names(TestDatabase db, String query) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
