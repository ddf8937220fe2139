package dev.jpamigrate.processor.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class Address extends Identified {
    @ManyToOne(optional = false)
    private Customer customer;

    private String street;

    @Column(length = 120)
    private String city;

    @Column(length = 2, nullable = false)
    private String country;

    @Column(columnDefinition = "text")
    private String notes;
}
