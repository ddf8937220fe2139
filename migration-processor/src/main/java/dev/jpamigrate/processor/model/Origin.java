package dev.jpamigrate.processor.model;

import dev.jpamigrate.processor.ErrorReporter;
import dev.jpamigrate.processor.read.EntityReader;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a problem is reported: an element, and the annotation and attribute value on it
 * where one applies, so that the compiler points at the exact line. The model carries it
 * as an opaque handle: {@link EntityReader} creates it, {@link ErrorReporter} reads it.
 */
public record Origin(Element element, AnnotationMirror annotation, AnnotationValue value) {
    public static Origin of(Element element) {
        return new Origin(element, null, null);
    }

    public static Origin of(Element element, AnnotationMirror annotation) {
        return new Origin(element, annotation, null);
    }
}
