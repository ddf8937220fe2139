package dev.jpamigrate.processor.settings;

/**
 * {@code hibernate.id.db_structure_naming_strategy}: how Hibernate names the sequences and
 * generator tables that the mapping leaves unnamed, and the increment of a sequence whose
 * generator gives none.
 */
public enum IdStructure {
    /** Hibernate 6's names: {@code <table>_SEQ}, or the generator's name; increment 50. */
    STANDARD,
    /** Hibernate 5's names: {@code hibernate_sequence}, or the generator's name; increment 1. */
    LEGACY,
    /** One {@code hibernate_sequence} and one {@code hibernate_sequences} for every unnamed one; increment 1. */
    SINGLE;

    /** The increment of a sequence whose generator gives none: Hibernate 5's 1 under its naming. */
    public int defaultIncrement() {
        return this == STANDARD ? 50 : 1;
    }

    /** As Hibernate reads the setting: a short name or the strategy's class name, or a refusal. */
    static IdStructure of(Setting setting) {
        return switch (setting.value()) {
            case "standard", "org.hibernate.id.enhanced.StandardNamingStrategy" -> STANDARD;
            case "legacy", "org.hibernate.id.enhanced.LegacyNamingStrategy" -> LEGACY;
            case "single", "org.hibernate.id.enhanced.SingleNamingStrategy" -> SINGLE;
            default -> throw setting.refused("use standard, legacy or single (an ImplicitDatabaseObjectNamingStrategy"
                    + " class of the application's is not reproduced)");
        };
    }
}
