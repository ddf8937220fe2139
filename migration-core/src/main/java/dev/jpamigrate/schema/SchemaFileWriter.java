package dev.jpamigrate.schema;

import dev.jpamigrate.ForeignKeyAction;
import java.util.List;
import java.util.Locale;

/** Writes {@link SchemaFile}s; see there for the format. */
final class SchemaFileWriter {
    private final StringBuilder out = new StringBuilder(4096);

    private SchemaFileWriter() {
    }

    static String write(SchemaFile file, String comment) {
        SchemaFileWriter writer = new SchemaFileWriter();
        writer.file(file, comment);
        return writer.out.toString();
    }

    private void file(SchemaFile file, String comment) {
        out.append(SchemaFile.FORMAT).append(' ').append(SchemaFile.VERSION).append('\n');
        if (comment != null) {
            for (String line : comment.split("\n", -1)) {
                out.append("# ").append(line.replace('\r', ' ')).append('\n');
            }
        }
        file.heads().forEach(head -> word("head").text(head).end());
        file.entities().forEach(entity -> word("entity").text(entity).end());
        file.settings().forEach(setting -> word("setting").text(setting.name()).text(setting.value())
                .text(setting.source()).end());
        for (Table table : file.schema().tables()) {
            out.append('\n');
            table(table);
        }
        if (!file.schema().sequences().isEmpty()) {
            out.append('\n');
        }
        for (Sequence sequence : file.schema().sequences()) {
            word("sequence").text(sequence.name()).word("start").word(Long.toString(sequence.start()))
                    .word("increment").word(Long.toString(sequence.increment()));
            if (sequence.type() != null) {
                word("as").word(sequence.type());
            }
            if (sequence.owner() != null) {
                word("owned-by").text(sequence.owner().table()).text(sequence.owner().column());
            }
            end();
        }
        if (!file.hints().isEmpty()) {
            out.append('\n');
        }
        file.hints().all().forEach(this::hint);
    }

    private void hint(Hint hint) {
        word("hint");
        if (hint instanceof Hint.RenamedTable r) {
            word("renamed-table").text(r.table()).list(r.previous());
        } else if (hint instanceof Hint.RenamedColumn r) {
            word("renamed-column").text(r.table()).text(r.column()).list(r.previous());
        } else if (hint instanceof Hint.Backfill b) {
            word("backfill").text(b.table()).text(b.column()).text(b.expression());
        } else if (hint instanceof Hint.EnumConstants e) {
            word("enum").text(e.table()).text(e.column()).list(e.constants());
        }
        end();
    }

    private void table(Table table) {
        word("table").text(table.name()).end();
        if (table.comment() != null) {
            member("comment").text(table.comment()).end();
        }
        for (Column column : table.columns()) {
            member("column").text(column.name()).text(column.type());
            if (column.identity()) {
                word("identity");
            } else if (!column.nullable()) {
                word("not-null");
            }
            if (column.defaultValue() != null) {
                word("default").text(column.defaultValue());
            }
            if (column.comment() != null) {
                word("comment").text(column.comment());
            }
            if (column.collation() != null) {
                word("collate").text(column.collation());
            }
            if (column.generatedAs() != null) {
                word("generated").text(column.generatedAs());
            }
            end();
        }
        if (table.primaryKey() != null) {
            member("primary-key").text(table.primaryKey().name()).list(table.primaryKey().columns()).end();
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            member("unique").text(unique.name()).list(unique.columns()).end();
        }
        for (CheckConstraint check : table.checks()) {
            member("check").text(check.name()).text(check.expression()).end();
        }
        for (Index index : table.indexes()) {
            member(index.unique() ? "unique-index" : "index").text(index.name()).list(index.columns()).end();
        }
        for (ForeignKey fk : table.foreignKeys()) {
            member("foreign-key").text(fk.name()).list(fk.columns())
                    .word("references").text(fk.referencedTable()).list(fk.referencedColumns());
            if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
                word("on-delete").word(action(fk.onDelete()));
            }
            if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) {
                word("on-update").word(action(fk.onUpdate()));
            }
            end();
        }
    }

    /** {@code set-null}: the action's SQL words, joined so that they are one word. */
    static String action(ForeignKeyAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private SchemaFileWriter member(String keyword) {
        out.append("  ").append(keyword);
        return this;
    }

    /** A keyword, at the start of a line or after a space. */
    private SchemaFileWriter word(String keyword) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
        }
        out.append(keyword);
        return this;
    }

    /** A name, type or expression: bare when it reads back as itself, quoted otherwise. */
    private SchemaFileWriter text(String value) {
        out.append(' ');
        token(value);
        return this;
    }

    private SchemaFileWriter list(List<String> values) {
        out.append(" (");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            token(values.get(i));
        }
        out.append(')');
        return this;
    }

    private void end() {
        out.append('\n');
    }

    private void token(String value) {
        if (SchemaFileSyntax.isBare(value)) {
            out.append(value);
        } else {
            quote(value);
        }
    }

    private void quote(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (SchemaFileSyntax.mustEscape(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
