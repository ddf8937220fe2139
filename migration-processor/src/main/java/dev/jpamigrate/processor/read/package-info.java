/**
 * Stage 1, reading: entity, mapped superclass, embeddable and converter classes, from source
 * or from compiled classes of other modules and jars, into the values of
 * {@link dev.jpamigrate.processor.model}. Annotations are read by name, so that
 * {@code jakarta.persistence} and {@code javax.persistence} read alike and no JPA API is on
 * the processor's class path. JPA's defaults are applied here; Hibernate's rules are not.
 */
package dev.jpamigrate.processor.read;
