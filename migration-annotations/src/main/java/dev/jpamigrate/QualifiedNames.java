package dev.jpamigrate;

/** Splits {@code schema.name}; the model writes a name in the default schema without a schema part. */
final class QualifiedNames {
    private QualifiedNames() {
    }

    static String schemaOf(String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? null : qualified.substring(0, dot);
    }

    static String localOf(String qualified) {
        return qualified.substring(qualified.indexOf('.') + 1);
    }
}
