package dev.jpamigrate.processor.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

@Entity
@Table(name = "purchase_order", indexes = @Index(columnList = "customer_id, placedAt"))
public class PurchaseOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
    @SequenceGenerator(name = "order_seq", sequenceName = "purchase_order_seq", allocationSize = 20)
    private Long id;

    @Column(unique = true, nullable = false, length = 20)
    private String number;

    @ManyToOne(optional = false)
    private Customer customer;

    @ManyToOne
    @JoinColumn(name = "shipping_address_id", foreignKey = @ForeignKey(name = "fk_order_shipping_address"))
    private Address shippingAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    private LocalDateTime placedAt;

    @Column(precision = 12, scale = 2)
    private BigDecimal total;

    @Version
    private Integer version;

    @OneToMany(mappedBy = "order")
    private List<OrderLine> lines;
}
