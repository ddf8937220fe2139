package com.acme.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Added on the branch "note". */
@Entity
public class Note {
    @Id
    private Long id;

    private String body;
}
