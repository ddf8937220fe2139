package dev.jpamigrate.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jpamigrate.Column;
import dev.jpamigrate.ColumnBuilder;
import dev.jpamigrate.EntitySnapshot;
import dev.jpamigrate.MigrationsSnapshot;
import dev.jpamigrate.Schema;
import dev.jpamigrate.Sequence;
import dev.jpamigrate.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes a schema as a Java class that rebuilds it through {@link Schema#builder()}: one
 * method per table, so that no method outgrows the JVM's 64 KB, and byte-identical output
 * for an equal schema. A schema too large for one class's constant pool (65,535 entries;
 * javac gives up near 25,000 columns and constraints) has its table methods in nested
 * classes, each with a pool of its own.
 */
public final class SnapshotWriter {
    private static final ClassName SCHEMA = ClassName.get(Schema.class);
    private static final ClassName SCHEMA_BUILDER = SCHEMA.nestedClass("Builder");
    /** Columns, constraints, indexes and comments per class; each costs a few constants (names, a lambda, a text). */
    public static final int MAX_PARTS_PER_CLASS = 3000;
    private static final ParameterizedTypeName LIST_OF_STRING =
            ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
    /**
     * The column options most columns have, each written once as a constant of the snapshot
     * class instead of a lambda per column: javac spends about a millisecond on every lambda,
     * which made a snapshot of 1,000 tables seconds slower to compile.
     */
    private static final Map<CodeBlock, String> SHARED_COLUMN_OPTIONS = Map.of(
            CodeBlock.of("notNull()"), "NOT_NULL",
            CodeBlock.of("identity()"), "IDENTITY");

    private SnapshotWriter() {
    }

    /** The processor's output: the schema of {@code entityClasses}. */
    public static JavaFile entitySnapshot(ClassName name, Schema schema, List<String> entityClasses, String generator) {
        TypeSpec.Builder type = snapshotClass(name, schema, generator)
                .addSuperinterface(EntitySnapshot.class)
                .addMethod(stringList("entityClasses", entityClasses));
        return javaFile(name, type);
    }

    /** The committed {@code SchemaSnapshot} beside the migrations, as of {@code heads}. */
    public static JavaFile migrationsSnapshot(ClassName name, Schema schema, List<String> heads, String generator) {
        TypeSpec.Builder type = snapshotClass(name, schema, generator)
                .addSuperinterface(MigrationsSnapshot.class)
                .addMethod(stringList("heads", heads));
        return javaFile(name, type);
    }

    private static TypeSpec.Builder snapshotClass(ClassName name, Schema schema, String generator) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                        .addMember("value", "$S", generator).build());
        MethodSpec.Builder schemaMethod = MethodSpec.methodBuilder("schema")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(SCHEMA)
                .addStatement("$T schema = $T.builder()", SCHEMA_BUILDER, SCHEMA);
        Set<String> methodNames = new HashSet<>(Set.of("schema", "entityClasses", "heads"));
        Map<String, CodeBlock> sharedOptions = new TreeMap<>();
        Function<Column, CodeBlock> columnOptions = column -> {
            List<CodeBlock> calls = SchemaCode.columnCalls(column);
            String shared = calls.size() == 1 ? SHARED_COLUMN_OPTIONS.get(calls.get(0)) : null;
            if (shared == null) {
                return SchemaCode.columnOptions(column);
            }
            sharedOptions.put(shared, calls.get(0));
            return CodeBlock.of(", $L", shared);
        };
        List<List<Table>> parts = parts(schema.tables());
        for (int i = 0; i < parts.size(); i++) {
            TypeSpec.Builder holder = parts.size() == 1 ? type
                    : TypeSpec.classBuilder("Tables" + (i + 1)).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
            for (Table table : parts.get(i)) {
                String method = uniqueMethodName(table.name(), methodNames);
                schemaMethod.addStatement(parts.size() == 1 ? "$L(schema)" : "Tables" + (i + 1) + ".$L(schema)", method);
                holder.addMethod(MethodSpec.methodBuilder(method)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(SCHEMA_BUILDER, "schema")
                        .addStatement("schema.table($S, $L)", table.name(),
                                SchemaCode.tableDefinition(table, columnOptions))
                        .build());
            }
            if (holder != type) {
                type.addType(holder.build());
            }
        }
        sharedOptions.forEach((constant, call) -> type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(Consumer.class), ClassName.get(ColumnBuilder.class)),
                        constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("c -> c.$L", call)
                .build()));
        for (Sequence sequence : schema.sequences()) {
            schemaMethod.addStatement("schema.sequence($S, $L, $L)", sequence.name(),
                    SchemaCode.longLiteral(sequence.start()), SchemaCode.longLiteral(sequence.increment()));
        }
        return type.addMethod(schemaMethod.addStatement("return schema.build()").build());
    }

    /** The tables in order, cut where a class would hold more than {@link #MAX_PARTS_PER_CLASS} parts. */
    private static List<List<Table>> parts(List<Table> tables) {
        List<List<Table>> parts = new ArrayList<>();
        List<Table> part = new ArrayList<>();
        int size = 0;
        for (Table table : tables) {
            int cost = 1 + table.columns().size() + table.uniqueConstraints().size() + table.indexes().size()
                    + table.foreignKeys().size() + table.checks().size() + comments(table);
            if (!part.isEmpty() && size + cost > MAX_PARTS_PER_CLASS) {
                parts.add(part);
                part = new ArrayList<>();
                size = 0;
            }
            part.add(table);
            size += cost;
        }
        parts.add(part);
        return parts;
    }

    private static int comments(Table table) {
        long columnComments = table.columns().stream().filter(c -> c.comment() != null).count();
        return (table.comment() == null ? 0 : 1) + (int) columnComments;
    }

    private static MethodSpec stringList(String name, List<String> values) {
        CodeBlock items = CodeBlock.join(values.stream().map(v -> CodeBlock.of("\n$S", v)).toList(), ",");
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(LIST_OF_STRING)
                .addStatement(values.isEmpty() ? CodeBlock.of("return $T.of()", List.class)
                        : CodeBlock.of("return $T.of($>$>$L$<$<)", List.class, items))
                .build();
    }

    /** A Java method name for a table: {@code sales.customer_order} becomes {@code sales_customerOrder}. */
    private static String uniqueMethodName(String tableName, Set<String> taken) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char ch : tableName.toCharArray()) {
            if (ch == '_') {
                upper = name.length() > 0;
            } else if (ch == '.') {
                name.append('_');
            } else if (Character.isJavaIdentifierPart(ch)) {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        String base = name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0)) ? "table" + name : name.toString();
        base = base.substring(0, 1).toLowerCase(Locale.ROOT) + base.substring(1);
        String candidate = base;
        for (int i = 2; !taken.add(candidate) || javax.lang.model.SourceVersion.isKeyword(candidate); i++) {
            candidate = base + i;
        }
        return candidate;
    }

    private static JavaFile javaFile(ClassName name, TypeSpec.Builder type) {
        return JavaFile.builder(name.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
