package dev.jpamigrate.processor;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * A strategy that makes its names through the JdbcEnvironment's IdentifierHelper, as applications' strategies often
 * do: snake_case tables, column names without underscores. Public, for Hibernate and the processor to create it.
 */
public class SquashedColumnNamingStrategy extends CamelCaseToUnderscoresNamingStrategy {
    @Override
    public Identifier toPhysicalColumnName(Identifier logical, JdbcEnvironment environment) {
        String snake = super.toPhysicalColumnName(logical, environment).getText();
        return environment.getIdentifierHelper().toIdentifier(snake.replace("_", ""));
    }
}
