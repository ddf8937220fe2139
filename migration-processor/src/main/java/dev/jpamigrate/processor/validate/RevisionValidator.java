package dev.jpamigrate.processor.validate;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.model.RevisionClass;

/** Checks that the engine can load, construct and run a {@code @Revision} class. */
public final class RevisionValidator {
    private final ErrorReporter reporter;

    public RevisionValidator(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    /** Reports what stops the engine from running the revision; returns whether there was nothing. */
    public boolean validate(RevisionClass revision) {
        int before = reporter.errorCount();
        String name = revision.qualifiedName();
        if (!revision.isClass()) {
            reporter.error(revision.origin(), "@Revision marks a migration class, and " + name + " is not a class:"
                    + " declare a class that implements dev.jpamigrate.Migration");
            return false;
        }
        if (revision.id() == null || revision.id().isBlank()) {
            reporter.error(revision.idOrigin(), "@Revision of " + name + " has a blank id: give it a unique id, such"
                    + " as the UTC time it was written (\"20261125132744\")");
        }
        if (!revision.implementsMigration()) {
            reporter.error(revision.origin(), "@Revision class " + name + " does not implement dev.jpamigrate.Migration:"
                    + " add \"implements Migration\" with its upgrade and downgrade methods");
        }
        if (!revision.isPublic()) {
            reporter.error(revision.origin(), "@Revision class " + name + " is not public, so the engine cannot"
                    + " construct it: make it public");
        }
        if (revision.isAbstract()) {
            reporter.error(revision.origin(), "@Revision class " + name + " is abstract, so the engine cannot"
                    + " construct it: make it concrete, or move @Revision to a concrete subclass");
        }
        if (revision.memberOfInstance()) {
            reporter.error(revision.origin(), "@Revision class " + name + " is an inner class, which needs an"
                    + " instance of its enclosing class: make it static, or a top-level class");
        }
        if (!revision.hasPublicNoArgConstructor()) {
            reporter.error(revision.origin(), "@Revision class " + name + " has no public constructor without"
                    + " parameters, which the engine calls: add public " + simpleName(name) + "() {}");
        }
        return reporter.errorCount() == before;
    }

    private static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
