package dev.jpamigrate.processor;

import dev.jpamigrate.processor.model.Origin;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/** Reports errors on the element (and annotation) they concern, and counts them. */
public final class ErrorReporter {
    private final Messager messager;
    private int errorCount;

    public ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    public void error(Origin origin, String message) {
        errorCount++;
        if (origin.value() != null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message, origin.element(), origin.annotation(), origin.value());
        } else if (origin.annotation() != null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message, origin.element(), origin.annotation());
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message, origin.element());
        }
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
}
