package dev.jpamigrate.benchmark;

import java.util.List;

/**
 * One way of compiling the model: the javac options that differ between the variants.
 * Everything else (sources, class path, heap, other flags) is the same for all of them.
 *
 * @param name the short name in the report
 * @param description what runs, for the report
 * @param options the javac options of this variant
 */
record CompilerVariant(String name, String description, List<String> options) {

    static CompilerVariant withoutProcessors() {
        return new CompilerVariant("javac", "plain javac, `-proc:none`", List.of("-proc:none"));
    }

    /** A processor that does nothing: what javac's annotation processing costs by itself. */
    static CompilerVariant noopProcessor(String harnessClassPath) {
        return new CompilerVariant("noop-processor", "with a processor that does nothing", List.of("-processorpath",
                harnessClassPath, "-processor", NoopProcessor.class.getName()));
    }

    /**
     * A javac plugin that does nothing, started by javac itself because it is on the processor
     * path ({@code Plugin.autoStart}), with no {@code -Xplugin} option: {@code pluginPath}
     * holds {@link NoopPlugin} and its service registration, and no processor.
     */
    static CompilerVariant noopPlugin(String pluginPath) {
        return new CompilerVariant("noop-plugin", "with a javac plugin that does nothing", List.of("-processorpath",
                pluginPath));
    }

    static CompilerVariant jpaMigrate(String processorPath) {
        return new CompilerVariant("jpa-migrate", "with the JPA Migrate processor",
                List.of("-processorpath", processorPath, "-processor", "dev.jpamigrate.processor.JpaMigrateProcessor"));
    }

    /** An earlier build of the processor, given by {@code --earlier-processor-path}. */
    static CompilerVariant jpaMigrateEarlier(String processorPath) {
        return new CompilerVariant("jpa-migrate-earlier", "with an earlier build of the JPA Migrate processor",
                List.of("-processorpath", processorPath, "-processor", "dev.jpamigrate.processor.JpaMigrateProcessor"));
    }

    /**
     * The prototype: JPA Migrate's processor run by a javac plugin ({@code ProcessorAsPlugin}), with no processing
     * rounds; {@code -proc:none} keeps javac from also running the processor it finds on the path.
     */
    static CompilerVariant jpaMigratePlugin(String processorPath) {
        return new CompilerVariant("jpa-migrate-plugin", "with the JPA Migrate processor run from a javac plugin"
                + " (prototype)", List.of("-proc:none", "-processorpath", processorPath));
    }

    static CompilerVariant hibernateMetamodel(String processorPath, String version) {
        return new CompilerVariant("hibernate-processor", "with Hibernate's metamodel generator (hibernate-processor "
                + version + ")", List.of("-processorpath", processorPath, "-processor",
                        "org.hibernate.processor.HibernateProcessor"));
    }
}
