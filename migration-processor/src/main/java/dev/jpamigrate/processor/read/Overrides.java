package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Attribute;
import dev.jpamigrate.processor.model.Attribute.ColumnSpec;
import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.CollectionSpec.TableSpec;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.OverrideSpec;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The {@code @AttributeOverride}s and {@code @AssociationOverride}s that reach the
 * attributes of an embedded field, by the attribute's path from the entity
 * ({@code "billing.location.latitude"}). Read from the outside in: as JPA says, the
 * override nearest to the entity wins. Every override read, by this instance and its
 * copies, is also listed, so that one that names no attribute can be reported.
 */
public final class Overrides {
    private final Map<String, ColumnSpec> columns = new HashMap<>();
    private final Map<String, List<JoinColumnSpec>> joinColumns = new HashMap<>();
    private final Map<String, TableSpec> joinTables = new HashMap<>();
    private final Map<String, Convert> converts = new HashMap<>();
    private final List<UnsupportedUse> unsupported = new ArrayList<>();
    private final List<OverrideSpec> written;

    public Overrides() {
        this(new ArrayList<>());
    }

    private Overrides(List<OverrideSpec> written) {
        this.written = written;
    }

    /** A copy to read one field's overrides into, with these as the outer ones. */
    public Overrides copy() {
        Overrides copy = new Overrides(written);
        copy.columns.putAll(columns);
        copy.joinColumns.putAll(joinColumns);
        copy.joinTables.putAll(joinTables);
        copy.converts.putAll(converts);
        return copy;
    }

    /** Every override read, by this instance and its copies. */
    public List<OverrideSpec> written() {
        return List.copyOf(written);
    }

    /**
     * Adds the overrides on {@code element}: a field whose attribute sits at {@code path}, or
     * the entity class, whose path is empty.
     */
    public void addFrom(Element element, String path) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            String jpa = Annotations.jpaName(m);
            if ("AttributeOverride".equals(jpa)) {
                attribute(element, m, path);
            } else if ("AttributeOverrides".equals(jpa)) {
                Annotations.annotations(m, "value").forEach(o -> attribute(element, o, path));
            } else if ("AssociationOverride".equals(jpa)) {
                association(element, m, path);
            } else if ("AssociationOverrides".equals(jpa)) {
                Annotations.annotations(m, "value").forEach(o -> association(element, o, path));
            } else if ("Convert".equals(jpa)) {
                convert(element, m, path);
            } else if ("Converts".equals(jpa)) {
                Annotations.annotations(m, "value").forEach(c -> convert(element, c, path));
            }
        }
    }

    /** The column that an override gives the attribute at {@code path}, or {@code null}. */
    public ColumnSpec column(String path) {
        return columns.get(path);
    }

    /** The one join column that an override gives the relation at {@code path}, or {@code null}. */
    public JoinColumnSpec joinColumn(String path) {
        List<JoinColumnSpec> written = joinColumns.get(path);
        return written != null && written.size() == 1 ? written.get(0) : null;
    }

    /** {@code relation} with what the overrides at {@code path} give it beyond one join column. */
    public Attribute withAssociation(Attribute relation, String path) {
        List<JoinColumnSpec> written = joinColumns.get(path);
        Attribute overridden = written != null && written.size() > 1 ? relation.withJoinColumns(written) : relation;
        TableSpec joinTable = joinTables.get(path);
        return joinTable != null && overridden.collection() != null
                ? overridden.withCollection(overridden.collection().withTable(joinTable)) : overridden;
    }

    /** The {@code @Convert(attributeName)} that reaches the attribute at {@code path}, or {@code null}. */
    public Convert convert(String path) {
        return converts.get(path);
    }

    /** A {@code @Convert} and the element it is written on. */
    public record Convert(Element element, AnnotationMirror annotation) {
    }

    /** What the overrides say that JPA Migrate does not map. */
    public List<UnsupportedUse> unsupported() {
        return List.copyOf(unsupported);
    }

    private static String qualified(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private void attribute(Element element, AnnotationMirror override, String path) {
        AnnotationValue column = Annotations.value(override, "column");
        String name = Annotations.string(override, "name");
        if (name != null && column != null && column.getValue() instanceof AnnotationMirror c) {
            columns.putIfAbsent(qualified(path, name), AttributeReader.column(element, c, unsupported));
            written.add(new OverrideSpec(path, name, false, Origin.of(element, override)));
        }
    }

    private void convert(Element element, AnnotationMirror convert, String path) {
        String name = Annotations.string(convert, "attributeName");
        if (name != null && !name.isEmpty()) {
            converts.putIfAbsent(qualified(path, name), new Convert(element, convert));
        }
    }

    private void association(Element element, AnnotationMirror override, String path) {
        String name = Annotations.string(override, "name");
        List<AnnotationMirror> joinColumnsWritten = Annotations.annotations(override, "joinColumns");
        AnnotationValue joinTable = Annotations.value(override, "joinTable");
        boolean hasJoinTable = Annotations.isSet(override, "joinTable")
                && joinTable.getValue() instanceof AnnotationMirror;
        if (name == null || joinColumnsWritten.isEmpty() && !hasJoinTable) {
            return;
        }
        written.add(new OverrideSpec(path, name, true, Origin.of(element, override)));
        if (hasJoinTable) {
            joinTables.putIfAbsent(qualified(path, name), CollectionReader.table(element,
                    (AnnotationMirror) joinTable.getValue(), "@JoinTable", unsupported));
        }
        if (joinColumnsWritten.isEmpty()) {
            return;
        }
        // The override's foreignKey names the one key over all its join columns, as @JoinColumns' does.
        AnnotationValue foreignKey = Annotations.value(override, "foreignKey");
        AnnotationMirror fk = foreignKey != null && foreignKey.getValue() instanceof AnnotationMirror a ? a : null;
        List<JoinColumnSpec> joinColumnList = new ArrayList<>();
        for (AnnotationMirror written : joinColumnsWritten) {
            JoinColumnSpec joinColumn = AttributeReader.joinColumn(element, written, unsupported);
            if (fk != null) {
                joinColumn = joinColumn.withForeignKey(Annotations.string(fk, "name"),
                        "NO_CONSTRAINT".equals(Annotations.enumConstant(fk, "value")));
            }
            joinColumnList.add(joinColumn);
        }
        joinColumns.putIfAbsent(qualified(path, name), List.copyOf(joinColumnList));
    }
}
