package dev.pacta.examples.cli;

/** The formats {@code evaluate} and {@code demo} write. */
enum ReportFormat {
    /** Plain text for a terminal of 100 columns. */
    TEXT,
    /** One self-contained HTML file with an SVG timeline. */
    HTML,
    /** The {@code report/1} JSON document of {@code pacta-json}. */
    JSON
}
