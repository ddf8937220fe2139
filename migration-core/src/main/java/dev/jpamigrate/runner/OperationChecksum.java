package dev.jpamigrate.runner;

import dev.jpamigrate.ops.Operation;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a revision: SHA-256 over its operations in a canonical text form, not
 * over rendered SQL, so that editing an applied migration changes it and a newer version
 * of the tool that renders SQL differently does not. Components that are null, false or
 * empty are left out, so a component added to an operation later, at its default, keeps
 * old checksums valid. A JDBC step counts by its description.
 */
public final class OperationChecksum {
    private OperationChecksum() {
    }

    public static String of(List<Operation> operations) {
        StringBuilder text = new StringBuilder();
        for (Operation op : operations) {
            canonical(op, text);
            text.append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String canonical(Operation op) {
        StringBuilder text = new StringBuilder();
        canonical(op, text);
        return text.toString();
    }

    private static void canonical(Object value, StringBuilder out) {
        if (value instanceof Operation.JdbcStep step) {
            out.append("JdbcStep{description=");
            canonical(step.description(), out);
            out.append('}');
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('{');
            String separator = "";
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object v = read(component, record);
                if (v == null || Boolean.FALSE.equals(v) || v instanceof Collection<?> c && c.isEmpty()) {
                    continue;
                }
                out.append(separator).append(component.getName()).append('=');
                canonical(v, out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            String separator = "";
            for (Object item : items) {
                out.append(separator);
                canonical(item, out);
                separator = ",";
            }
            out.append(']');
        } else if (value instanceof String s) {
            out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (value instanceof Enum<?> e) {
            out.append(e.name());
        } else {
            out.append(value);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
