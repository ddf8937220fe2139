package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.index;
import static dev.jpamigrate.processor.GeneratedSnapshots.mergedSchema;
import static dev.jpamigrate.processor.GeneratedSnapshots.snapshot;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.codegen.SnapshotWriter;
import dev.jpamigrate.index.IndexFiles;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A package too large for one class's constant pool still gets one snapshot class that compiles. */
class LargePackageTest {
    @Test
    void aLargePackageGetsOneSnapshotThatHoldsEveryTable() {
        // 13 parts each: the id, eleven more columns and the primary key.
        int count = SnapshotWriter.MAX_PARTS_PER_CLASS / 13 + 1;
        JavaFileObject[] sources = IntStream.range(0, count)
                .mapToObj(i -> jakarta("big.Entity%03d".formatted(i), """
                        @Entity
                        public class Entity%03d {
                            @Id Long id;
                            String a; String b; String c; String d; String e; String f;
                            int g; int h; int i; int j; int k;
                        }
                        """.formatted(i)))
                .toArray(JavaFileObject[]::new);

        Compilation compilation = compileCleanly(sources);

        assertThat(index(compilation, IndexFiles.ENTITY_SNAPSHOTS)).containsExactly("big.EntitySchema");
        assertThat(mergedSchema(compilation).tables()).hasSize(count);
        assertThat(snapshot(compilation, "big", "EntitySchema").entityClasses())
                .hasSize(count).doesNotHaveDuplicates().isSorted();
    }
}
