package com.acme.orders;

import com.acme.common.BaseEntity;
import com.acme.customers.Customer;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends BaseEntity {
    @ManyToOne(optional = false)
    private Customer customer;

    private BigDecimal total;
}
