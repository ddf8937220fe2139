package dev.jpamigrate.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.jpamigrate.Migration;
import dev.jpamigrate.Operation;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;
import dev.jpamigrate.Schema;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes a migration class: {@code @Revision}, then {@code upgrade()} and {@code downgrade()}
 * with one statement per operation. An operation that loses data gets a comment above it,
 * so that the reviewer sees it.
 */
public final class MigrationWriter {
    private static final int MAX_NAME_WORDS = 6;

    private MigrationWriter() {
    }

    /**
     * @param before the schema the upgrade starts from, to tell which operations lose data
     */
    public static JavaFile write(String packageName, String id, List<String> parents, String message, Schema before,
            List<Operation> upgrade, List<Operation> downgrade) {
        ClassName name = ClassName.get(packageName, className(id, message));
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(revision(id, parents, message))
                .addSuperinterface(Migration.class)
                .addMethod(method("upgrade", body(upgrade, before)))
                .addMethod(method("downgrade", body(downgrade, null)))
                .build();
        return JavaFile.builder(packageName, type).indent("    ").build();
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

    private static CodeBlock body(List<Operation> operations, Schema before) {
        CodeBlock.Builder code = CodeBlock.builder();
        Schema state = before;
        for (Operation op : operations) {
            if (state != null) {
                op.dataLoss(state).ifPresent(loss -> code.add("// Data loss: $L\n", loss));
                state = op.applyTo(state);
            }
            code.addStatement(OperationCode.of(op));
        }
        return code.build();
    }

    private static MethodSpec method(String name, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, "op")
                .addCode(body)
                .build();
    }
}
