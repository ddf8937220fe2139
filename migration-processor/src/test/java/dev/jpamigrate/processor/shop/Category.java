package dev.jpamigrate.processor.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** A tree: a self-reference, and a sequence named after the table. */
@Entity
public class Category {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne
    private Category parent;

    @OneToMany(mappedBy = "parent")
    private Set<Category> children;

    @Column(unique = true, nullable = false, length = 64)
    private String slug;
}
