package dev.jpamigrate.processor.model;

/**
 * A mapping feature that an entity uses and JPA Migrate does not map yet, such as
 * {@code @ElementCollection} or {@code @Column(comment)}; it becomes a compile error.
 *
 * @param feature what the user wrote, as the message names it: {@code @ElementCollection}
 */
public record UnsupportedUse(String feature, Origin origin) {
}
