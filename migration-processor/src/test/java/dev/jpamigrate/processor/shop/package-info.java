/**
 * The conformance fixtures: a small shop whose entities use every mapping the processor
 * supports. Maven compiles them with the processor, as an application's entities are
 * compiled; {@code HibernateConformanceTest} compares the snapshot with Hibernate's schema.
 */
package dev.jpamigrate.processor.shop;
