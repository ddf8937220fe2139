package dev.jpamigrate.processor;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * An application's own physical naming strategy, as teams write them: snake_case, with a
 * prefix on tables and another on sequences. Public, for Hibernate and the processor to
 * create it.
 */
public class PrefixedNamingStrategy extends CamelCaseToUnderscoresNamingStrategy {
    @Override
    public Identifier toPhysicalTableName(Identifier logical, JdbcEnvironment environment) {
        return prefixed("app_", super.toPhysicalTableName(logical, environment));
    }

    @Override
    public Identifier toPhysicalSequenceName(Identifier logical, JdbcEnvironment environment) {
        return prefixed("seq_", super.toPhysicalSequenceName(logical, environment));
    }

    private static Identifier prefixed(String prefix, Identifier name) {
        return name == null ? null : Identifier.toIdentifier(prefix + name.getText(), name.isQuoted());
    }
}
