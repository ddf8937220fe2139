/** Billing: its own package (so its own snapshot), its own schema, and a package-level generator. */
@SequenceGenerator(name = "billing_gen", sequenceName = "billing_ids", schema = "billing", allocationSize = 10)
package dev.jpamigrate.processor.shop.billing;

import jakarta.persistence.SequenceGenerator;
