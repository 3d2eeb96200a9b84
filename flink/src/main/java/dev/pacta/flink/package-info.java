/**
 * Pacta on Apache Flink: {@link dev.pacta.flink.PactaFlink#evaluate} turns a stream of agreements and a stream of
 * events into a stream of {@link dev.pacta.flink.AgreementChange}s, keyed by agreement, with event-time timers so
 * that a deadline passing with no new event still emits its change.
 */
package dev.pacta.flink;
