package dev.jpamigrate.processor;

import dev.jpamigrate.processor.model.Origin;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports errors and warnings on the element (and annotation) they concern, each once, and
 * counts the errors.
 *
 * <p>Each problem is reported once per element: a mapped superclass's field that several entities
 * inherit has one error, not one per entity. An element that this compilation does not compile (a
 * member of a mapped superclass or embeddable from a jar or another module, or of a class an IDE
 * did not recompile) has no source position for the compiler to show, so its problem is reported
 * on the innermost {@linkplain #within context} that is compiled (the entity that inherits it,
 * or the field that embeds it), naming the member, and still only once.
 */
public final class ErrorReporter {
    private final Messager messager;
    private final Set<String> compiled = new HashSet<>();
    private final Deque<Origin> contexts = new ArrayDeque<>();
    private final Set<List<Object>> reported = new HashSet<>();
    private int errorCount;

    public ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    /** Notes the classes of a round (its root elements), whose elements have source positions. */
    public void compiling(Collection<? extends Element> rootElements) {
        for (Element root : rootElements) {
            if (root instanceof TypeElement type) {
                compiled.add(type.getQualifiedName().toString());
            }
        }
    }

    /**
     * Reports what follows, until the returned scope is closed, from {@code context}: the class or
     * field being mapped, where a problem of an element compiled elsewhere is shown.
     */
    public Scope within(Origin context) {
        contexts.push(context);
        return contexts::pop;
    }

    /** A {@link #within} scope; closing it ends it. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    public void error(Origin origin, String message) {
        // Counted each time, so that a step that meets an error already reported still knows it failed.
        errorCount++;
        report(Diagnostic.Kind.ERROR, origin, message);
    }

    /** What Hibernate ignores: the schema is still right, but the code does not say what it means. */
    public void warning(Origin origin, String message) {
        report(Diagnostic.Kind.WARNING, origin, message);
    }

    /** A warning that concerns no element, such as an option whose DDL is reproduced only in part. */
    public void warning(String message) {
        messager.printMessage(Diagnostic.Kind.WARNING, message);
    }

    /** An error that concerns no element, such as a file that cannot be written. */
    public void error(String message) {
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, message);
    }

    /** The number of errors reported so far; compare before and after a step to see whether it failed. */
    public int errorCount() {
        return errorCount;
    }

    private void report(Diagnostic.Kind kind, Origin origin, String message) {
        if (!reported.add(Arrays.asList(kind, origin.element(), origin.annotation(), origin.value(), message))) {
            return;
        }
        if (isCompiled(origin.element())) {
            print(kind, origin, message);
            return;
        }
        for (Origin context : contexts) {
            if (isCompiled(context.element())) {
                print(kind, Origin.of(context.element()), describe(origin.element(), context.element()) + ": " + message);
                return;
            }
        }
        print(kind, origin, message);
    }

    private void print(Diagnostic.Kind kind, Origin origin, String message) {
        if (origin.value() != null) {
            messager.printMessage(kind, message, origin.element(), origin.annotation(), origin.value());
        } else if (origin.annotation() != null) {
            messager.printMessage(kind, message, origin.element(), origin.annotation());
        } else {
            messager.printMessage(kind, message, origin.element());
        }
    }

    /** Whether the compiler has the source of {@code element}; before the first round, every element counts. */
    private boolean isCompiled(Element element) {
        if (compiled.isEmpty()) {
            return true;
        }
        TypeElement top = null;
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type) {
                top = type;
            }
        }
        return top == null || compiled.contains(top.getQualifiedName().toString());
    }

    /**
     * A member compiled elsewhere, as the message names it: {@code Auditable.getCreatedBy()
     * (inherited from com.acme.Auditable)}, or {@code Money.amount (of embeddable com.acme.Money)}.
     */
    private static String describe(Element element, Element context) {
        TypeElement owner = element instanceof TypeElement type ? type : enclosingType(element);
        String member = element instanceof TypeElement ? owner.getSimpleName().toString()
                : owner.getSimpleName() + "." + element.getSimpleName() + (element.getKind() == ElementKind.METHOD
                        ? "()" : "");
        String relation = context instanceof TypeElement ? "inherited from" : "of embeddable";
        return member + " (" + relation + " " + owner.getQualifiedName() + ")";
    }

    private static TypeElement enclosingType(Element element) {
        Element e = element.getEnclosingElement();
        while (!(e instanceof TypeElement)) {
            e = e.getEnclosingElement();
        }
        return (TypeElement) e;
    }
}
