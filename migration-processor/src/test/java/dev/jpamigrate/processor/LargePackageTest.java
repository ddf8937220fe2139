package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.GeneratedSnapshots.index;
import static dev.jpamigrate.processor.GeneratedSnapshots.mergedSchema;
import static dev.jpamigrate.processor.GeneratedSnapshots.snapshot;
import static dev.jpamigrate.processor.Processing.compileCleanly;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.jpamigrate.index.IndexFiles;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A package of many entities gets one snapshot resource, and no source: the snapshot of a
 * large model costs javac nothing to compile.
 */
class LargePackageTest {
    @Test
    void aLargePackageGetsOneSnapshotThatHoldsEveryTableAndNoSource() {
        int count = 300;
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

        assertThat(index(compilation, IndexFiles.ENTITY_SCHEMAS)).containsExactly("META-INF/jpamigrate/schema/big.schema");
        assertThat(mergedSchema(compilation).tables()).hasSize(count);
        assertThat(snapshot(compilation, "big").entities()).hasSize(count).doesNotHaveDuplicates().isSorted();
        assertThat(compilation.generatedSourceFiles()).isEmpty();
    }
}
