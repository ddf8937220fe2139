package dev.jpamigrate.processor.read;

import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Whose mapping gives the key columns of an entity with {@code @IdClass}. JPA has the entity's attributes map them, and so
 * does Hibernate, unless a field or method of the id class itself carries one of the annotations below: then Hibernate
 * (6.6 and 7, "to avoid breaking pre JPA 2 mappings") maps each key attribute from the id class's member, with that
 * member's {@code @Column} (name, length, unique), and ignores the mapping of the entity's attribute of its name (its
 * {@code @Column}, its {@code @AttributeOverride}s, even a {@code @OneToMany} it could not take on a {@code String}).
 * MOSIP's masterdata entities have such {@code @Embeddable} id classes, whose {@code @Column}s differ from the entity's.
 */
final class IdClassColumns {
    /** The annotations whose presence on an id class member makes Hibernate map the key from the id class. */
    private static final Set<String> TRIGGERS = Set.of("Column", "OneToMany", "ManyToOne", "Id", "GeneratedValue",
            "OneToOne", "ManyToMany");

    private IdClassColumns() {
    }

    /** Whether Hibernate maps the key from {@code idClass}'s own members: one of its own (not inherited) carries a trigger. */
    static boolean mapTheKey(TypeElement idClass) {
        for (Element member : idClass.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD) {
                for (AnnotationMirror m : member.getAnnotationMirrors()) {
                    String name = Annotations.jpaName(m);
                    if (name != null && TRIGGERS.contains(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
