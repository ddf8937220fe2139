package dev.jpamigrate.benchmark.plugin;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One round as javac would give it to the processor: the compilation's top-level classes,
 * and the classes and members among them that carry the annotations it asks for.
 */
final class PluginRound implements RoundEnvironment {
    private final Set<TypeElement> roots;
    private final List<Element> annotatedElements;
    private final Set<TypeElement> annotations;
    private final boolean over;

    private PluginRound(Set<TypeElement> roots, List<Element> annotatedElements, Set<TypeElement> annotations,
            boolean over) {
        this.roots = roots;
        this.annotatedElements = annotatedElements;
        this.annotations = annotations;
        this.over = over;
    }

    static PluginRound of(Trees trees, List<CompilationUnitTree> units, Set<String> supported) {
        Set<TypeElement> roots = new LinkedHashSet<>();
        for (CompilationUnitTree unit : units) {
            for (Tree declaration : unit.getTypeDecls()) {
                if (declaration instanceof ClassTree
                        && trees.getElement(TreePath.getPath(unit, declaration)) instanceof TypeElement type) {
                    roots.add(type);
                }
            }
        }
        List<Element> annotated = new ArrayList<>();
        Set<TypeElement> present = new LinkedHashSet<>();
        for (TypeElement root : roots) {
            scan(root, supported, annotated, present);
        }
        return new PluginRound(roots, annotated, present, false);
    }

    static PluginRound over() {
        return new PluginRound(Set.of(), List.of(), Set.of(), true);
    }

    /** The supported annotations present on {@code element} or its members, as javac's scanner finds them. */
    private static void scan(Element element, Set<String> supported, List<Element> annotated, Set<TypeElement> present) {
        boolean has = false;
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (supported.contains(type.getQualifiedName().toString())) {
                present.add(type);
                has = true;
            }
        }
        if (has) {
            annotated.add(element);
        }
        for (Element member : element.getEnclosedElements()) {
            scan(member, supported, annotated, present);
        }
    }

    Set<TypeElement> annotations() {
        return annotations;
    }

    @Override
    public boolean processingOver() {
        return over;
    }

    @Override
    public boolean errorRaised() {
        return false;
    }

    @Override
    public Set<? extends Element> getRootElements() {
        return roots;
    }

    @Override
    public Set<? extends Element> getElementsAnnotatedWith(TypeElement a) {
        return getElementsAnnotatedWithAny(a);
    }

    @Override
    public Set<? extends Element> getElementsAnnotatedWithAny(TypeElement... wanted) {
        Set<TypeElement> types = Set.of(wanted);
        Set<Element> found = new LinkedHashSet<>();
        for (Element element : annotatedElements) {
            for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                if (types.contains((TypeElement) mirror.getAnnotationType().asElement())) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    @Override
    public Set<? extends Element> getElementsAnnotatedWith(Class<? extends Annotation> a) {
        throw new UnsupportedOperationException("the processor asks by TypeElement");
    }
}
