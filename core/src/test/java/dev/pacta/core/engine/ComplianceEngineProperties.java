package dev.pacta.core.engine;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pacta.core.gen.AgreementWithTimeline;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.HardCases;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The engine's invariants over generated agreements and timelines (DESIGN.md §4): totality, determinism, causality,
 * order independence, monotonicity, incremental = full evaluation, and soundness of {@code nextChange}.
 *
 * <p>Every property counts the hard cases its examples reach ({@link HardCases}), and what makes it bite (events after
 * the report, shuffles that move same-instant events, a referenced event appended at the head after its referrer...),
 * and fails when a share drops below its floor. Every floor sits at or below the five-sigma floor of the share seen
 * with the property's fixed seed (run with {@code -Dpacta.stats=true} to see the table).
 */
class ComplianceEngineProperties {
    /** An engine that knows the generated holiday calendar, with two custom rules so that rule findings are reached. */
    static final ComplianceEngine ENGINE = ComplianceEngine.builder()
            .calendars(ModelGen.CALENDARS)
            .addRule(ComplianceRules.pointOfContactRequired())
            .addRule(ComplianceRules.recurringMissedInARow(2))
            .build();

    /**
     * A generated agreement and timeline, the instant of the report, and a seed for the property's own choices.
     *
     * @param generated the agreement, its timeline and the generator's intents
     * @param asOf the instant of the report, from 3 days before the effective date to 150 days after it
     * @param seed a seed for shuffles and other choices
     */
    record Case(AgreementWithTimeline generated, Instant asOf, long seed) {
        Agreement agreement() {
            return generated.agreement();
        }

        Timeline timeline() {
            return generated.timeline();
        }

        HardCases hardCases() {
            return generated.hardCases();
        }

        @Override
        public String toString() {
            return "Case[asOf=" + asOf + ", seed=" + seed + ", " + generated + "]";
        }
    }

    /**
     * Generated agreements and timelines, half of them with a dependency between parties (so that excused delay and
     * blocked duties are reached, see {@link ModelGen#agreementsWithDependencies()}), evaluated as of the end of a day
     * from 3 days before the effective date to 150 days after it.
     */
    static Gen<Case> cases() {
        return ModelGen.agreementsWithDependencies()
                .zip(integers().between(-3, 150), longs().all(), (awt, days, seed) -> {
                    LocalDate date = awt.agreement().effectiveDate().plusDays(days);
                    return new Case(awt, ComplianceEngine.endOfDay(awt.agreement(), date), seed);
                });
    }

    /**
     * Like {@link #cases()}, but when the timeline holds a suspension, evaluated as of the end of a day 0 to 9 days after
     * one of them (chosen by the seed), so that suspended instances, and original deadlines passing while they are
     * suspended, are common.
     */
    static Gen<Case> casesNearSuspensions() {
        return cases().zip(integers().between(0, 9), (c, after) -> {
            List<Event> suspensions = c.timeline().events().stream()
                    .filter(e ->
                            e.control().filter(k -> k == ControlKind.SUSPENSION).isPresent())
                    .toList();
            if (suspensions.isEmpty()) {
                return c;
            }
            Event chosen = suspensions.get(Math.floorMod(c.seed(), suspensions.size()));
            LocalDate day = chosen.at().toLocalDate(c.agreement().zone()).plusDays(after);
            return new Case(c.generated(), ComplianceEngine.endOfDay(c.agreement(), day), c.seed());
        });
    }

    /**
     * Declares a floor for every hard case an engine property over generated agreements must keep reaching, under the
     * labels {@link HardCases#countIn(Coverage)} counts them with.
     *
     * @param coverage the property's counters
     * @param floors the floors in the order of {@link HardCases.Case}: same instant, same instant out of order,
     *     business days across a holiday, DST day, partial payment, overpayment, amendment, suspension, month-end
     *     recurrence
     * @return the counters
     */
    static Coverage hardCaseFloors(Coverage coverage, double... floors) {
        return HardCases.floors(coverage, floors);
    }

    static ComplianceReport evaluate(Case c) {
        return ENGINE.evaluate(c.agreement(), c.timeline(), c.asOf());
    }

    @Test
    void totality_andEveryStateIsReached() {
        Coverage coverage = hardCaseFloors(Coverage.forCaller(), 0.46, 0.18, 0.055, 0.1, 0.06, 0.06, 0.22, 0.26, 0.055)
                .atLeast("an instance NOT_TRIGGERED", 0.61)
                .atLeast("an instance UPCOMING", 0.45)
                .atLeast("an instance FULFILLED", 0.545)
                .atLeast("an instance FULFILLED_LATE", 0.43)
                .atLeast("an instance OVERDUE", 0.05)
                .atLeast("an instance BREACHED", 0.695)
                .atLeast("an instance WAIVED", 0.135)
                .atLeast("an instance BLOCKED", 0.04)
                .atLeast("an instance SUSPENDED", 0.013)
                .atLeast("an instance CANCELLED", 0.025)
                .atLeast("a milestone PENDING", 0.17)
                .atLeast("a milestone REACHED", 0.36)
                .atLeast("a milestone REACHED_LATE", 0.002)
                .atLeast("a milestone AT_RISK", 0.003)
                .atLeast("a milestone MISSED", 0.15)
                .atLeast("a control event PAYMENT", 0.27)
                .atLeast("a control event WAIVER", 0.32)
                .atLeast("a control event EXTENSION", 0.325)
                .atLeast("a control event SUSPENSION", 0.26)
                .atLeast("a control event RESUMPTION", 0.19)
                .atLeast("a control event TERMINATION", 0.155)
                .atLeast("a control event NOTICE", 0.3)
                .atLeast("a control event AMENDMENT", 0.22);
        qt(800).forAll(cases()).checkAssert(c -> {
            ComplianceReport r = evaluate(c);
            // Counted once per example (is the state reached?), not per instance: the instances of one example are
            // alike, so a share of instances varies far more between seeds than a binomial floor allows.
            Set<InstanceState> states = EnumSet.noneOf(InstanceState.class);
            r.instances().forEach(i -> states.add(i.state()));
            for (InstanceState s : InstanceState.values()) {
                coverage.count("an instance " + s, states.contains(s));
            }
            Set<MilestoneState> milestones = EnumSet.noneOf(MilestoneState.class);
            r.milestones().forEach(m -> milestones.add(m.state()));
            for (MilestoneState s : MilestoneState.values()) {
                coverage.count("a milestone " + s, milestones.contains(s));
            }
            Set<ControlKind> controls = EnumSet.noneOf(ControlKind.class);
            c.timeline().events().forEach(e -> e.control().ifPresent(controls::add));
            for (ControlKind k : ControlKind.values()) {
                coverage.count("a control event " + k, controls.contains(k));
            }
            c.hardCases().countIn(coverage);
            assertThat(r.instances()).isNotEmpty();
        });
        coverage.check();
    }

    @Test
    void determinism_sameInputSameReport() {
        Coverage coverage =
                hardCaseFloors(Coverage.forCaller(), 0.42, 0.125, 0.015, 0.075, 0.017, 0.02, 0.17, 0.215, 0.02);
        qt(300).forAll(cases()).checkAssert(c -> {
            c.hardCases().countIn(coverage);
            assertThat(evaluate(c)).isEqualTo(evaluate(c));
        });
        coverage.check();
    }

    @Test
    void causality_eventsAfterAsOfChangeNothing() {
        Coverage coverage = hardCaseFloors(
                        Coverage.forCaller(), 0.39, 0.145, 0.019, 0.035, 0.02, 0.019, 0.155, 0.23, 0.015)
                .atLeast("events after asOf", 0.48);
        qt(300).forAll(cases()).checkAssert(c -> {
            List<Event> before = c.timeline().events().stream()
                    .filter(e -> !e.at().toInstant(c.agreement().zone()).isAfter(c.asOf()))
                    .toList();
            coverage.count(
                    "events after asOf", before.size() < c.timeline().events().size());
            c.hardCases().countIn(coverage);
            assertThat(ENGINE.evaluate(c.agreement(), Timeline.of(before), c.asOf()))
                    .isEqualTo(evaluate(c));
        });
        coverage.check();
    }

    /**
     * Shuffles the events, keeping the relative order of events at the same instant: the engine orders events by
     * instant and keeps the input order of same-instant events (docs/json-format.md), so that order is part of the
     * input, not something a shuffle may change.
     */
    static List<Event> shuffleKeepingTies(Case c) {
        Map<Instant, List<Event>> byInstant = new LinkedHashMap<>();
        for (Event e : c.timeline().events()) {
            byInstant
                    .computeIfAbsent(e.at().toInstant(c.agreement().zone()), k -> new ArrayList<>())
                    .add(e);
        }
        List<Instant> slots = new ArrayList<>();
        for (Map.Entry<Instant, List<Event>> group : byInstant.entrySet()) {
            for (int k = 0; k < group.getValue().size(); k++) {
                slots.add(group.getKey());
            }
        }
        Collections.shuffle(slots, new Random(c.seed()));
        Map<Instant, Integer> next = new LinkedHashMap<>();
        List<Event> shuffled = new ArrayList<>();
        for (Instant slot : slots) {
            int k = next.merge(slot, 1, Integer::sum) - 1;
            shuffled.add(byInstant.get(slot).get(k));
        }
        return shuffled;
    }

    /**
     * Counts what a shuffle did to the events: whether it changed the order at all ({@code "shuffle"}), whether it
     * moved events that share an instant to other places in the input ({@code "tie moved"}) and whether it separated
     * them with events of other instants ({@code "tie split"}), so that the engine must find same-instant events by
     * instant, not by their neighbours in the input. The relative order of same-instant events is kept by design (see
     * {@link #shuffleKeepingTies(Case)}); {@code SAME_INSTANT_OUT_OF_ORDER} counts how often that kept order lists a
     * reply before the event it refers to.
     */
    static void countShuffle(Coverage coverage, Case c, List<Event> original, List<Event> shuffled) {
        coverage.collect("shuffle", shuffled.equals(original) ? "same order" : "shuffled");
        Map<Instant, Integer> sizes = new HashMap<>();
        for (Event e : original) {
            sizes.merge(e.at().toInstant(c.agreement().zone()), 1, Integer::sum);
        }
        boolean moved = false;
        for (int k = 0; k < original.size(); k++) {
            Event e = original.get(k);
            if (sizes.get(e.at().toInstant(c.agreement().zone())) > 1 && shuffled.get(k) != e) {
                moved = true;
                break;
            }
        }
        boolean split = false;
        Map<Instant, Integer> first = new HashMap<>();
        for (int k = 0; k < shuffled.size(); k++) {
            Instant at = shuffled.get(k).at().toInstant(c.agreement().zone());
            Integer seen = first.putIfAbsent(at, k);
            if (seen != null
                    && !shuffled.get(k - 1).at().toInstant(c.agreement().zone()).equals(at)) {
                split = true;
            }
        }
        coverage.count("tie moved", moved);
        coverage.count("tie split", split);
    }

    @Test
    void orderIndependence_shufflingTheInputKeepsTheReport() {
        Coverage coverage = hardCaseFloors(
                        Coverage.forCaller(), 0.42, 0.115, 0.04, 0.055, 0.02, 0.009, 0.165, 0.17, 0.035)
                .atLeast("shuffle", "shuffled", 0.745)
                .atLeast("tie moved", 0.4)
                .atLeast("tie split", 0.33);
        qt(300).forAll(cases()).checkAssert(c -> {
            List<Event> shuffled = shuffleKeepingTies(c);
            countShuffle(coverage, c, c.timeline().events(), shuffled);
            c.hardCases().countIn(coverage);
            assertThat(ENGINE.evaluate(c.agreement(), Timeline.of(shuffled), c.asOf()))
                    .isEqualTo(evaluate(c));
        });
        coverage.check();
    }

    /**
     * Whether appending events in this order brings, at the head of a live evaluation (at the instant of the latest
     * event appended so far), an event that an event appended before it at that instant refers to: the tie rule
     * (docs/json-format.md) puts the referenced event first, so the evaluation must rebuild rather than apply it.
     * Events appended before the head rebuild the evaluation anyway, which can hide a mistake in this path.
     */
    static boolean referencedAfterReferrerAtHead(List<Event> order, ZoneId zone) {
        Instant latest = Instant.MIN;
        Set<String> refsAtLatest = new HashSet<>();
        for (Event e : order) {
            Instant t = e.at().toInstant(zone);
            if (t.equals(latest) && refsAtLatest.contains(e.id().value())) {
                return true;
            }
            if (t.isAfter(latest)) {
                latest = t;
                refsAtLatest.clear();
            }
            if (t.equals(latest)) {
                e.ref().ifPresent(refsAtLatest::add);
            }
        }
        return false;
    }

    /** Portfolios of 1 to 12 generated cases. */
    static Gen<List<Case>> portfolios() {
        return lists().of(cases()).ofSizeBetween(1, 12);
    }

    @Test
    void portfolio_parallelEvaluationEqualsOneByOne() {
        Coverage coverage = hardCaseFloors(
                        Coverage.forCaller(), 0.51, 0.19, 0.05, 0.085, 0.075, 0.04, 0.215, 0.25, 0.055)
                .atLeast("several agreements", 0.66);
        qt(100).forAll(portfolios()).checkAssert(cases -> {
            Instant asOf = cases.get(0).asOf();
            cases.forEach(c -> c.hardCases().countIn(coverage));
            coverage.count("several agreements", cases.size() > 1);
            List<ComplianceEngine.Evaluated> items = cases.stream()
                    .map(c -> new ComplianceEngine.Evaluated(c.agreement(), c.timeline()))
                    .toList();
            List<ComplianceReport> parallel = ENGINE.evaluateAll(items, asOf);
            for (int k = 0; k < cases.size(); k++) {
                assertThat(parallel.get(k))
                        .isEqualTo(ENGINE.evaluate(
                                cases.get(k).agreement(), cases.get(k).timeline(), asOf));
            }
        });
        coverage.check();
    }

    @Test
    void incremental_equalsFullEvaluation() {
        Coverage coverage = hardCaseFloors(
                        Coverage.forCaller(), 0.42, 0.16, 0.035, 0.055, 0.025, 0.02, 0.135, 0.235, 0.009)
                .atLeast("shuffle", "shuffled", 0.775)
                .atLeast("tie moved", 0.395)
                .atLeast("tie split", 0.355)
                .atLeast("input order: a referenced event appended at the head after its referrer", 0.16);
        qt(300).forAll(cases()).checkAssert(c -> {
            ComplianceReport full = evaluate(c);
            List<Event> shuffled = shuffleKeepingTies(c);
            countShuffle(coverage, c, c.timeline().events(), shuffled);
            c.hardCases().countIn(coverage);
            // In the input's order too: there a reply listed before the same-instant event it refers to arrives at
            // the head of the evaluation, with no earlier event appended after it to force a rebuild anyway.
            coverage.count(
                    "input order: a referenced event appended at the head after its referrer",
                    referencedAfterReferrerAtHead(
                            c.timeline().events(), c.agreement().zone()));
            for (List<Event> order : List.of(c.timeline().events(), shuffled)) {
                Evaluation evaluation = ENGINE.start(c.agreement());
                order.forEach(evaluation::append);
                assertThat(evaluation.report(c.asOf())).isEqualTo(full);
            }
        });
        coverage.check();
    }

    /**
     * A live evaluation asked for a report after every event, as of the end of that event's day (so several times
     * for the same instant, with events in between, which is when it reuses reports it rendered before), always
     * gives what a full evaluation of the events so far gives. The events come in the input's order: a reply listed
     * before the same-instant event it refers to makes the evaluation rebuild.
     */
    @Test
    void incremental_reportAfterEveryEventEqualsFullEvaluation() {
        Coverage coverage = hardCaseFloors(
                        Coverage.forCaller(), 0.44, 0.115, 0.02, 0.045, 0.025, 0.013, 0.065, 0.22, 0.025)
                .atLeast("events sharing a day", 0.5)
                .atLeast("a referenced event appended at the head after its referrer", 0.115);
        qt(150).forAll(cases()).checkAssert(c -> {
            // In the input's order, which is the order of time except for same-instant events, listed as the
            // generator made them (a reply sometimes before the event it refers to).
            List<Event> events = c.timeline().events();
            Evaluation evaluation = ENGINE.start(c.agreement());
            List<Event> sofar = new ArrayList<>();
            int sameDay = 0;
            LocalDate previous = null;
            c.hardCases().countIn(coverage);
            coverage.count(
                    "a referenced event appended at the head after its referrer",
                    referencedAfterReferrerAtHead(events, c.agreement().zone()));
            for (Event e : events) {
                evaluation.append(e);
                sofar.add(e);
                LocalDate day = e.at().toLocalDate(c.agreement().zone());
                sameDay += day.equals(previous) ? 1 : 0;
                previous = day;
                Timeline prefix = Timeline.builder()
                        .agreement(c.timeline().agreement())
                        .events(sofar)
                        .build();
                assertThat(evaluation.report(day)).isEqualTo(ENGINE.evaluate(c.agreement(), prefix, day));
            }
            coverage.count("events sharing a day", sameDay > 0);
        });
        coverage.check();
    }

    /**
     * Explanations are formatted when first read. A report taken from a live evaluation and read only after more
     * events were appended must still explain the state as of its own instant, exactly as a full evaluation does.
     */
    @Test
    void lazyExplanations_readLaterStillDescribeTheirInstant() {
        Coverage coverage = hardCaseFloors(
                        Coverage.forCaller(), 0.42, 0.1, 0.005, 0.075, 0.019, 0.02, 0.17, 0.25, 0.025)
                .atLeast("events appended after the report", 0.915);
        qt(300).forAll(cases(), doubles().between(0.0, 1.0)).checkAssert((c, fraction) -> {
            List<Event> ordered = c.timeline().ordered(c.agreement().zone());
            int cut = Math.min(ordered.size(), (int) Math.floor(fraction * ordered.size()));
            Evaluation evaluation = ENGINE.start(c.agreement());
            ordered.subList(0, cut).forEach(evaluation::append);
            Instant asOf = cut == 0
                    ? c.agreement()
                            .effectiveDate()
                            .atStartOfDay(c.agreement().zone())
                            .toInstant()
                    : ordered.get(cut - 1).at().toInstant(c.agreement().zone());
            ComplianceReport early = evaluation.report(asOf);
            ordered.subList(cut, ordered.size()).forEach(evaluation::append);
            evaluation.report(c.asOf()).instances().forEach(InstanceReport::explanation);
            coverage.count("events appended after the report", cut < ordered.size());
            c.hardCases().countIn(coverage);

            Timeline prefix = Timeline.builder()
                    .agreement(c.timeline().agreement())
                    .events(ordered.subList(0, cut))
                    .build();
            assertThat(early).isEqualTo(ENGINE.evaluate(c.agreement(), prefix, asOf));
        });
        coverage.check();
    }

    @Test
    void nextChange_isSound_noStateChangesBeforeIt() {
        Coverage coverage = hardCaseFloors(
                        Coverage.forCaller(), 0.42, 0.125, 0.015, 0.02, 0.007, 0.0001, 0.175, 0.2, 0.015)
                .atLeast("next change", "has next change", 0.585)
                .atLeast("next change", "no next change", 0.005);
        qt(300).forAll(cases(), doubles().between(0.0, 1.0)).checkAssert((c, fraction) -> {
            ComplianceReport r = evaluate(c);
            List<Event> visible = c.timeline().events().stream()
                    .filter(e -> !e.at().toInstant(c.agreement().zone()).isAfter(c.asOf()))
                    .toList();
            c.hardCases().countIn(coverage);
            Instant later;
            if (r.nextChange().isPresent()) {
                Duration gap = Duration.between(c.asOf(), r.nextChange().get());
                assertThat(gap.isNegative() || gap.isZero()).isFalse();
                later = c.asOf().plusNanos(Math.max(1, (long) (gap.toNanos() * fraction)));
                if (!later.isBefore(r.nextChange().get())) {
                    later = r.nextChange().get().minusNanos(1);
                }
                coverage.collect("next change", "has next change");
            } else {
                later = c.asOf().plus(Duration.ofDays(3650));
                coverage.collect("next change", "no next change");
            }
            ComplianceReport then = ENGINE.evaluate(c.agreement(), Timeline.of(visible), later);
            assertThat(states(then)).isEqualTo(states(r));
        });
        coverage.check();
    }

    /**
     * {@code nextChange} is exact: at it some instance or milestone changes state (or an instance comes into force),
     * and strictly before it nothing does. Suspended instances are counted: their original deadlines pass with no
     * change (issue 19), so a report that named them would fail here.
     */
    @Test
    void nextChange_isExact_somethingChangesAtIt_nothingBefore() {
        Coverage coverage = hardCaseFloors(
                        Coverage.forCaller(), 0.45, 0.175, 0.065, 0.1, 0.045, 0.04, 0.215, 0.245, 0.05)
                .atLeast("next change", "has next change", 0.655)
                .atLeast("an instance SUSPENDED as of asOf", 0.07)
                .atLeast("a suspended instance whose deadline passes after asOf", 0.015);
        qt(600).forAll(casesNearSuspensions(), doubles().between(0.0, 1.0)).checkAssert((c, fraction) -> {
            ComplianceReport r = evaluate(c);
            c.hardCases().countIn(coverage);
            coverage.count(
                    "an instance SUSPENDED as of asOf",
                    r.instances().stream().anyMatch(i -> i.state() == InstanceState.SUSPENDED));
            coverage.count(
                    "a suspended instance whose deadline passes after asOf",
                    r.instances().stream()
                            .anyMatch(i -> i.state() == InstanceState.SUSPENDED
                                    && i.dueDate()
                                            .map(d -> !d.isBefore(r.asOfDate()))
                                            .orElse(false)));
            if (r.nextChange().isEmpty()) {
                coverage.collect("next change", "no next change");
                return;
            }
            coverage.collect("next change", "has next change");
            Timeline visible = Timeline.of(c.timeline().events().stream()
                    .filter(e -> !e.at().toInstant(c.agreement().zone()).isAfter(c.asOf()))
                    .toList());
            Instant next = r.nextChange().get();
            Duration gap = Duration.between(c.asOf(), next);
            Instant between = c.asOf().plusNanos(Math.max(1, (long) (gap.toNanos() * fraction)));
            if (!between.isBefore(next)) {
                between = next.minusNanos(1);
            }
            assertThat(states(ENGINE.evaluate(c.agreement(), visible, next.minusNanos(1))))
                    .isEqualTo(states(r));
            assertThat(states(ENGINE.evaluate(c.agreement(), visible, between))).isEqualTo(states(r));
            assertThat(states(ENGINE.evaluate(c.agreement(), visible, next)))
                    .as("states at nextChange %s", next)
                    .isNotEqualTo(states(r));
        });
        coverage.check();
    }

    static List<String> states(ComplianceReport r) {
        List<String> states = new ArrayList<>();
        r.instances().forEach(i -> states.add(i.id() + "=" + i.state()));
        r.milestones().forEach(m -> states.add(m.id() + "=" + m.state()));
        return states;
    }

    @Test
    void monotonicity_addingAFulfilmentNeverAddsABreach() {
        Coverage coverage = hardCaseFloors(
                        Coverage.forCaller(), 0.445, 0.2, 0.055, 0.08, 0.05, 0.035, 0.205, 0.23, 0.055)
                .atLeast("an open instance to fulfil", 0.68)
                .atLeast("target", InstanceState.UPCOMING, 0.24)
                .atLeast("target", InstanceState.OVERDUE, 0.005)
                .atLeast("target", InstanceState.BREACHED, 0.455)
                .atLeast("target", InstanceState.BLOCKED, 0.003);
        qt(700).forAll(cases(), integers().between(0, 1000)).checkAssert((c, pick) -> {
            ComplianceReport before = evaluate(c);
            List<InstanceReport> open = before.instances().stream()
                    .filter(i -> i.inForceFrom().isPresent() && !i.state().isClosed())
                    .filter(i -> fulfillable(c.agreement(), i))
                    .toList();
            // Was an Assume: an example without an open, plainly fulfillable instance checks nothing.
            coverage.count("an open instance to fulfil", !open.isEmpty());
            if (open.isEmpty()) {
                return;
            }
            c.hardCases().countIn(coverage);
            // The pick chooses a state among the open instances' states, then an instance in it: rarer states
            // (OVERDUE, BLOCKED) are targeted as often as common ones.
            List<InstanceState> states =
                    open.stream().map(InstanceReport::state).distinct().toList();
            InstanceState state = states.get(pick % states.size());
            List<InstanceReport> inState =
                    open.stream().filter(i -> i.state() == state).toList();
            InstanceReport target = inState.get(pick / states.size() % inState.size());
            Obligation o = c.agreement().obligation(target.obligation()).orElseThrow();
            String kind = o.fulfillingKinds().get(0);
            Instant at = target.inForceFrom().get().isAfter(c.asOf())
                    ? c.asOf()
                    : c.asOf().minusSeconds(1);
            if (at.isBefore(target.inForceFrom().get())) {
                at = target.inForceFrom().get();
            }
            Event fulfilment = Event.builder()
                    .id(EventId.of("added-fulfilment"))
                    .at(EventTime.of(at.atOffset(ZoneOffset.UTC)))
                    .kind(kind)
                    .actor(o.obligor())
                    .ref(target.id().toString())
                    .build();
            ComplianceReport after = ENGINE.evaluate(c.agreement(), c.timeline().with(fulfilment), c.asOf());
            // A BLOCKED instance is a judgement held back while another party's prerequisite is late; once that
            // prerequisite is fulfilled it may turn out breached. So "no new breach" means: breached after, among the
            // instances that existed, only those that were breached or blocked before.
            Set<String> breachedBefore = breached(before);
            before.instances().stream()
                    .filter(i -> i.state() == InstanceState.BLOCKED)
                    .forEach(i -> breachedBefore.add(i.id().toString()));
            // A fulfilment may trigger new duties (ON_FULFILMENT, ON_MILESTONE) that can be breached in turn: those
            // are new instances, not breaches of duties that existed before.
            Set<String> existing = before.instances().stream()
                    .filter(i -> i.state() != InstanceState.NOT_TRIGGERED)
                    .map(i -> i.id().toString())
                    .collect(Collectors.toSet());
            Set<String> breachedAfter = breached(after);
            breachedAfter.retainAll(existing);
            coverage.collect("target", target.state());
            assertThat(breachedBefore).containsAll(breachedAfter);
            assertThat(after.instance(target.id()).orElseThrow().state())
                    .isIn(InstanceState.FULFILLED, InstanceState.FULFILLED_LATE, InstanceState.BREACHED);
        });
        coverage.check();
    }

    /**
     * Instances a plain fulfilling event can close without side effects on numbering: MUST, not a payment, its kind
     * not a control kind, not the trigger of an ON_EVENT obligation and not a forbidden act of a MUST_NOT obligation.
     */
    private static boolean fulfillable(Agreement a, InstanceReport i) {
        Obligation o = a.obligation(i.obligation()).orElse(null);
        if (o == null
                || o.modality() != Modality.MUST
                || o.category() == Category.PAYMENT
                || o.fulfillingKinds().isEmpty()
                || i.state() == InstanceState.SUSPENDED) {
            return false;
        }
        String kind = o.fulfillingKinds().get(0);
        if (ControlKind.of(kind).isPresent()) {
            return false;
        }
        for (Obligation other : a.obligations()) {
            boolean triggers = other.trigger() instanceof Trigger.OnEvent onEvent
                    && onEvent.eventKind().equals(kind);
            boolean forbidden = other.modality() == Modality.MUST_NOT
                    && other.fulfillingKinds().contains(kind);
            if (triggers || forbidden) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> breached(ComplianceReport r) {
        return r.instances().stream()
                .filter(i -> i.state() == InstanceState.BREACHED)
                .map(i -> i.id().toString())
                .collect(Collectors.toSet());
    }
}
