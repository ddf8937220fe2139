package dev.jpamigrate.schema;

import dev.jpamigrate.ForeignKeyAction;
import java.util.List;
import java.util.function.Consumer;

/** Defines a foreign key: {@code fk -> fk.columns("customer_id").references("customer", "id").onDelete(CASCADE)}. */
public final class ForeignKeyBuilder {
    private List<String> columns = List.of();
    private String referencedTable;
    private List<String> referencedColumns = List.of();
    private ForeignKeyAction onDelete = ForeignKeyAction.NO_ACTION;
    private ForeignKeyAction onUpdate = ForeignKeyAction.NO_ACTION;

    ForeignKeyBuilder() {
    }

    static ForeignKey build(String name, Consumer<ForeignKeyBuilder> definition) {
        ForeignKeyBuilder builder = new ForeignKeyBuilder();
        definition.accept(builder);
        return new ForeignKey(name, builder.columns, builder.referencedTable, builder.referencedColumns,
                builder.onDelete, builder.onUpdate);
    }

    public ForeignKeyBuilder columns(String... columnNames) {
        columns = List.of(columnNames);
        return this;
    }

    public ForeignKeyBuilder references(String table, String... columnNames) {
        referencedTable = table;
        referencedColumns = List.of(columnNames);
        return this;
    }

    public ForeignKeyBuilder onDelete(ForeignKeyAction action) {
        onDelete = action;
        return this;
    }

    public ForeignKeyBuilder onUpdate(ForeignKeyAction action) {
        onUpdate = action;
        return this;
    }
}
