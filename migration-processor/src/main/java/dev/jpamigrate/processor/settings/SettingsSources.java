package dev.jpamigrate.processor.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/** Where the processor reads settings files: the class output, and the paths of {@code -Amigration.settings}. */
public final class SettingsSources {
    private SettingsSources() {
    }

    /**
     * A resource of the class output: Maven's process-resources copies {@code src/main/resources}
     * there before the compiler runs, so {@code application.yml} is found where the application finds it.
     */
    public static Function<String, Optional<String>> classOutput(Filer filer) {
        return name -> {
            try {
                return Optional.of(filer.getResource(StandardLocation.CLASS_OUTPUT, "", name).getCharContent(true)
                        .toString());
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty(); // not there
            }
        };
    }

    /** A file by its path, relative to the compiler's working directory. */
    public static Function<String, Optional<String>> files() {
        return name -> {
            Path path = Path.of(name);
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new SettingsException(name + " cannot be read: " + e.getMessage(), e);
            }
        };
    }
}
