/**
 * Stage 1, reading: entity, mapped superclass, embeddable and converter classes, from source
 * or from compiled classes of other modules and jars, into the values of
 * {@link dev.jpamigrate.processor.model}. Annotations are read by name, so that
 * {@code jakarta.persistence} and {@code javax.persistence} read alike and no JPA API is on
 * the processor's class path. JPA's defaults are applied here; Hibernate's rules are not, but
 * for one: which members hold the attributes (fields or getters, {@link
 * dev.jpamigrate.processor.read.AccessTypes}) is Hibernate's decision, of the version chosen, since
 * no later stage sees members. Types are named without their type-use annotations
 * ({@link dev.jpamigrate.processor.read.JavaTypes#name}).
 */
package dev.jpamigrate.processor.read;
