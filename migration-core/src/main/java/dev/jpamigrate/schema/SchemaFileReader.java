package dev.jpamigrate.schema;

import dev.jpamigrate.ForeignKeyAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@link SchemaFile}s; see there for the format. One pass over the text, a line at a
 * time, without regular expressions: a snapshot of 10,000 tables is read in a fraction of a
 * second. Every problem is a {@link SchemaFile.FormatException} with its line number.
 */
final class SchemaFileReader {
    private static final String MEMBERS = "column, comment, primary-key, unique, check, index, unique-index or"
            + " foreign-key";

    private final String text;
    private final String source;
    private int pos;
    private int end;
    private int line;

    private final List<String> heads = new ArrayList<>();
    private final List<String> entities = new ArrayList<>();
    private final List<SchemaFile.Setting> settings = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private final List<Hint> hints = new ArrayList<>();
    private final Map<String, Integer> tableLines = new HashMap<>();
    private final Map<String, Integer> sequenceLines = new HashMap<>();
    private TableDraft table;
    private boolean body;

    SchemaFileReader(String text, String source) {
        this.text = text;
        this.source = source;
    }

    SchemaFile read() {
        int next = 0;
        if (text.startsWith("\ufeff")) {
            next = 1; // a byte order mark an editor may have added
        }
        while (next < text.length() || line == 0) {
            pos = next;
            int newline = text.indexOf('\n', pos);
            end = newline < 0 ? text.length() : newline;
            next = newline < 0 ? text.length() + 1 : newline + 1;
            if (end > pos && text.charAt(end - 1) == '\r') {
                end--;
            }
            line++;
            if (line == 1) {
                formatLine();
            } else {
                line();
            }
            if (newline < 0) {
                break;
            }
        }
        finishTable();
        try {
            return new SchemaFile(new Schema(tables, sequences), heads, entities, settings, Hints.of(hints));
        } catch (IllegalArgumentException e) {
            throw error(line, e.getMessage());
        }
    }

    private void formatLine() {
        String expected = SchemaFile.FORMAT + " " + SchemaFile.VERSION;
        String first = text.substring(pos, end).trim();
        if (first.equals(expected)) {
            return;
        }
        if (first.startsWith(SchemaFile.FORMAT + " ")) {
            throw error(1, "format version " + first.substring(SchemaFile.FORMAT.length()).trim() + ", but this"
                    + " JPA Migrate reads version " + SchemaFile.VERSION + " (a newer JPA Migrate wrote it?)");
        }
        throw error(1, "not a JPA Migrate schema file: its first line must be '" + expected + "'");
    }

    private void line() {
        skipSpaces();
        if (pos == end || text.charAt(pos) == '#') {
            return;
        }
        if (text.startsWith("<<<<<<<", pos) || text.startsWith("=======", pos) || text.startsWith(">>>>>>>", pos)) {
            throw error(line, "an unresolved merge conflict");
        }
        String keyword = keyword();
        switch (keyword) {
            case "head" -> header(heads, "head");
            case "entity" -> header(entities, "entity");
            case "setting" -> setting();
            case "table" -> {
                finishTable();
                body = true;
                table = new TableDraft(text("a name"), line);
                endOfLine();
            }
            case "sequence" -> {
                finishTable();
                body = true;
                sequence();
            }
            case "hint" -> {
                finishTable();
                body = true;
                hint();
            }
            case "column", "comment", "primary-key", "unique", "check", "index", "unique-index", "foreign-key" -> {
                if (table == null) {
                    throw error(line, "'" + keyword + "' outside a table: a 'table <name>' line must come first");
                }
                member(keyword);
            }
            default -> throw error(line, "unknown line '" + keyword + "': expected table, sequence, hint, " + MEMBERS);
        }
    }

    private void header(List<String> values, String keyword) {
        if (body) {
            throw error(line, "'" + keyword + "' lines belong in the header, before the first table or sequence");
        }
        values.add(text("a value"));
        endOfLine();
    }

    private void setting() {
        if (body) {
            throw error(line, "'setting' lines belong in the header, before the first table or sequence");
        }
        String name = text("a name");
        String value = text("a value");
        String from = text("where the setting comes from");
        endOfLine();
        settings.add(new SchemaFile.Setting(name, value, from));
    }

    private void hint() {
        String kind = keyword();
        try {
            switch (kind) {
                case "renamed-table" -> hints.add(new Hint.RenamedTable(text("a table"), list("its previous names")));
                case "renamed-column" -> hints.add(new Hint.RenamedColumn(text("a table"), text("a column"),
                        list("its previous names")));
                case "backfill" -> hints.add(new Hint.Backfill(text("a table"), text("a column"), text("a value")));
                case "enum" -> hints.add(new Hint.EnumConstants(text("a table"), text("a column"),
                        list("its constants")));
                default -> throw error(line, "unknown hint '" + kind + "': expected renamed-table, renamed-column,"
                        + " backfill or enum");
            }
        } catch (IllegalArgumentException e) {
            if (e instanceof SchemaFile.FormatException) {
                throw e;
            }
            throw error(line, e.getMessage());
        }
        endOfLine();
    }

    private void sequence() {
        String name = text("a name");
        expectKeyword("start");
        long start = number("start");
        expectKeyword("increment");
        long increment = number("increment");
        // Options a sequence of an earlier version has none of: a bigint sequence that no column owns.
        String type = null;
        Sequence.Owner owner = null;
        List<String> seen = new ArrayList<>(2);
        while (!atEnd()) {
            String option = keyword();
            if (seen.contains(option)) {
                throw error(line, "sequence " + name + " has '" + option + "' twice");
            }
            seen.add(option);
            switch (option) {
                case "as" -> type = text("the sequence's type");
                case "owned-by" -> {
                    String ownerTable = text("the owner's table");
                    owner = new Sequence.Owner(ownerTable, text("the owner's column"));
                }
                default -> throw error(line, "sequence " + name + ": unknown option '" + option
                        + "' (expected as or owned-by)");
            }
        }
        Integer other = sequenceLines.putIfAbsent(name, line);
        if (other != null) {
            throw error(line, "sequence " + name + " again (first on line " + other + ")");
        }
        try {
            sequences.add(new Sequence(name, start, increment, type, owner));
        } catch (IllegalArgumentException e) {
            throw error(line, e.getMessage());
        }
    }

    private void member(String keyword) {
        try {
            switch (keyword) {
                case "comment" -> {
                    if (table.comment != null) {
                        throw error(line, "table " + table.name + " has a second comment");
                    }
                    table.comment = text("the comment");
                }
                case "column" -> column();
                case "primary-key" -> {
                    if (table.primaryKey != null) {
                        throw error(line, "table " + table.name + " has a second primary key");
                    }
                    table.primaryKey = new PrimaryKey(text("a name"), list("its columns"));
                }
                case "unique" -> table.uniqueConstraints.add(new UniqueConstraint(text("a name"), list("its columns")));
                case "check" -> table.checks.add(new CheckConstraint(text("a name"), text("its expression")));
                case "index" -> table.indexes.add(new Index(text("a name"), list("its columns"), false));
                case "unique-index" -> table.indexes.add(new Index(text("a name"), list("its columns"), true));
                default -> foreignKey();
            }
        } catch (IllegalArgumentException e) {
            if (e instanceof SchemaFile.FormatException) {
                throw e;
            }
            throw error(line, e.getMessage());
        }
        endOfLine();
    }

    private void column() {
        String name = text("a name");
        String type = text("a type");
        boolean nullable = true;
        boolean identity = false;
        String defaultValue = null;
        String comment = null;
        String collation = null;
        String generatedAs = null;
        List<String> seen = new ArrayList<>(4);
        while (!atEnd()) {
            String option = keyword();
            if (seen.contains(option)) {
                throw error(line, "column " + name + " has '" + option + "' twice");
            }
            seen.add(option);
            switch (option) {
                case "not-null" -> nullable = false;
                case "identity" -> {
                    identity = true;
                    nullable = false;
                }
                case "default" -> defaultValue = text("the default's expression");
                case "comment" -> comment = text("the comment");
                case "collate" -> collation = text("the collation");
                case "generated" -> generatedAs = text("the generation expression");
                default -> throw error(line, "column " + name + ": unknown option '" + option
                        + "' (expected not-null, identity, default, comment, collate or generated)");
            }
        }
        table.columns.add(new Column(name, type, nullable, defaultValue, identity, comment, collation, generatedAs));
    }

    private void foreignKey() {
        String name = text("a name");
        List<String> columns = list("its columns");
        expectKeyword("references");
        String referencedTable = text("the referenced table");
        List<String> referencedColumns = list("the referenced columns");
        ForeignKeyAction onDelete = ForeignKeyAction.NO_ACTION;
        ForeignKeyAction onUpdate = ForeignKeyAction.NO_ACTION;
        List<String> seen = new ArrayList<>(2);
        while (!atEnd()) {
            String option = keyword();
            if (!option.equals("on-delete") && !option.equals("on-update")) {
                throw error(line, "foreign key " + name + ": unknown option '" + option
                        + "' (expected on-delete or on-update)");
            }
            if (seen.contains(option)) {
                throw error(line, "foreign key " + name + " has '" + option + "' twice");
            }
            seen.add(option);
            ForeignKeyAction action = action(keyword());
            if (option.equals("on-delete")) {
                onDelete = action;
            } else {
                onUpdate = action;
            }
        }
        table.foreignKeys.add(new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate));
    }

    private ForeignKeyAction action(String word) {
        for (ForeignKeyAction action : ForeignKeyAction.values()) {
            if (SchemaFileWriter.action(action).equals(word)) {
                return action;
            }
        }
        throw error(line, "unknown foreign key action '" + word
                + "' (expected no-action, restrict, cascade, set-null or set-default)");
    }

    private void finishTable() {
        if (table == null) {
            return;
        }
        TableDraft draft = table;
        table = null;
        Integer other = tableLines.putIfAbsent(draft.name, draft.line);
        if (other != null) {
            throw error(draft.line, "table " + draft.name + " again (first on line " + other + ")");
        }
        try {
            tables.add(new Table(draft.name, draft.columns, draft.primaryKey, draft.uniqueConstraints, draft.indexes,
                    draft.foreignKeys, draft.checks, draft.comment));
        } catch (IllegalArgumentException e) {
            throw error(draft.line, e.getMessage());
        }
    }

    // ---- tokens of the current line

    private void skipSpaces() {
        while (pos < end && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private boolean atEnd() {
        skipSpaces();
        return pos == end;
    }

    private void endOfLine() {
        if (!atEnd()) {
            throw error(line, "unexpected '" + text.substring(pos, end) + "' at the end of the line");
        }
    }

    private void expectKeyword(String expected) {
        if (atEnd()) {
            throw error(line, "'" + expected + "' is missing");
        }
        int at = pos;
        String word = keyword();
        if (!word.equals(expected)) {
            pos = at;
            throw error(line, "expected '" + expected + "' but found '" + word + "'");
        }
    }

    private long number(String what) {
        String word = text(what);
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw error(line, what + " must be a whole number, not '" + word + "'");
        }
    }

    /** A keyword: a bare word. */
    private String keyword() {
        skipSpaces();
        if (pos < end && text.charAt(pos) == '"') {
            throw error(line, "expected a keyword, not a quoted text");
        }
        return word("a keyword");
    }

    /** A name, type or expression: a bare word or a quoted text, followed by a space or the end of the line. */
    private String text(String what) {
        String value = item(what);
        if (pos < end && text.charAt(pos) != ' ' && text.charAt(pos) != '\t') {
            throw error(line, "expected a space after '" + value + "', not '" + text.charAt(pos) + "'");
        }
        return value;
    }

    /** {@code (a, b)}. */
    private List<String> list(String what) {
        skipSpaces();
        if (pos == end || text.charAt(pos) != '(') {
            throw error(line, "expected " + what + " in parentheses, as in (id)");
        }
        pos++;
        List<String> items = new ArrayList<>(2);
        while (true) {
            items.add(item("a name in the list"));
            skipSpaces();
            if (pos == end) {
                throw error(line, "the list of " + what + " has no closing parenthesis");
            }
            char c = text.charAt(pos++);
            if (c == ')') {
                break;
            }
            if (c != ',') {
                throw error(line, "expected ',' or ')' in the list of " + what + ", not '" + c + "'");
            }
        }
        if (pos < end && text.charAt(pos) != ' ' && text.charAt(pos) != '\t') {
            throw error(line, "expected a space after the list of " + what);
        }
        return items;
    }

    private String item(String what) {
        skipSpaces();
        if (pos == end) {
            throw error(line, what + " is missing");
        }
        return text.charAt(pos) == '"' ? quoted() : word(what);
    }

    /** A bare word: plain characters, and groups in parentheses directly after them. */
    private String word(String what) {
        int start = pos;
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '(' && pos > start) {
                group(start);
            } else if (SchemaFileSyntax.isPlain(c)) {
                pos++;
            } else {
                break;
            }
        }
        if (pos == start) {
            throw error(line, "expected " + what + ", not '" + (pos < end ? text.charAt(pos) : ' ') + "'");
        }
        return text.substring(start, pos);
    }

    private void group(int wordStart) {
        int depth = 0;
        while (pos < end) {
            char c = text.charAt(pos);
            if (!SchemaFileSyntax.isGroupChar(c)) {
                break;
            }
            pos++;
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return;
            }
        }
        throw error(line, "'" + text.substring(wordStart, pos) + "' has an unclosed parenthesis: quote a text with"
                + " spaces or unbalanced parentheses");
    }

    private String quoted() {
        int start = pos + 1;
        StringBuilder value = null;
        pos++;
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '"') {
                String result = value == null ? text.substring(start, pos) : value.toString();
                pos++;
                return result;
            }
            if (c == '\\') {
                if (value == null) {
                    value = new StringBuilder(text.substring(start, pos));
                }
                value.append(escape());
            } else {
                if (value != null) {
                    value.append(c);
                }
                pos++;
            }
        }
        throw error(line, "a quoted text does not end on its line (write a line break as \\n)");
    }

    private char escape() {
        if (pos + 1 >= end) {
            throw error(line, "a quoted text ends with a lone \\");
        }
        char c = text.charAt(pos + 1);
        pos += 2;
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (pos + 4 <= end) {
                    try {
                        char decoded = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
                        pos += 4;
                        return decoded;
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                }
                throw error(line, "\\u must be followed by four hexadecimal digits");
            default:
                throw error(line, "unknown escape \\" + c + " (expected \\\", \\\\, \\n, \\r, \\t or \\u followed by"
                        + " four hexadecimal digits)");
        }
    }

    private SchemaFile.FormatException error(int at, String problem) {
        return new SchemaFile.FormatException(source, at, problem);
    }

    /** The parts of the table being read; they become a {@link Table} at its end. */
    private static final class TableDraft {
        final String name;
        final int line;
        String comment;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        TableDraft(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }
}
