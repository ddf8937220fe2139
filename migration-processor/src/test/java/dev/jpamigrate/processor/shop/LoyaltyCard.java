package dev.jpamigrate.processor.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

@Entity
public class LoyaltyCard {
    @Id
    private UUID id;

    @OneToOne(optional = false)
    @JoinColumn(name = "customer_ref")
    private Customer customer;

    private int points;

    private OffsetDateTime issuedAt;

    private ZonedDateTime expiresAt;
}
