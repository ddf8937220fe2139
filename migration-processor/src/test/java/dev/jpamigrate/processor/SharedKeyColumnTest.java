package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.Column;
import dev.jpamigrate.schema.ForeignKey;
import dev.jpamigrate.schema.Schema;
import dev.jpamigrate.schema.Table;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Key columns that real applications map twice, as Hibernate creates them (checked against
 * Hibernate by the marketplace conformance fixture): a foreign key's value beside its
 * relation, a child's key column owned by both sides, a join table mapped as an entity too.
 */
class SharedKeyColumnTest {
    private static final JavaFileObject CUSTOMER = jakarta("market.Customer", """
            @Entity
            public class Customer {
                @Id Long id;
            }
            """);

    private static Table table(Compilation compilation, String name) {
        Schema schema = schema(compilation, "market");
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void aReadOnlyKeyValueBesideItsRelationIsOneColumnWithTheRelationsForeignKey() {
        Table orders = table(compileCleanly(CUSTOMER, jakarta("market.PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @Column(name = "customer_id", insertable = false, updatable = false) Long customerId;
                    @ManyToOne @JoinColumn(name = "customer_id") Customer customer;
                }
                """)), "purchaseorder");

        assertThat(orders.columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "customer_id");
        assertThat(orders.foreignKeys()).extracting(ForeignKey::columns).containsExactly(java.util.List.of("customer_id"));
    }

    @Test
    void aReadOnlyRelationBesideTheKeyValueTakesTheBasicColumnsDefinition() {
        Table shipment = table(compileCleanly(CUSTOMER, jakarta("market.Shipment", """
                @Entity
                public class Shipment {
                    @Id Long id;
                    @ManyToOne @JoinColumn(name = "customer_id", insertable = false, updatable = false) Customer customer;
                    @Column(name = "customer_id", nullable = false) Long customerId;
                }
                """)), "shipment");

        assertThat(shipment.column("customer_id")).hasValueSatisfying(c -> assertThat(c.nullable()).isFalse());
        assertThat(shipment.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("customer");
    }

    @Test
    void twoWritableMappingsOfOneColumnStayAnError() {
        Compilation compilation = compile(CUSTOMER, jakarta("market.Invoice", """
                @Entity
                public class Invoice {
                    @Id Long id;
                    @Column(name = "customer_id") Long customerId;
                    @ManyToOne @JoinColumn(name = "customer_id") Customer customer;
                }
                """));

        CompilationSubject.assertThat(compilation).hadErrorContaining("would get two columns named customer_id");
    }

    @Test
    void aChildsKeyColumnOwnedByBothSidesIsOneColumnWithOneForeignKey() {
        Compilation compilation = compileCleanly(
                jakarta("market.Basket", """
                        @Entity
                        public class Basket {
                            @Id Long id;
                            @OneToMany @JoinColumn(name = "basket_id") List<Item> items;
                        }
                        """),
                jakarta("market.Item", """
                        @Entity
                        @Table(indexes = @Index(name = "idx_item_basket", columnList = "basket_id"))
                        public class Item {
                            @Id Long id;
                            @ManyToOne @JoinColumn(name = "basket_id") Basket basket;
                        }
                        """));
        Table item = table(compilation, "item");

        assertThat(item.columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "basket_id");
        assertThat(item.foreignKeys()).hasSize(1);
        assertThat(item.indexes()).hasSize(1);
    }

    @Test
    void anEntityOnAJoinTableMergesWithTheCollectionsTable() {
        Compilation compilation = compileCleanly(CUSTOMER,
                jakarta("market.Club", """
                        @Entity
                        public class Club {
                            @Id Long id;
                            @ManyToMany @JoinTable(name = "membership", joinColumns = @JoinColumn(name = "club_id"),
                                    inverseJoinColumns = @JoinColumn(name = "customer_id"))
                            Set<Customer> members;
                        }
                        """),
                jakarta("market.MembershipKey", """
                        public class MembershipKey implements java.io.Serializable {
                            Long clubId;
                            Long customerId;
                        }
                        """),
                jakarta("market.Membership", """
                        @Entity
                        @IdClass(MembershipKey.class)
                        public class Membership {
                            @Id @Column(name = "club_id") Long clubId;
                            @Id @Column(name = "customer_id") Long customerId;
                            java.time.LocalDate since;
                        }
                        """));
        Table membership = table(compilation, "membership");

        assertThat(membership.columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("club_id", "customer_id", "since");
        assertThat(membership.primaryKey().columns()).containsExactlyInAnyOrder("club_id", "customer_id");
        assertThat(membership.foreignKeys()).extracting(ForeignKey::referencedTable)
                .containsExactlyInAnyOrder("club", "customer");
    }

    @Test
    void anOrderColumnOnTheInverseSideOfAManyToManyIsRefusedAsHibernateRefusesIt() {
        JavaFileObject tag = jakarta("market.Tag", """
                @Entity
                public class Tag {
                    @Id Long id;
                    @ManyToMany(mappedBy = "tags")
                    @OrderColumn(name = "position")
                    List<Post> posts;
                }
                """);
        Compilation compilation = compile(tag, jakarta("market.Post", """
                @Entity
                public class Post {
                    @Id Long id;
                    @ManyToMany Set<Tag> tags;
                }
                """));

        CompilationSubject.assertThat(compilation).hadErrorContaining("@OrderColumn on posts, the inverse (mappedBy)"
                + " side of a @ManyToMany: Hibernate refuses it").inFile(tag).onLineContaining("@OrderColumn");
    }

    @Test
    void annotationsWithoutEffectOnAnInverseSideAreIgnored() {
        Compilation compilation = compileCleanly(
                jakarta("market.Account", """
                        @Entity
                        public class Account {
                            @Id Long id;
                            @OneToMany(mappedBy = "account") @Column(name = "ignored") List<Entry> entries;
                            @OneToOne(mappedBy = "account") @PrimaryKeyJoinColumn Profile profile;
                        }
                        """),
                jakarta("market.Entry", """
                        @Entity
                        public class Entry {
                            @Id Long id;
                            @ManyToOne Account account;
                        }
                        """),
                jakarta("market.Profile", """
                        @Entity
                        public class Profile {
                            @Id Long id;
                            @OneToOne Account account;
                        }
                        """));

        assertThat(table(compilation, "account").columns()).extracting(Column::name).containsExactly("id");
    }

    /**
     * A {@code @PrimaryKeyJoinColumn} left on the inverse side of a {@code @OneToMany} or {@code @ManyToMany} (Eclipse
     * hawkBit has one): Hibernate ignores it as on an inverse {@code @OneToOne}, and so does the processor.
     */
    @Test
    void aPrimaryKeyJoinColumnOnAnInverseCollectionIsIgnored() {
        Compilation compilation = compileCleanly(
                jakarta("market.Account", """
                        @Entity
                        public class Account {
                            @Id Long id;
                            @OneToMany(mappedBy = "account") @PrimaryKeyJoinColumn List<Entry> entries;
                            @ManyToMany(mappedBy = "accounts") @PrimaryKeyJoinColumn Set<Tag> tags;
                        }
                        """),
                jakarta("market.Entry", """
                        @Entity
                        public class Entry {
                            @Id Long id;
                            @ManyToOne Account account;
                        }
                        """),
                jakarta("market.Tag", """
                        @Entity
                        public class Tag {
                            @Id Long id;
                            @ManyToMany Set<Account> accounts;
                        }
                        """));

        assertThat(table(compilation, "account").columns()).extracting(Column::name).containsExactly("id");
        assertThat(table(compilation, "tag_account").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("tags_id", "accounts_id");
    }
}
