/**
 * The mapping model: what the entity classes say, as immutable values that no longer refer to
 * the compiler's types (an {@link dev.jpamigrate.processor.model.Origin} keeps the element to
 * report a problem on). Validation and mapping work on these values only.
 */
package dev.jpamigrate.processor.model;
