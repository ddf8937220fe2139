package dev.jpamigrate.processor.shop;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An assigned String id, a unique index, and a relation without a foreign key. */
@Entity
@Table(indexes = @Index(columnList = "author_id, product_id", unique = true))
public class Review {
    @Id
    private String id;

    @ManyToOne
    @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Product product;

    @ManyToOne(optional = false)
    private Customer author;

    @Column(length = 2000)
    private String text;

    private short stars;
}
