package dev.jpamigrate.processor.shop;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.Year;
import java.util.UUID;

/** In another schema, with a declared sequence, and a column of most basic types. */
@Entity
@Table(name = "product", schema = "catalog", indexes = {
        @Index(name = "idx_product_name", columnList = "name"),
        @Index(columnList = "price DESC")})
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_gen")
    @SequenceGenerator(name = "product_gen", sequenceName = "product_ids", schema = "catalog",
            initialValue = 1000, allocationSize = 20)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(precision = 10, scale = 2, nullable = false)
    private BigDecimal price;

    private BigInteger articleNumber;

    private byte[] image;

    @Lob
    private String description;

    @Lob
    private byte[] manual;

    @ManyToOne
    private Category category;

    @ManyToOne
    private Supplier supplier;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, nullable = false)
    private ProductState state;

    @Enumerated(EnumType.STRING)
    private Placement position;

    @Column(unique = true)
    private UUID externalId;

    private double weight;

    private Float rating;

    private char grade;

    private Character size;

    private short shelf;

    private Byte level;

    private long views;

    private Duration shelfLife;

    private LocalTime availableFrom;

    private OffsetTime cutoff;

    private Year modelYear;

    @Basic(optional = false)
    private Boolean taxable;

    @Column(length = 20000000)
    private String specification;

    @Transient
    private String preview;
}
