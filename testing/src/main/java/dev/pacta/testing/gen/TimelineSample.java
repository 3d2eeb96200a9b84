package dev.pacta.testing.gen;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A generated timeline with what the generator knows about it: the agreement, the date it generated up to, the
 * report as of that date (from the generator's engine) and the choices it made.
 *
 * <p>Use {@link #decisions()} to count how often a property met the hard cases (late, partial payments, control
 * events) and to read a counterexample: {@link #toString()} lists the events one per line with the choice behind
 * each. This class is immutable and thread-safe.
 */
public final class TimelineSample {
    private final Agreement agreement;
    private final Timeline timeline;
    private final LocalDate asOf;
    private final ComplianceReport report;
    private final List<Decision> decisions;

    TimelineSample(
            Agreement agreement, Timeline timeline, LocalDate asOf, ComplianceReport report, List<Decision> decisions) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.report = Objects.requireNonNull(report, "report");
        this.decisions = List.copyOf(decisions);
    }

    /**
     * The agreement the timeline is for.
     *
     * @return the agreement
     */
    public Agreement agreement() {
        return agreement;
    }

    /**
     * The generated events, in time order.
     *
     * @return the timeline
     */
    public Timeline timeline() {
        return timeline;
    }

    /**
     * The date the generator evaluated up to: the day it stopped plus the largest lateness of its range, so that
     * what it chose never to perform is late by then if it was due.
     *
     * @return the evaluation date of {@link #report()}
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The report as of {@link #asOf()}, by the generator's engine; equal to
     * {@code engine.evaluate(agreement(), timeline(), asOf())}.
     *
     * @return the report
     */
    public ComplianceReport report() {
        return report;
    }

    /**
     * Every choice the generator made, in the order it made them.
     *
     * @return an unmodifiable list
     */
    public List<Decision> decisions() {
        return decisions;
    }

    /**
     * Whether the generator made a choice at least once.
     *
     * @param choice the choice
     * @return true if some decision is that choice
     */
    public boolean has(Choice choice) {
        return count(choice) > 0;
    }

    /**
     * How many times the generator made a choice.
     *
     * @param choice the choice
     * @return the number of decisions of that choice
     */
    public long count(Choice choice) {
        return decisions.stream().filter(d -> d.choice() == choice).count();
    }

    /** Returns the events one per line with the choices behind them, then the as-of date. */
    @Override
    public String toString() {
        return Timelines.describe(timeline, decisions) + "\n  as of " + asOf;
    }
}
