package dev.jpamigrate.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Reads {@code @SequenceGenerator}s, on a package, a class or a field, with JPA's defaults. */
final class SequenceGeneratorReader {
    private SequenceGeneratorReader() {
    }

    /** Every {@code @SequenceGenerator} on {@code element}, repeated or in {@code @SequenceGenerators}. */
    static List<SequenceGeneratorSpec> readAll(Element element, List<UnsupportedUse> unsupported) {
        List<SequenceGeneratorSpec> generators = new ArrayList<>();
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            String jpa = Annotations.jpaName(m);
            if ("SequenceGenerator".equals(jpa)) {
                generators.add(read(element, m, unsupported));
            } else if ("SequenceGenerators".equals(jpa)) {
                Annotations.annotations(m, "value").forEach(g -> generators.add(read(element, g, unsupported)));
            }
        }
        return generators;
    }

    static SequenceGeneratorSpec read(Element element, AnnotationMirror m, List<UnsupportedUse> unsupported) {
        UnsupportedAnnotations.checkAttributes(element, m, "@SequenceGenerator", unsupported, "catalog", "options");
        String name = Annotations.string(m, "name");
        return new SequenceGeneratorSpec(name == null ? "" : name, Annotations.string(m, "sequenceName"),
                Annotations.string(m, "schema"), Annotations.integer(m, "initialValue", 1),
                Annotations.integer(m, "allocationSize", 50), Origin.of(element, m));
    }
}
