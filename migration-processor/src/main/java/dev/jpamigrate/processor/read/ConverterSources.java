package dev.jpamigrate.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Finds the {@code @Converter(autoApply = true)} classes that the compilation does not contain,
 * compiled in a dependency jar, where Hibernate would find them too: Spring Boot scans the
 * packages of the application (those of its entities), and a persistence unit lists the
 * converter classes. The first is the packages of the module's entities and of
 * {@code @EntityScan}; the second is the option {@value #OPTION}, which names converter classes
 * or packages of them ({@code -Amigration.converters=com.acme.types.MoneyConverter,com.acme.converters}).
 * A converter that neither reaches is unknown here: an auto-applied converter of a jar in
 * another package must be named in the option.
 */
public final class ConverterSources {
    public static final String OPTION = "migration.converters";

    private static final Set<String> ENTITY_SCANS = Set.of("org.springframework.boot.autoconfigure.domain.EntityScan",
            "org.springframework.boot.persistence.autoconfigure.EntityScan");

    private final Elements elements;
    private final List<String> named;
    private final Map<String, List<TypeElement>> packages = new HashMap<>();

    /** @param option the value of {@value #OPTION}, or {@code null} */
    public ConverterSources(Elements elements, String option) {
        this.elements = elements;
        this.named = option == null ? List.of() : List.of(option.trim().split("[,\\s]+")).stream()
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The entries of {@value #OPTION} that name neither a class nor a package on the class path. */
    public List<String> unknownNames() {
        return named.stream().filter(n -> EntityReader.typeNamed(elements, n) == null
                && elements.getPackageElement(n) == null).toList();
    }

    /** The auto-applied converters of the option, and of the packages of {@code types} and their {@code @EntityScan}. */
    public Set<TypeElement> find(List<TypeElement> types) {
        Set<TypeElement> found = new LinkedHashSet<>();
        for (String name : named) {
            TypeElement type = EntityReader.typeNamed(elements, name);
            if (type != null) {
                if (ConverterReader.isAutoApply(type)) {
                    found.add(type);
                }
            } else {
                found.addAll(autoApplied(name));
            }
        }
        for (TypeElement type : types) {
            found.addAll(autoApplied(elements.getPackageOf(type).getQualifiedName().toString()));
            type.getAnnotationMirrors().stream()
                    .filter(m -> ENTITY_SCANS.contains(Annotations.qualifiedName(m)))
                    .forEach(scan -> scanned(scan).forEach(p -> found.addAll(autoApplied(p))));
        }
        return found;
    }

    /** The packages that {@code @EntityScan} names, by {@code value}, {@code basePackages} or {@code basePackageClasses}. */
    private List<String> scanned(AnnotationMirror scan) {
        List<String> names = new ArrayList<>();
        names.addAll(Annotations.strings(scan, "value"));
        names.addAll(Annotations.strings(scan, "basePackages"));
        for (AnnotationValue value : Annotations.list(scan, "basePackageClasses")) {
            if (value.getValue() instanceof DeclaredType declared) {
                names.add(elements.getPackageOf(declared.asElement()).getQualifiedName().toString());
            }
        }
        return names;
    }

    /** The auto-applied converters among the classes of a package, from sources and the class path alike. */
    private List<TypeElement> autoApplied(String packageName) {
        return packages.computeIfAbsent(packageName, name -> {
            PackageElement element = elements.getPackageElement(name);
            if (element == null) {
                return List.of();
            }
            return element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.CLASS)
                    .map(TypeElement.class::cast)
                    .filter(ConverterReader::isAutoApply)
                    .toList();
        });
    }
}
