/**
 * Stage 4, writing: the module's tables checked together for clashes, grouped per package, and
 * written as the entity snapshot with the index files the engine reads.
 */
package dev.jpamigrate.processor.write;
