package dev.jpamigrate.index;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The annotations a class file declares on its class, read from its bytes (JVMS 4): whether
 * an entity snapshot's classes are still entities is asked of a thousand classes at each
 * {@code generate}, and loading each class to read its annotations by reflection (defining it,
 * parsing every annotation, {@code @Table} with its indexes included) costs several times more
 * than finding the one annotation type in the class file.
 */
final class ClassFileAnnotations {
    private static final int MAGIC = 0xCAFEBABE;
    private static final String RUNTIME_VISIBLE = "RuntimeVisibleAnnotations";

    private ClassFileAnnotations() {
    }

    /**
     * Whether the class declares an annotation of one of {@code descriptors}
     * ({@code Ljakarta/persistence/Entity;}) that is visible at run time.
     *
     * @throws IllegalArgumentException when the bytes are not a class file
     */
    static boolean declaresAny(byte[] classFile, Set<String> descriptors) {
        try {
            return declares(ByteBuffer.wrap(classFile), descriptors);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a class file: it ends early", e);
        }
    }

    private static boolean declares(ByteBuffer in, Set<String> descriptors) {
        if (in.getInt() != MAGIC) {
            throw new IllegalArgumentException("not a class file");
        }
        in.getInt(); // minor and major version
        int[] texts = constantPoolTexts(in);
        skip(in, 6); // access flags, this class, super class
        skip(in, 2 * Short.toUnsignedInt(in.getShort())); // interfaces
        skipMembers(in); // fields
        skipMembers(in); // methods
        int attributes = Short.toUnsignedInt(in.getShort());
        for (int i = 0; i < attributes; i++) {
            String name = text(in, texts, in.getShort());
            int length = in.getInt();
            if (!RUNTIME_VISIBLE.equals(name)) {
                skip(in, length);
                continue;
            }
            int annotations = Short.toUnsignedInt(in.getShort());
            for (int a = 0; a < annotations; a++) {
                if (descriptors.contains(text(in, texts, in.getShort()))) {
                    return true;
                }
                skipElementValuePairs(in);
            }
        }
        return false;
    }

    /**
     * Where the constant pool's texts (CONSTANT_Utf8) are, by index, 0 for the other entries,
     * which are skipped: only the few texts asked for are decoded.
     */
    private static int[] constantPoolTexts(ByteBuffer in) {
        int count = Short.toUnsignedInt(in.getShort());
        int[] texts = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = Byte.toUnsignedInt(in.get());
            switch (tag) {
                case 1 -> {
                    texts[i] = in.position();
                    skip(in, Short.toUnsignedInt(in.getShort()));
                }
                case 7, 8, 16, 19, 20 -> skip(in, 2);
                case 15 -> skip(in, 3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4);
                case 5, 6 -> {
                    skip(in, 8);
                    i++; // a long or double takes two entries
                }
                default -> throw new IllegalArgumentException("not a class file: constant pool tag " + tag);
            }
        }
        return texts;
    }

    /** The text at constant pool {@code index}. */
    private static String text(ByteBuffer in, int[] texts, short index) {
        int at = texts[Short.toUnsignedInt(index)];
        if (at == 0) {
            throw new IllegalArgumentException("not a class file: constant " + Short.toUnsignedInt(index)
                    + " is not a text");
        }
        int length = Short.toUnsignedInt(in.getShort(at));
        // Modified UTF-8 reads as UTF-8 for the names compared here, which have no NUL or supplementary characters.
        return new String(in.array(), at + 2, length, StandardCharsets.UTF_8);
    }

    private static void skipMembers(ByteBuffer in) {
        int members = Short.toUnsignedInt(in.getShort());
        for (int i = 0; i < members; i++) {
            skip(in, 6); // access flags, name, descriptor
            int attributes = Short.toUnsignedInt(in.getShort());
            for (int a = 0; a < attributes; a++) {
                in.getShort();
                skip(in, in.getInt());
            }
        }
    }

    private static void skipElementValuePairs(ByteBuffer in) {
        int pairs = Short.toUnsignedInt(in.getShort());
        for (int i = 0; i < pairs; i++) {
            in.getShort(); // the element's name
            skipElementValue(in);
        }
    }

    private static void skipElementValue(ByteBuffer in) {
        char tag = (char) in.get();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> skip(in, 2);
            case 'e' -> skip(in, 4);
            case '@' -> {
                in.getShort(); // the nested annotation's type
                skipElementValuePairs(in);
            }
            case '[' -> {
                int values = Short.toUnsignedInt(in.getShort());
                for (int i = 0; i < values; i++) {
                    skipElementValue(in);
                }
            }
            default -> throw new IllegalArgumentException("not a class file: element value tag " + tag);
        }
    }

    private static void skip(ByteBuffer in, int bytes) {
        if (bytes < 0 || bytes > in.remaining()) {
            throw new BufferUnderflowException();
        }
        in.position(in.position() + bytes);
    }
}
