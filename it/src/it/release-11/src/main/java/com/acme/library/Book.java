package com.acme.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Book {
    public enum Format { HARDCOVER, PAPERBACK, EBOOK }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @ManyToOne(optional = false)
    private Author author;

    @Enumerated(EnumType.STRING)
    private Format format;

    @Column(precision = 10, scale = 2)
    private BigDecimal price;

    private LocalDate published;
}
