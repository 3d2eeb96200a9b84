package dev.pacta.examples.cases;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.examples.Engines;
import dev.pacta.examples.report.TextReport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One runnable case study: a name for the command line and file names, an agreement, what happened, and the date it
 * is looked at.
 *
 * @param name the short name, e.g. {@code web-development}; also the base name of its sample files
 * @param summary one line saying what the case shows
 * @param agreement builds the agreement
 * @param timeline builds the timeline
 * @param asOf the date the case is evaluated as of (the end of that day in the agreement's zone)
 */
public record CaseStudy(
        String name, String summary, Supplier<Agreement> agreement, Supplier<Timeline> timeline, LocalDate asOf) {
    /** Checks that no component is null. */
    public CaseStudy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Evaluates the case with the {@link Engines#standard() standard engine}.
     *
     * @return the report
     */
    public ComplianceReport evaluate() {
        return evaluate(Engines.standard());
    }

    /**
     * Evaluates the case.
     *
     * @param engine the engine
     * @return the report
     */
    public ComplianceReport evaluate(ComplianceEngine engine) {
        return engine.evaluate(agreement.get(), timeline.get(), asOf);
    }

    /**
     * Evaluates an agreement's timeline with the {@link Engines#standard() standard engine} and prints the text report
     * to standard output: what each case study's {@code main} does.
     *
     * @param agreement the agreement
     * @param timeline what happened
     * @param asOf the evaluation date (the end of that day in the agreement's zone)
     */
    public static void print(Agreement agreement, Timeline timeline, LocalDate asOf) {
        System.out.print(TextReport.render(agreement, Engines.standard().evaluate(agreement, timeline, asOf)));
    }
}
