/**
 * Strict deserializers of Pacta's model types, one stateless singleton per type (jackson-modules-java8 style),
 * built on two helpers: {@link dev.pacta.json.internal.deser.ObjectCursor}, which walks an object's properties and
 * rejects unknown, duplicate and {@code null} ones, and {@link dev.pacta.json.internal.deser.Scalars}, the strict
 * readers of dates, timestamps, numbers, money, ids and enums.
 *
 * <p>Every failure is a {@link dev.pacta.json.internal.ReadError} carrying the JSON path, line and column of the
 * offending token. Nothing here recurses on the input's shape: the depth of nesting is bounded by the parser.
 */
package dev.pacta.json.internal.deser;
