package dev.jpamigrate.index;

import java.nio.ByteBuffer;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The annotations a class file declares on its class, read with ASM: whether an entity
 * snapshot's classes are still entities is asked of a thousand classes at each {@code generate},
 * and loading each class to read its annotations by reflection (defining it, parsing every
 * annotation, {@code @Table} with its indexes included) costs several times more than finding
 * the one annotation type in the class file.
 */
final class ClassFileAnnotations {
    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileAnnotations() {
    }

    /**
     * Whether the class declares an annotation of one of {@code descriptors}
     * ({@code Ljakarta/persistence/Entity;}) that is visible at run time.
     *
     * @throws IllegalArgumentException when the bytes are not a class file
     */
    static boolean declaresAny(byte[] classFile, Set<String> descriptors) {
        if (classFile.length < 4 || ByteBuffer.wrap(classFile).getInt() != MAGIC) {
            throw new IllegalArgumentException("not a class file");
        }
        boolean[] found = {false};
        try {
            new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    found[0] |= visible && descriptors.contains(descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            // ASM reports a damaged class file as an index out of bounds or an unsupported version.
            throw new IllegalArgumentException("not a class file: " + e.getMessage(), e);
        }
        return found[0];
    }
}
