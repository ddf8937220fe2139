package dev.jpamigrate.processor;

import dev.jpamigrate.processor.read.ConverterSources;
import dev.jpamigrate.processor.read.MethodBodies;
import dev.jpamigrate.processor.read.RevisionReader;
import dev.jpamigrate.processor.settings.EnversSettings;
import dev.jpamigrate.processor.settings.HibernateSettings;
import dev.jpamigrate.processor.settings.MappingFiles;
import dev.jpamigrate.processor.settings.SettingsException;
import dev.jpamigrate.processor.settings.SettingsSources;
import dev.jpamigrate.processor.write.SnapshotFiles;
import java.util.HashSet;
import java.util.Set;
import dev.jpamigrate.processor.validate.RenamedFromValidator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The annotation processor of JPA Migrate: writes the schema of the module's
 * {@code @Entity} classes (jakarta or javax persistence) as one text resource per package,
 * {@code META-INF/jpamigrate/schema/<package>.schema}, and indexes the {@code @Revision}
 * classes, so that the engine needs neither a database nor a class-path scan to know them.
 *
 * <p>Register it in {@code <annotationProcessorPaths>} of maven-compiler-plugin:
 * <pre>{@code
 * <path>
 *   <groupId>dev.jpamigrate</groupId>
 *   <artifactId>migration-processor</artifactId>
 *   <version>${jpamigrate.version}</version>
 * </path>
 * }</pre>
 *
 * <p>A mapping it cannot reproduce exactly as Hibernate ORM 7 does is a compile error on
 * the element, never a wrong schema. It claims no annotation, so other processors (such
 * as Hibernate's metamodel generator) see the entities too.
 */
public final class JpaMigrateProcessor extends AbstractProcessor {
    private ErrorReporter reporter;
    private EntitySnapshotStep entities;
    private RevisionIndexStep revisions;
    private boolean crashed;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        reporter = new ErrorReporter(env.getMessager());
        SnapshotFiles files = new SnapshotFiles(env.getFiler());
        HibernateSettings settings;
        try {
            settings = HibernateSettings.read(env.getOptions(), SettingsSources.classOutput(env.getFiler()),
                    SettingsSources.files());
        } catch (SettingsException e) {
            reporter.error(e.getMessage());
            settings = HibernateSettings.ofOptions(env.getOptions());
        }
        try {
            MappingFiles.warnings(SettingsSources.classOutput(env.getFiler())).forEach(reporter::warning);
        } catch (SettingsException e) {
            reporter.warning(e.getMessage());
        }
        ProcessorOptions options = ProcessorOptions.read(env.getOptions(), reporter, settings);
        ConverterSources converters = new ConverterSources(env.getElementUtils(), env.getOptions().get(ConverterSources.OPTION));
        converters.unknownNames().forEach(name -> reporter.error("-A" + ConverterSources.OPTION + " names " + name
                + ", which is no class or package on the class path: give the qualified name of a converter class, or"
                + " of a package that holds converters"));
        entities = new EntitySnapshotStep(env.getElementUtils(), env.getTypeUtils(), reporter, files, options,
                ValidationOptions.read(settings, reporter), converters, MethodBodies.of(env));
        revisions = new RevisionIndexStep(env.getElementUtils(), env.getTypeUtils(), reporter, files);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> types = new HashSet<>(EntitySnapshotStep.ANNOTATIONS);
        types.add(RevisionReader.REVISION);
        types.add(RenamedFromValidator.RENAMED_FROM);
        return types;
    }

    @Override
    public Set<String> getSupportedOptions() {
        Set<String> names = new HashSet<>(ProcessorOptions.NAMES);
        names.addAll(ValidationOptions.NAMES);
        names.add(ConverterSources.OPTION);
        names.addAll(EnversSettings.READ);
        return names;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (crashed) {
            return false;
        }
        reporter.compiling(round.getRootElements());
        try {
            if (round.processingOver()) {
                entities.finish();
                revisions.finish();
            } else {
                new RenamedFromValidator(reporter).validate(annotations, round);
                entities.process(annotations, round);
                revisions.process(annotations, round);
            }
        } catch (RuntimeException e) {
            crashed = true;
            // An error, not a crash of javac, and no snapshot: a half-written one would be worse than none.
            StackTraceElement[] at = e.getStackTrace();
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "JPA Migrate failed on these entities ("
                    + e + (at.length > 0 ? " at " + at[0] : "") + "). This is a bug in JPA Migrate: please report it"
                    + " with the mapping that causes it; until it is fixed, mark that field @Transient.");
        }
        return false;
    }
}
