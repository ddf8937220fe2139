package dev.jpamigrate.benchmark;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that does nothing, for the benchmark's floor: javac pays for annotation
 * processing as soon as one processor runs (it scans the trees for annotations, and enters
 * them all again for the final round), whatever the processor itself does.
 */
@SupportedAnnotationTypes("jakarta.persistence.Entity")
public final class NoopProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
    }
}
