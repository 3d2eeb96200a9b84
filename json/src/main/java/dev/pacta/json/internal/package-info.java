/**
 * The machinery behind {@link dev.pacta.json.PactaJson}, not exported: the hardened parser configuration and its
 * {@link dev.pacta.json.internal.Limits limits}, JSON paths, and the internal error type that carries problems
 * from the deserializers to the facade.
 *
 * <p>Serializers live in {@code internal.ser}, deserializers in {@code internal.deser}; both are stateless
 * singletons registered by {@link dev.pacta.json.PactaModule}.
 */
package dev.pacta.json.internal;
