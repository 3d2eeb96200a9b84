/**
 * Runnable case studies drawn from an article on client responsibilities ({@code docs/design.md} §8); each builds its
 * agreement with the Java API (so they double as API documentation), evaluates a timeline, and prints the report.
 */
package dev.pacta.examples.cases;
