package dev.jpamigrate.processor.shop;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class OrderLine {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private PurchaseOrder order;

    @ManyToOne(optional = false)
    private Product product;

    private int quantity;

    @Column(nullable = true)
    private int discountPercent;

    @Basic(optional = false)
    private BigDecimal unitPrice;
}
