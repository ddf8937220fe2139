/**
 * The annotation processor of JPA Migrate. It runs the entities of a compilation through
 * a fixed chain of stages, each a package:
 * <ol>
 *   <li>{@link dev.jpamigrate.processor.read}: {@code javax.lang.model} (annotations, fields,
 *       getters, types) into the mapping model; the only stage that looks at the compiler's types;</li>
 *   <li>{@link dev.jpamigrate.processor.model}: the mapping model, immutable values that say what
 *       the code maps (entities, attributes, relations, collections, keys, inheritance);</li>
 *   <li>{@link dev.jpamigrate.processor.validate}: what cannot be mapped as Hibernate maps it,
 *       reported on the element that causes it;</li>
 *   <li>{@link dev.jpamigrate.processor.map}: the model to tables, columns, keys and constraints as
 *       Hibernate ORM creates them on PostgreSQL, named by {@link dev.jpamigrate.processor.naming};</li>
 *   <li>{@link dev.jpamigrate.processor.write}: the tables assembled per package and written as
 *       the entity snapshot, a text resource per package.</li>
 * </ol>
 * This package holds the processor itself, its options and the steps that run the chain.
 */
package dev.jpamigrate.processor;
