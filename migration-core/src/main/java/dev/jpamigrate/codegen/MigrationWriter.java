package dev.jpamigrate.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;
import dev.jpamigrate.codegen.OperationCode.Statement;
import dev.jpamigrate.ops.Operation;
import dev.jpamigrate.schema.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a migration class: {@code @Revision}, then {@code upgrade()} and {@code downgrade()}
 * with one statement per operation. An operation that loses data gets a comment above it,
 * so that the reviewer sees it.
 *
 * <p>A revision too large for one method (the JVM's limit is 64 KB of bytecode; the first
 * revision of a large model passes it) has its statements in private static methods,
 * {@code upgrade1(op)}, {@code upgrade2(op)}, ..., called in order. One too large for one
 * class (a class holds at most 65,535 constants, two for each distinct string) has those
 * methods in nested classes, each with a constant pool of its own. The same operations
 * always give the same source.
 */
public final class MigrationWriter {
    private static final int MAX_NAME_WORDS = 6;
    /** Literals and calls per method: each costs at most 8 bytes of bytecode, so a method stays under 32 KB. */
    static final int MAX_METHOD_SIZE = 4_000;
    /** Distinct strings per class: two constants each, with room for the methods' own constants. */
    static final int MAX_CLASS_STRINGS = 25_000;

    private MigrationWriter() {
    }

    /**
     * @param before the schema the upgrade starts from, to tell which operations lose data
     */
    public static JavaFile write(String packageName, String id, List<String> parents, String message, Schema before,
            List<Operation> upgrade, List<Operation> downgrade) {
        return write(packageName, id, parents, message, before, upgrade, downgrade, true);
    }

    /**
     * @param transactional false writes {@code @Revision(transactional = false)}: each statement runs
     *     in a transaction of its own, as {@code create index concurrently} needs
     */
    public static JavaFile write(String packageName, String id, List<String> parents, String message, Schema before,
            List<Operation> upgrade, List<Operation> downgrade, boolean transactional) {
        ClassName name = ClassName.get(packageName, className(id, message));
        AnnotationSpec.Builder revision = revision(id, parents, message).toBuilder();
        if (!transactional) {
            revision.addMember("transactional", "false");
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(revision.build())
                .addSuperinterface(Migration.class);
        List<Part> upgradeParts = parts(statements(upgrade, before));
        List<Part> downgradeParts = parts(statements(downgrade, null));
        int strings = distinctStrings(upgradeParts) + distinctStrings(downgradeParts);
        boolean nested = strings > MAX_CLASS_STRINGS;
        type.addMethod(method("upgrade", upgradeParts, type, nested ? "UpgradePart" : null));
        type.addMethod(method("downgrade", downgradeParts, type, nested ? "DowngradePart" : null));
        return JavaFile.builder(packageName, type.build()).indent("    ").build();
    }

    /** {@code R20261125132744_AddCustomerEmail}: sorts by time, and says what it does. */
    public static String className(String id, String message) {
        StringBuilder name = new StringBuilder("R").append(id.replaceAll("[^A-Za-z0-9_]", "_"));
        String[] words = message == null ? new String[0] : message.trim().split("[^A-Za-z0-9]+");
        int used = 0;
        for (String word : words) {
            if (word.isEmpty() || used == MAX_NAME_WORDS) {
                continue;
            }
            name.append(used++ == 0 ? "_" : "")
                    .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(word.substring(1));
        }
        return name.toString();
    }

    private static AnnotationSpec revision(String id, List<String> parents, String message) {
        AnnotationSpec.Builder revision = AnnotationSpec.builder(Revision.class).addMember("id", "$S", id);
        if (parents.size() == 1) {
            revision.addMember("parents", "$S", parents.get(0));
        } else if (parents.size() > 1) {
            revision.addMember("parents", "{$L}",
                    CodeBlock.join(parents.stream().map(p -> CodeBlock.of("$S", p)).toList(), ", "));
        }
        if (message != null && !message.isBlank()) {
            revision.addMember("message", "$S", message.trim());
        }
        return revision.build();
    }

    /** The statements, each with the data-loss comment it needs when {@code before} is known. */
    private static List<Entry> statements(List<Operation> operations, Schema before) {
        List<Entry> entries = new ArrayList<>(operations.size());
        Schema state = before;
        for (Operation op : operations) {
            String loss = null;
            if (state != null) {
                loss = op.dataLoss(state).orElse(null);
                state = op.applyTo(state);
            }
            entries.add(new Entry(loss, OperationCode.of(op)));
        }
        return entries;
    }

    /** The statements cut into parts of at most {@link #MAX_METHOD_SIZE}; a larger statement is a part of its own. */
    private static List<Part> parts(List<Entry> entries) {
        List<Part> parts = new ArrayList<>();
        List<Entry> part = new ArrayList<>();
        int size = 0;
        for (Entry entry : entries) {
            if (!part.isEmpty() && size + entry.statement().size() > MAX_METHOD_SIZE) {
                parts.add(new Part(part));
                part = new ArrayList<>();
                size = 0;
            }
            part.add(entry);
            size += entry.statement().size();
        }
        parts.add(new Part(part));
        return parts;
    }

    private static int distinctStrings(List<Part> parts) {
        Set<String> strings = new HashSet<>();
        parts.forEach(p -> p.entries().forEach(e -> strings.addAll(e.statement().literals())));
        return strings.size();
    }

    /**
     * {@code upgrade(op)} with the statements in its body when they fit; otherwise calls of
     * {@code upgrade1(op)}, ..., added to {@code type}, or to nested classes named
     * {@code <nestedPrefix>1}, ... when {@code nestedPrefix} is set.
     */
    private static MethodSpec method(String name, List<Part> parts, TypeSpec.Builder type, String nestedPrefix) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, "op");
        if (parts.size() == 1) {
            return method.addCode(body(parts.get(0))).build();
        }
        TypeSpec.Builder holder = null;
        Set<String> holderStrings = new HashSet<>();
        int holders = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String partName = name + (i + 1);
            if (nestedPrefix == null) {
                type.addMethod(partMethod(partName, part, Modifier.PRIVATE));
                method.addStatement("$L(op)", partName);
                continue;
            }
            Set<String> strings = part.strings();
            Set<String> union = new HashSet<>(holderStrings);
            union.addAll(strings);
            if (holder == null || union.size() > MAX_CLASS_STRINGS) {
                if (holder != null) {
                    type.addType(holder.build());
                }
                holder = TypeSpec.classBuilder(nestedPrefix + ++holders)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
                union = strings;
            }
            holderStrings = union;
            holder.addMethod(partMethod(partName, part));
            method.addStatement("$L.$L(op)", nestedPrefix + holders, partName);
        }
        if (holder != null) {
            type.addType(holder.build());
        }
        return method.build();
    }

    private static MethodSpec partMethod(String name, Part part, Modifier... modifiers) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(modifiers)
                .addModifiers(Modifier.STATIC)
                .addParameter(Operations.class, "op")
                .addCode(body(part))
                .build();
    }

    private static CodeBlock body(Part part) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (Entry entry : part.entries()) {
            if (entry.dataLoss() != null) {
                code.add("// Data loss: $L\n", lineComment(entry.dataLoss()));
            }
            code.addStatement(entry.statement().code());
        }
        return code.build();
    }

    /**
     * A text that stays one line comment whatever names it holds: line breaks become spaces, and
     * backslashes are doubled, as javac reads a unicode escape such as a line feed in a comment too.
     */
    static String lineComment(String text) {
        return text.replace("\\", "\\\\").replace('\r', ' ').replace('\n', ' ');
    }

    private record Entry(String dataLoss, Statement statement) {
    }

    private record Part(List<Entry> entries) {
        Set<String> strings() {
            Set<String> strings = new HashSet<>();
            entries.forEach(e -> strings.addAll(e.statement().literals()));
            return strings;
        }
    }
}
