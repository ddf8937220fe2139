package dev.jpamigrate.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An element of an XML text with where it is in that text, so that an edit can insert at an
 * exact offset and leave every other character as it was (a DOM or StAX round trip would
 * rewrite whitespace, comments and attribute quoting). Enough XML for a pom: elements,
 * attributes, comments, CDATA, processing instructions and a DOCTYPE without an internal subset.
 */
final class XmlElement {
    final String name;
    /** Offset of {@code <} of the start tag. */
    final int start;
    /** Offset just after {@code >} of the start tag. */
    final int startTagEnd;
    /** Offset of {@code <} of the end tag; equal to {@link #end} for {@code <empty/>}. */
    int endTagStart;
    /** Offset just after the element. */
    int end;
    final boolean selfClosing;
    final XmlElement parent;
    final List<XmlElement> children = new ArrayList<>();
    private final String text;

    private XmlElement(String text, String name, int start, int startTagEnd, boolean selfClosing, XmlElement parent) {
        this.text = text;
        this.name = name;
        this.start = start;
        this.startTagEnd = startTagEnd;
        this.selfClosing = selfClosing;
        this.parent = parent;
        if (selfClosing) {
            this.endTagStart = startTagEnd;
            this.end = startTagEnd;
        }
    }

    /**
     * The root element of {@code text}.
     *
     * @throws IllegalArgumentException when the text is not well-formed enough to edit safely
     */
    static XmlElement parse(String text) {
        XmlElement root = null;
        XmlElement open = null;
        int i = 0;
        while (true) {
            int lt = text.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (text.startsWith("<!--", lt)) {
                i = after(text, "-->", lt);
            } else if (text.startsWith("<![CDATA[", lt)) {
                i = after(text, "]]>", lt);
            } else if (text.startsWith("<?", lt)) {
                i = after(text, "?>", lt);
            } else if (text.startsWith("<!", lt)) {
                i = after(text, ">", lt);
            } else if (text.startsWith("</", lt)) {
                int gt = after(text, ">", lt);
                String name = text.substring(lt + 2, gt - 1).strip();
                if (open == null || !open.name.equals(name)) {
                    throw new IllegalArgumentException("unexpected </" + name + "> at offset " + lt);
                }
                open.endTagStart = lt;
                open.end = gt;
                open = open.parent;
                i = gt;
            } else {
                int gt = tagEnd(text, lt);
                boolean empty = text.charAt(gt - 2) == '/';
                int nameEnd = lt + 1;
                while (nameEnd < gt && !Character.isWhitespace(text.charAt(nameEnd)) && text.charAt(nameEnd) != '/'
                        && text.charAt(nameEnd) != '>') {
                    nameEnd++;
                }
                XmlElement element = new XmlElement(text, text.substring(lt + 1, nameEnd), lt, gt, empty, open);
                if (open != null) {
                    open.children.add(element);
                } else if (root == null) {
                    root = element;
                } else {
                    throw new IllegalArgumentException("a second root element at offset " + lt);
                }
                if (!empty) {
                    open = element;
                }
                i = gt;
            }
        }
        if (root == null || open != null) {
            throw new IllegalArgumentException(root == null ? "no root element" : "<" + open.name + "> is not closed");
        }
        return root;
    }

    private static int after(String text, String terminator, int from) {
        int at = text.indexOf(terminator, from);
        if (at < 0) {
            throw new IllegalArgumentException("no " + terminator + " after offset " + from);
        }
        return at + terminator.length();
    }

    /** The offset after the {@code >} that ends the tag at {@code lt}, past quoted attribute values. */
    private static int tagEnd(String text, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("the tag at offset " + lt + " is not closed");
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The text of a child such as {@code <artifactId>}, trimmed; empty when absent. */
    String childText(String childName) {
        return child(childName).map(XmlElement::content).orElse("");
    }

    /** What is between the tags, trimmed. */
    String content() {
        return selfClosing ? "" : text.substring(startTagEnd, endTagStart).strip();
    }

    /** The start tag as written, for rewriting {@code <empty/>} as a start and an end tag. */
    String startTag() {
        return text.substring(start, startTagEnd);
    }
}
