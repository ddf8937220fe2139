package dev.jpamigrate.processor.model;

/**
 * An {@code AttributeConverter} that applies to an attribute, by {@code @Convert} or by
 * {@code @Converter(autoApply = true)}: the column stores its database type.
 *
 * @param converterClass the converter's qualified name
 * @param attributeType the type it converts from, the first type argument of {@code AttributeConverter}
 * @param databaseType the type it converts to, the second, which decides the column type
 */
public record ConverterSpec(String converterClass, JavaType attributeType, JavaType databaseType) {
}
