package dev.jpamigrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a column's CHECK that Hibernate 7 writes for an enum stored through an
 * {@code AttributeConverter}: the column is one of the values the converter gives the
 * enum's constants. The processor cannot run the converter, so the entity snapshot holds
 * this part as a placeholder inside the check's expression, where Hibernate puts it among
 * the column's other checks ({@code @Check} before it, Bean Validation after it):
 *
 * <pre>
 * check ticket_priority_check "(priority &lt;&gt; 'X') and ({converted-enum priority dev.acme.Priority dev.acme.PriorityConverter dev.acme.Ticket.priority})"
 * </pre>
 *
 * The engine replaces it with the concrete condition ({@code priority in ('H','L','M')}) when it
 * reads the entity snapshot, running the converter from the application's classes; the
 * migrations snapshot holds only concrete checks.
 *
 * @param column the column as SQL names it (quoted when it must be)
 * @param enumClass the enum's qualified (or binary) name; for a converted {@code Boolean}, {@code java.lang.Boolean}
 *     (the values of false, true and null) or {@code boolean} (of false and true)
 * @param converterClass the converter's qualified (or binary) name
 * @param field where the mapping is, {@code dev.acme.Ticket.priority}, for messages
 */
public record ConvertedEnumCheck(String column, String enumClass, String converterClass, String field) {
    private static final String KEYWORD = "{converted-enum ";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{converted-enum (\"(?:[^\"]|\"\")*\"|[^\\s{}\"]+)"
            + " ([\\w.$]+) ([\\w.$]+) ([^\\s{}]+)}");

    public ConvertedEnumCheck {
        if (column == null || column.isBlank() || enumClass == null || converterClass == null || field == null) {
            throw new IllegalArgumentException("a converted enum check needs a column, an enum, a converter and a field");
        }
    }

    /** The text that stands for this check in an expression until the engine resolves it. */
    public String placeholder() {
        return KEYWORD + column + " " + enumClass + " " + converterClass + " " + field.replace(' ', '_') + "}";
    }

    /** Whether {@code expression} holds a placeholder (cheap: most expressions are not looked at further). */
    public static boolean isIn(String expression) {
        return expression.contains(KEYWORD);
    }

    /** The placeholders of {@code expression}, in the order they appear. */
    public static List<ConvertedEnumCheck> in(String expression) {
        List<ConvertedEnumCheck> found = new ArrayList<>();
        if (!isIn(expression)) {
            return found;
        }
        Matcher matcher = PLACEHOLDER.matcher(expression);
        while (matcher.find()) {
            found.add(new ConvertedEnumCheck(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)));
        }
        return found;
    }

    /** {@code expression} with this placeholder replaced by {@code condition}. */
    public String resolve(String expression, String condition) {
        return expression.replace(placeholder(), condition);
    }

    /**
     * {@code expression} without this placeholder, as Hibernate would write the column's other checks
     * (the conditions joined by {@code and}, each in parentheses); empty when it was the only one.
     */
    public Optional<String> remove(String expression) {
        String alone = placeholder();
        if (expression.strip().equals(alone)) {
            return Optional.empty();
        }
        String first = "(" + alone + ") and ";
        String later = " and (" + alone + ")";
        String rest = expression.contains(first) ? expression.replace(first, "") : expression.replace(later, "");
        return Optional.of(unwrapSingle(rest));
    }

    /** {@code (a)} becomes {@code a} when those parentheses enclose the whole text, as Hibernate writes one check. */
    private static String unwrapSingle(String expression) {
        String text = expression.strip();
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return text;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
                if (depth == 0 && i < text.length() - 1) {
                    return text;
                }
            }
        }
        return text.substring(1, text.length() - 1);
    }
}
