package com.acme.customers;

import com.acme.common.BaseEntity;
import com.acme.common.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class Customer extends BaseEntity {
    @Column(nullable = false, unique = true)
    private String email;

    @ManyToOne(optional = false)
    private Country country;
}
