package com.acme.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Country {
    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false)
    private String name;
}
