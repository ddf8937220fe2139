package dev.jpamigrate.processor.settings;

/** A settings file that does not parse, or a setting Hibernate would refuse; the message names file and key. */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
