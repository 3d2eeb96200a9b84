/** Renderings of compliance reports for people: plain text for terminals. */
package dev.pacta.examples.report;
