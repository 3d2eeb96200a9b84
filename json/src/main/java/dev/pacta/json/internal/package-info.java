/**
 * The machinery behind {@link dev.pacta.json.PactaJson}, not exported. This package holds the shared helpers at the
 * bottom of it: the {@link dev.pacta.json.internal.Limits limits} of the hardened parser, JSON paths, token words,
 * span units, format markers, and {@link dev.pacta.json.internal.ReadError}, the internal error type that carries
 * problems from the readers up to the facade.
 *
 * <p>The packages are layered, dependencies pointing downwards only ({@code JsonLayersTest} checks it, and that the
 * internal packages form no cycle):
 *
 * <ol>
 *   <li>the API value types of {@code dev.pacta.json} ({@code DocumentKind}, {@code JsonProblem},
 *       {@code PactaJsonException}), the only public classes the internal packages use;
 *   <li>this package, the helpers;
 *   <li>{@code internal.deser}, a strict reader per model type, and {@code internal.ser}, a writer per model type,
 *       which do not use each other;
 *   <li>{@code internal.wire}: the tables of the wire types ({@link dev.pacta.json.internal.WireType}, and
 *       {@link dev.pacta.json.internal.WireUnion} for a union chosen by {@code kind}, defined here), each property's
 *       name, presence, reader and writer, which drive a generic reader and writer;
 *   <li>{@code internal.document}: whole documents (the hardened mapper, templates and scenarios with their writers,
 *       the list of which reader and writer each type has);
 *   <li>the facade, {@link dev.pacta.json.PactaJson} and {@link dev.pacta.json.PactaModule}.
 * </ol>
 */
package dev.pacta.json.internal;
