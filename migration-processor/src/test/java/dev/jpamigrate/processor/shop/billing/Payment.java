package dev.jpamigrate.processor.shop.billing;

import dev.jpamigrate.processor.shop.PurchaseOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

@Entity
@Table(schema = "billing")
public class Payment {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @OneToOne
    @JoinColumn(name = "order_id", nullable = false)
    private PurchaseOrder order;

    @Enumerated(EnumType.ORDINAL)
    private PaymentMethod method;

    @Column(secondPrecision = 3)
    private Instant paidAt;

    @Column(precision = 19, scale = 4, nullable = false)
    private BigDecimal amount;

    private Boolean refunded;

    @Temporal(TemporalType.DATE)
    private Date bookingDate;
}
