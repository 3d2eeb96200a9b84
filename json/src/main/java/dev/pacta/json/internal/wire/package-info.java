/**
 * The wire types of the format, one table each ({@link dev.pacta.json.internal.WireType}): every property's name,
 * whether it is required, when it is left out, how it is read and how it is written. Not exported. A table drives the
 * reader ({@code internal.deser.TableDeserializer}) and the writer ({@code internal.ser.TableSerializer}) of its type,
 * and {@code WireTablesTest} holds it equal to the type's JSON Schema and to its table in {@code docs/json-format.md}.
 *
 * <p>This package sits above {@code internal.deser} and {@code internal.ser}, whose reading and writing primitives the
 * tables use, and below {@code internal.document}, whose {@code Bindings} registers a table's reader and writer. A
 * reader or writer of an enclosing type reaches a table-driven one through Jackson's registry, never by name.
 */
package dev.pacta.json.internal.wire;
