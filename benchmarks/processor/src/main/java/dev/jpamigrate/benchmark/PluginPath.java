package dev.jpamigrate.benchmark;

import com.sun.source.util.Plugin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A processor path entry that holds one javac plugin and its service registration: javac
 * starts every auto-starting plugin registered on the processor path, so a plugin cannot be
 * registered in this module's own resources (every variant that has the harness on its
 * processor path would start it).
 */
final class PluginPath {
    private PluginPath() {
    }

    /**
     * Copies {@code classes} (binary names, the plugin's nested classes included) from the harness's class path
     * under {@code directory}, and registers {@code plugin} there.
     */
    static Path write(Path directory, Class<? extends Plugin> plugin, String... classes) throws IOException {
        copyClasses(directory, classes);
        Path services = directory.resolve("META-INF/services/" + Plugin.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, plugin.getName() + "\n");
        return directory;
    }

    /** A fresh {@code directory} with copies of the harness's {@code classes} (binary names). */
    static Path copyClasses(Path directory, String... classes) throws IOException {
        ForkedJavac.deleteRecursively(directory);
        for (String name : classes) {
            String resource = name.replace('.', '/') + ".class";
            Path target = directory.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = PluginPath.class.getClassLoader().getResourceAsStream(resource)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return directory;
    }
}
