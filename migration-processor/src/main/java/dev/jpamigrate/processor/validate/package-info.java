/**
 * Stage 2, validation: the mappings that Hibernate rejects, or whose schema JPA Migrate cannot
 * reproduce exactly, each reported once, on the element of the code being compiled that causes
 * it, with what to do. Nothing is mapped when validation fails, so no snapshot is ever wrong.
 */
package dev.jpamigrate.processor.validate;
