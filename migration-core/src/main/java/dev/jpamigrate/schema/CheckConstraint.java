package dev.jpamigrate.schema;

/** A CHECK constraint; {@code expression} is the SQL inside {@code CHECK (...)}. */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        Names.require(name, "a check constraint");
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " must have an expression");
        }
        expression = expression.strip();
    }
}
