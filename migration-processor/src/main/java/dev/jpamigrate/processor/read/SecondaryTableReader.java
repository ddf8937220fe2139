package dev.jpamigrate.processor.read;

import dev.jpamigrate.processor.model.Attribute.JoinColumnSpec;
import dev.jpamigrate.processor.model.EntityClass.SecondaryTableSpec;
import dev.jpamigrate.processor.model.Origin;
import dev.jpamigrate.processor.model.UnsupportedUse;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads {@code @SecondaryTable} and {@code @SecondaryTables} of an entity class. */
public final class SecondaryTableReader {
    private SecondaryTableReader() {
    }

    public static List<SecondaryTableSpec> read(TypeElement type, List<UnsupportedUse> unsupported) {
        List<AnnotationMirror> written = new ArrayList<>();
        AnnotationMirror single = Annotations.jpa(type, "SecondaryTable");
        if (single != null) {
            written.add(single);
        }
        AnnotationMirror several = Annotations.jpa(type, "SecondaryTables");
        if (several != null) {
            written.addAll(Annotations.annotations(several, "value"));
        }
        List<SecondaryTableSpec> tables = new ArrayList<>();
        for (AnnotationMirror m : written) {
            UnsupportedAnnotations.checkAttributes(type, m, "@SecondaryTable", unsupported, "catalog", "options",
                    "check", "comment");
            List<JoinColumnSpec> keyColumns = new ArrayList<>();
            for (AnnotationMirror column : Annotations.annotations(m, "pkJoinColumns")) {
                UnsupportedAnnotations.checkAttributes(type, column, "@PrimaryKeyJoinColumn", unsupported,
                        "columnDefinition", "options");
                keyColumns.add(new JoinColumnSpec(Annotations.string(column, "name"),
                        Annotations.string(column, "referencedColumnName"), false, false, null, null, false, true, true,
                        Origin.of(type, column)));
            }
            String foreignKeyName = ForeignKeyAnnotation.name(type, m, "@SecondaryTable", unsupported);
            tables.add(new SecondaryTableSpec(EntityReader.tableSpec(type, m, null, List.of(), unsupported),
                    keyColumns, foreignKeyName));
        }
        return tables;
    }
}
