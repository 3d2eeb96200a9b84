/**
 * Runnable case studies from the seed's situations; each builds its agreement with the Java API (so they double as
 * API documentation), evaluates a timeline, and prints the report.
 */
package dev.pacta.examples.cases;
