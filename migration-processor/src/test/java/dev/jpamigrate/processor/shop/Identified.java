package dev.jpamigrate.processor.shop;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The top of a two-level mapped superclass hierarchy: an identity id. */
@MappedSuperclass
public abstract class Identified {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
}
