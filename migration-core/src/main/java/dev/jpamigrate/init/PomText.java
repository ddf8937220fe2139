package dev.jpamigrate.init;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Insertions into a pom's text, in its own indentation and line separator, that leave every
 * character outside them as it was.
 */
final class PomText {
    private final String text;
    private final String newline;
    private final String unit;
    private final List<Edit> edits = new ArrayList<>();

    private record Edit(int offset, int removed, String inserted, int sequence) {
    }

    PomText(String text, XmlElement root) {
        this.text = text;
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        this.unit = indentUnit(root);
    }

    /** One level of the file's indentation: what its root's first child is indented by, or two spaces. */
    private String indentUnit(XmlElement root) {
        String rootIndent = lineIndent(root.start);
        for (XmlElement child : root.children) {
            String indent = lineIndent(child.start);
            if (indent != null && rootIndent != null && indent.length() > rootIndent.length()
                    && indent.startsWith(rootIndent)) {
                String step = indent.substring(rootIndent.length());
                return step.contains("\t") ? "\t" : step;
            }
        }
        return "  ";
    }

    /** The whitespace before {@code offset} on its line; null when something else precedes it there. */
    private String lineIndent(int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String before = text.substring(lineStart, offset);
        return before.isBlank() ? before : null;
    }

    private String indentOf(XmlElement element) {
        String indent = lineIndent(element.start);
        if (indent != null) {
            return indent;
        }
        int depth = 0;
        for (XmlElement e = element.parent; e != null; e = e.parent) {
            depth++;
        }
        return unit.repeat(depth);
    }

    /** Adds {@code xml} (written with two spaces a level, lines separated by \n) as the last child of {@code parent}. */
    void append(XmlElement parent, String xml) {
        String parentIndent = indentOf(parent);
        String block = indent(xml, parentIndent + unit);
        if (parent.selfClosing) {
            String tag = parent.startTag();
            String open = tag.substring(0, tag.length() - 2).stripTrailing() + ">";
            edits.add(new Edit(parent.start, parent.end - parent.start,
                    open + newline + block + newline + parentIndent + "</" + parent.name + ">", edits.size()));
        } else if (lineIndent(parent.endTagStart) != null && text.substring(parent.startTagEnd, parent.endTagStart)
                .contains("\n")) {
            edits.add(new Edit(text.lastIndexOf('\n', parent.endTagStart - 1) + 1, 0, block + newline, edits.size()));
        } else {
            edits.add(new Edit(parent.endTagStart, 0, newline + block + newline + parentIndent, edits.size()));
        }
    }

    /** Adds {@code xml} just before {@code sibling} and the comment lines right above it, followed by an empty line. */
    void insertBefore(XmlElement sibling, String xml) {
        String indent = indentOf(sibling);
        String block = indent(xml, indent);
        if (lineIndent(sibling.start) != null) {
            int lineStart = text.lastIndexOf('\n', sibling.start - 1) + 1;
            while (lineStart > 0) {
                int previous = text.lastIndexOf('\n', lineStart - 2) + 1;
                String line = text.substring(previous, lineStart).strip();
                if (!line.startsWith("<!--") || !line.endsWith("-->")) {
                    break;
                }
                lineStart = previous;
            }
            edits.add(new Edit(lineStart, 0, block + newline + newline, edits.size()));
        } else {
            edits.add(new Edit(sibling.start, 0, block.substring(indent.length()) + newline + indent, edits.size()));
        }
    }

    /** The text with every edit; edits at one offset come out in the order they were made. */
    String result() {
        StringBuilder out = new StringBuilder(text);
        edits.stream()
                .sorted(Comparator.comparingInt(Edit::offset).thenComparingInt(Edit::sequence).reversed())
                .forEach(e -> out.replace(e.offset(), e.offset() + e.removed(), e.inserted()));
        return out.toString();
    }

    /** Re-indents two-space XML to this file's unit under {@code base}; empty lines stay empty. */
    private String indent(String xml, String base) {
        List<String> lines = new ArrayList<>();
        for (String line : xml.split("\n", -1)) {
            if (line.isBlank()) {
                lines.add("");
                continue;
            }
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            lines.add(base + unit.repeat(spaces / 2) + line.substring(spaces));
        }
        return String.join(newline, lines);
    }
}
