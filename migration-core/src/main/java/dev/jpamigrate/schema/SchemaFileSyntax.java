package dev.jpamigrate.schema;

/**
 * The lexical rules that the reader and the writer of {@link SchemaFile}s share. A bare
 * word is a run of plain characters, where a group in parentheses may follow a plain
 * character directly ({@code varchar(255)}, {@code lower(email)}, {@code nextval('s'::regclass)});
 * everything else is quoted. Tokens are separated by spaces; {@code (}, {@code ,} and
 * {@code )} that do not belong to a word delimit a list.
 */
final class SchemaFileSyntax {
    /** {@link #isPlain} and {@link #isGroupChar} of the ASCII characters, which most texts are made of. */
    private static final boolean[] PLAIN = new boolean[128];
    private static final boolean[] GROUP = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            GROUP[c] = !isSpecial(c);
            PLAIN[c] = GROUP[c] && c != '(' && c != ')' && c != ',' && c != '#';
        }
    }

    private SchemaFileSyntax() {
    }

    /** Characters that a quoted string writes as {@code \}{@code uXXXX}: controls, line and paragraph separators, lone surrogates, the byte order mark. */
    static boolean mustEscape(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\ufeff' || Character.isSurrogate(c);
    }

    /** A character of a word outside its groups. */
    static boolean isPlain(char c) {
        return c < 128 ? PLAIN[c] : !isSpecial(c) && c != '(' && c != ')' && c != ',' && c != '#';
    }

    /** A character of a group: anything but spaces, quotes, escapes and what must be escaped. */
    static boolean isGroupChar(char c) {
        return c < 128 ? GROUP[c] : !isSpecial(c);
    }

    private static boolean isSpecial(char c) {
        return c == '"' || c == '\\' || Character.isWhitespace(c) || Character.isSpaceChar(c) || mustEscape(c);
    }

    /** Whether {@code value} is written without quotes: it reads back as one word equal to itself. */
    static boolean isBare(String value) {
        if (value.isEmpty() || !isPlain(value.charAt(0))) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (depth > 0) {
                if (!isGroupChar(c)) {
                    return false;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            } else if (c == '(') {
                if (!isPlain(value.charAt(i - 1)) && value.charAt(i - 1) != ')') {
                    return false;
                }
                depth = 1;
            } else if (!isPlain(c)) {
                return false;
            }
        }
        return depth == 0;
    }
}
