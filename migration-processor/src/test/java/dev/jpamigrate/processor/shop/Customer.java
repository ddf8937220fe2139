package dev.jpamigrate.processor.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "customers",
        indexes = @Index(columnList = "lastName, firstName"),
        uniqueConstraints = @UniqueConstraint(name = "uk_customer_email", columnNames = "email"))
public class Customer extends Audited {
    @Column(nullable = false, length = 80)
    private String firstName;

    @Column(nullable = false, length = 80)
    private String lastName;

    @Column(nullable = false, length = 320)
    private String email;

    private CustomerStatus status;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    private boolean newsletter;

    private LocalDate birthDate;

    @OneToMany(mappedBy = "customer")
    private List<PurchaseOrder> orders;

    @OneToOne(mappedBy = "customer")
    private LoyaltyCard card;

    private transient String displayName;
}
