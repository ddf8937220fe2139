package com.acme.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(indexes = @Index(name = "idx_customer_name", columnList = "name"))
public class Customer {
    public enum Status { NEW, PAID, BLOCKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    @ColumnDefault("'NEW'")
    private Status status;

    @ColumnDefault("0")
    private int points;
}
