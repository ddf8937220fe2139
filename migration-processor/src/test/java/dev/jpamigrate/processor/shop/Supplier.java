package dev.jpamigrate.processor.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An entity name other than the class name, and the one generator of its class as the default. */
@Entity(name = "Vendor")
@Table(schema = "catalog")
@SequenceGenerator(name = "vendor_gen", sequenceName = "vendor_ids", allocationSize = 5)
public class Supplier {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Integer id;

    @Column(name = "vendorName", nullable = false)
    private String name;
}
