/**
 * The wire types of the format, one description each: every property's name, whether it is required, when it is left
 * out (absent, empty, zero, or at its default), how it is read and how it is written. Not exported. A flat object
 * type is a table ({@link dev.pacta.json.internal.WireType}: {@link dev.pacta.json.internal.wire.WireTypes} for an
 * agreement's parts and an event's amendment, {@link dev.pacta.json.internal.wire.InstanceTables} for a report's
 * instance and its parts, {@link dev.pacta.json.internal.wire.ReportTables} for a report's other rows), read by
 * {@code internal.deser.TableDeserializer} and written by {@code internal.ser.TableSerializer}; a table may also name
 * pairs of properties that exclude each other. A union chosen by a {@code kind} property is described by
 * {@link dev.pacta.json.internal.WireUnion} ({@link dev.pacta.json.internal.wire.WireUnions}: the trigger and the
 * remedy), read by {@code internal.deser.UnionDeserializer} and written by {@code internal.ser.UnionSerializer}.
 * {@code WireTablesTest} holds each description equal to the type's JSON Schema and to its table in
 * {@code docs/json-format.md}.
 *
 * <p>Described here: party, obligation, milestone, termination clause, trigger, remedy; an event's amendment; a
 * report's instance, lateness, payment, charge, milestone, finding, right, balance and scorecard. The other types keep
 * a reader and a writer of their own, because their shape is not a table of properties:
 *
 * <ul>
 *   <li><b>deadline</b> and <b>span</b>: the kind is which one of several properties is present, not a {@code kind}
 *       property, and a second one is {@code CONFLICTING_PROPERTIES} at that property as soon as it is read (a
 *       deadline is also the bare string {@code "open"}, and its default convention depends on its direction);
 *   <li><b>recurrence</b>: its properties apply to some frequencies only, a narrowing of one set (the schema's
 *       {@code if}/{@code then}), not a choice among sets as a union's variants are; the table has no such rule yet, and
 *       which attribute a frequency takes is the schedule's own rule ({@code Recurrence.Frequency}), which its reader
 *       asks;
 *   <li><b>event</b> and the <b>timeline</b>: the ingest path, read by a reader tuned for it (one cursor for all the
 *       events, a switch on the property's index, caches of repeated ids and kinds, dates parsed from their
 *       digits); a generic reader costs a call through the table per property and a builder per event, and the
 *       properties an event takes depend on its kind in ways (the schema's {@code allOf}) a union does not state;
 *   <li>the <b>documents</b> (agreement, timeline, report, changes, template, scenario, calendar): each carries the
 *       format marker and {@code $schema}, and the agreement, template, scenario and calendar readers report several
 *       problems at once (values kept back in a scope, then domain validation), with free-form maps (metadata,
 *       parameters, expectations);
 *   <li>a template's <b>parameter</b> reports several problems of the parameter values together; a <b>change</b> has
 *       rules across properties ({@code anyOf}, {@code dependentRequired}).
 * </ul>
 *
 * <p>This package sits above {@code internal.deser} and {@code internal.ser}, whose reading and writing primitives the
 * descriptions use, and below {@code internal.document}, whose {@code Bindings} registers their readers and writers. A
 * reader or writer of an enclosing type reaches a described one through Jackson's registry, never by name.
 */
package dev.pacta.json.internal.wire;
