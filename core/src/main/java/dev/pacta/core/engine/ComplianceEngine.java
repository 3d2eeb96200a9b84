package dev.pacta.core.engine;

import dev.pacta.core.internal.TieRule;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Evaluates, as of an instant, whether each party to an agreement is keeping its responsibilities.
 *
 * <p>{@link #evaluate(Agreement, Timeline, Instant)} is a pure, total, deterministic function: it never reads a
 * clock or the default zone, never does I/O, and never throws for a valid agreement and timeline — breaches are
 * data in the {@link ComplianceReport}. Events after {@code asOf} are invisible (causality); the order of events
 * in the input list does not matter beyond the {@link Timeline} tie rule (order independence).
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.builder()
 *         .calendars(CalendarSource.builtIns())
 *         .addRule(ComplianceRules.pointOfContactRequired())
 *         .build();
 * ComplianceReport report = engine.evaluate(agreement, timeline, LocalDate.of(2026, 3, 10));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplianceEngine {
    /** The default reporting horizon: reminders and {@code AT_RISK} look 14 days ahead. */
    public static final Period DEFAULT_HORIZON = Period.ofDays(14);

    /**
     * The default limit on the instances one evaluation materialises: 100,000, far above what a real agreement makes
     * (a daily duty over ten years makes 3,653) and small enough that an evaluation and its report fit in a few
     * hundred megabytes.
     */
    public static final int DEFAULT_INSTANCE_LIMIT = 100_000;

    private final CalendarSource calendars;
    private final List<ComplianceRule> rules;
    private final Period horizon;
    private final int instanceLimit;
    /**
     * Each zone's offsets, shared by the simulations of this engine (a cache of what the zone rules say; it does not
     * change what the engine computes).
     */
    private final java.util.concurrent.ConcurrentMap<java.time.ZoneId, ZoneOffsets> zoneOffsets =
            new java.util.concurrent.ConcurrentHashMap<>();

    private ComplianceEngine(Builder b) {
        this.calendars = b.calendars;
        this.rules = List.copyOf(b.rules);
        this.horizon = b.horizon;
        this.instanceLimit = b.instanceLimit;
    }

    private ComplianceEngine(ComplianceEngine other, CalendarSource calendars) {
        this.calendars = calendars;
        this.rules = other.rules;
        this.horizon = other.horizon;
        this.instanceLimit = other.instanceLimit;
    }

    /**
     * An engine with the given calendars, no custom rules and the default horizon.
     *
     * @param calendars where the agreements' calendars are found
     * @return the engine
     */
    public static ComplianceEngine of(CalendarSource calendars) {
        return builder().calendars(calendars).build();
    }

    /**
     * Returns a new builder (built-in calendars, no rules, 14-day horizon).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates an agreement's timeline as of an instant (events at or before it count).
     *
     * @param agreement the agreement
     * @param timeline its events
     * @param asOf the evaluation instant
     * @return the report
     * @throws IllegalArgumentException if the agreement's calendar is not in this engine's calendar source
     */
    public ComplianceReport evaluate(Agreement agreement, Timeline timeline, Instant asOf) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(asOf, "asOf");
        List<Event> events = timeline.events();
        Simulation sim = newSimulation(agreement, EventNames.of(events));
        Instant[] instants = new Instant[events.size()];
        for (int k = 0; k < instants.length; k++) {
            instants[k] = sim.instantOf(events.get(k).at());
        }
        IntFunction<String> id = k -> events.get(k).id().value();
        IntFunction<String> ref = k -> events.get(k).ref().orElse(null);
        if (TieRule.inOrder(instants, id, ref)) {
            // The common case (timelines as stores keep them): apply in input order, each instant computed once.
            for (int k = 0; k < instants.length && !instants[k].isAfter(asOf); k++) {
                sim.apply(events.get(k), k, instants[k]);
            }
        } else {
            for (int k : TieRule.order(instants, id, ref)) {
                if (instants[k].isAfter(asOf)) {
                    break;
                }
                sim.apply(events.get(k), k, instants[k]);
            }
        }
        return report(agreement, sim, asOf, true, true);
    }

    /**
     * Evaluates an agreement's timeline as of the end of a day in the agreement's zone: every event of that day
     * counts, and instances due that day are not late yet.
     *
     * @param agreement the agreement
     * @param timeline its events
     * @param asOf the evaluation date
     * @return the report
     * @throws IllegalArgumentException if the agreement's calendar is not in this engine's calendar source
     */
    public ComplianceReport evaluate(Agreement agreement, Timeline timeline, LocalDate asOf) {
        return evaluate(agreement, timeline, endOfDay(agreement, asOf));
    }

    /**
     * Evaluates many agreements as of one instant, in parallel on the common fork-join pool (every core), and returns
     * the reports in the order of the input. Each evaluation is independent and equal to
     * {@link #evaluate(Agreement, Timeline, Instant)} of the same agreement and timeline.
     *
     * @param portfolio the agreements with their timelines
     * @param asOf the evaluation instant
     * @return one report per agreement, in input order
     * @throws IllegalArgumentException if an agreement's calendar is not in this engine's calendar source
     */
    public List<ComplianceReport> evaluateAll(List<Evaluated> portfolio, Instant asOf) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(asOf, "asOf");
        return portfolio.parallelStream()
                .map(item -> evaluate(item.agreement(), item.timeline(), asOf))
                .toList();
    }

    /**
     * An agreement with its timeline, one item of a portfolio.
     *
     * @param agreement the agreement
     * @param timeline its events
     */
    public record Evaluated(Agreement agreement, Timeline timeline) {
        /**
         * Checks that neither is null.
         *
         * @param agreement the agreement
         * @param timeline its events
         */
        public Evaluated {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(timeline, "timeline");
        }
    }

    /**
     * Starts an incremental evaluation of an agreement with no events yet.
     *
     * @param agreement the agreement
     * @return the evaluation, to which events can be appended
     * @throws IllegalArgumentException if the agreement's calendar is not in this engine's calendar source
     */
    public Evaluation start(Agreement agreement) {
        return new Evaluation(this, agreement);
    }

    /**
     * The last instant of a day in the agreement's zone (just before the next day starts).
     *
     * @param agreement the agreement, for its zone
     * @param date the day
     * @return the instant
     */
    public static Instant endOfDay(Agreement agreement, LocalDate date) {
        return date.plusDays(1).atStartOfDay(agreement.zone()).toInstant().minusNanos(1);
    }

    /** A simulation of an agreement, started, whose events are numbered by {@code names}. */
    Simulation newSimulation(Agreement agreement, EventNames names) {
        BusinessCalendar calendar = calendars.resolve(agreement.calendar());
        Simulation sim = new Simulation(
                agreement,
                calendar,
                zoneOffsets.computeIfAbsent(agreement.zone(), ZoneOffsets::new),
                instanceLimit,
                names);
        sim.start();
        return sim;
    }

    /**
     * Advances the simulation to {@code asOf} and builds the report, with the custom rules' findings.
     *
     * @param frozen whether the simulation is discarded (or never changed again) after the report; if not (a live
     *     evaluation), instance reports are kept for reuse by the next report
     */
    ComplianceReport report(Agreement agreement, Simulation sim, Instant asOf, boolean frozen) {
        return report(agreement, sim, asOf, frozen, false);
    }

    /**
     * The same, and with {@code lazy} (a simulation that is the report's alone: no other code keeps it, and nothing
     * it shares with others changes) the report's figures are worked out from it when first read.
     */
    private ComplianceReport report(Agreement agreement, Simulation sim, Instant asOf, boolean frozen, boolean lazy) {
        sim.advance(asOf);
        ComplianceReport report = new Reporter(sim, asOf, horizon, frozen, lazy).report();
        if (rules.isEmpty()) {
            return report;
        }
        List<Finding> added = new ArrayList<>();
        for (ComplianceRule rule : rules) {
            try {
                added.addAll(rule.check(agreement, report));
            } catch (RuntimeException e) {
                added.add(Finding.builder()
                        .code("RULE_FAILED")
                        .severity(Severity.ERROR)
                        .message("custom rule " + rule.getClass().getName() + " failed: " + e)
                        .build());
            }
        }
        return ComplianceReport.builder().from(report).addAllFindings(added).build();
    }

    /**
     * Where this engine finds the agreements' calendars.
     *
     * @return the calendar source
     */
    public CalendarSource calendars() {
        return calendars;
    }

    /**
     * This engine with another calendar source, and the same rules, horizon and instance limit: e.g. a scenario's own
     * calendars in front of this engine's ({@code scenarioCalendars.orElse(engine.calendars())}).
     *
     * @param calendars the calendar source
     * @return a new engine
     */
    public ComplianceEngine withCalendars(CalendarSource calendars) {
        return new ComplianceEngine(this, Objects.requireNonNull(calendars, "calendars"));
    }

    /**
     * The engine's horizon.
     *
     * @return the horizon for reminders and {@code AT_RISK}
     */
    public Period horizon() {
        return horizon;
    }

    /**
     * The engine's limit on the instances one evaluation materialises.
     *
     * @return the limit
     */
    public int instanceLimit() {
        return instanceLimit;
    }

    /** Builds {@link ComplianceEngine}s. */
    public static final class Builder {
        private CalendarSource calendars = CalendarSource.builtIns();
        private final List<ComplianceRule> rules = new ArrayList<>();
        private Period horizon = DEFAULT_HORIZON;
        private int instanceLimit = DEFAULT_INSTANCE_LIMIT;

        private Builder() {}

        /**
         * Where agreements' calendars are found; the built-ins ({@code WEEKENDS}, {@code NONE}) by default.
         *
         * @param calendars the calendar source
         * @return this builder
         */
        public Builder calendars(CalendarSource calendars) {
            this.calendars = Objects.requireNonNull(calendars, "calendars");
            return this;
        }

        /**
         * Adds a custom rule.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder addRule(ComplianceRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * The reporting horizon for reminders and {@code AT_RISK}.
         *
         * @param horizon a non-negative period
         * @return this builder
         * @throws IllegalArgumentException if the period is negative
         */
        public Builder horizon(Period horizon) {
            if (horizon.isNegative()) {
                throw new IllegalArgumentException("horizon must not be negative, was " + horizon);
            }
            this.horizon = horizon;
            return this;
        }

        /**
         * The most instances one evaluation materialises, {@link #DEFAULT_INSTANCE_LIMIT} by default. An evaluation
         * that would make more (a daily duty without end evaluated far in the future, say) stops creating them at the
         * limit and reports an {@code ERROR} finding {@code INSTANCE_LIMIT_EXCEEDED}: its report is incomplete, but
         * the evaluation still never throws and its memory stays bounded. An incremental {@link Evaluation} counts
         * every instance it has made.
         *
         * @param limit at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder instanceLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("instance limit must be at least 1, was " + limit);
            }
            this.instanceLimit = limit;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         */
        public ComplianceEngine build() {
            return new ComplianceEngine(this);
        }
    }
}
