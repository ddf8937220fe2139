/**
 * Operations: the typed values of schema changes ({@link dev.jpamigrate.ops.Operation}),
 * each with its inverse, its effect on the model and the data it loses, and
 * {@link dev.jpamigrate.ops.OperationRecorder}, the engine's implementation of the
 * {@link dev.jpamigrate.Operations} DSL that migration classes call.
 */
package dev.jpamigrate.ops;
