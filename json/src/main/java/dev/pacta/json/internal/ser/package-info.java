/**
 * Serializers of Pacta's model types, one stateless singleton per type (jackson-modules-java8 style), writing a
 * fixed property order, ISO dates, money as {@code "EUR 1200.00"}, percentages as plain JSON numbers, and omitting
 * absent optional values, empty lists and maps, and values equal to their documented default.
 */
package dev.pacta.json.internal.ser;
