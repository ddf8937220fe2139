package dev.jpamigrate.schema;

/** Splits {@code schema.name}; the model writes a name in the default schema without a schema part. */
public final class QualifiedNames {
    private QualifiedNames() {
    }

    public static String schemaOf(String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? null : qualified.substring(0, dot);
    }

    public static String localOf(String qualified) {
        return qualified.substring(qualified.indexOf('.') + 1);
    }
}
