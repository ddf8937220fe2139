package dev.jpamigrate.processor.shop;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

@MappedSuperclass
public abstract class Audited extends Identified {
    @Version
    private int version;

    @Column(nullable = false)
    private Instant createdAt;

    private LocalDateTime updatedAt;
}
