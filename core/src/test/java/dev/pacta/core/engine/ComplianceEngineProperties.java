package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.arbitraries.AgreementWithTimeline;
import dev.pacta.core.arbitraries.ModelArbitraries;
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
import dev.pacta.core.report.MilestoneReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine's invariants over generated agreements and timelines (DESIGN.md §4): totality, determinism, causality,
 * order independence, monotonicity, incremental = full evaluation, and soundness of {@code nextChange}.
 */
class ComplianceEngineProperties {
    static final ComplianceEngine ENGINE = ComplianceEngine.builder()
            .addRule(ComplianceRules.pointOfContactRequired())
            .addRule(ComplianceRules.recurringMissedInARow(2))
            .build();

    record Case(Agreement agreement, Timeline timeline, Instant asOf, long seed) {}

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                        ModelArbitraries.agreementsWithTimelines(),
                        Arbitraries.integers().between(-3, 150),
                        Arbitraries.longs())
                .as((AgreementWithTimeline awt, Integer days, Long seed) -> {
                    LocalDate date = awt.agreement().effectiveDate().plusDays(days);
                    return new Case(
                            awt.agreement(), awt.timeline(), ComplianceEngine.endOfDay(awt.agreement(), date), seed);
                });
    }

    static ComplianceReport evaluate(Case c) {
        return ENGINE.evaluate(c.agreement(), c.timeline(), c.asOf());
    }

    @Property(tries = 400)
    void totality_andEveryStateIsReached(@ForAll("cases") Case c) {
        ComplianceReport r = evaluate(c);
        for (InstanceReport i : r.instances()) {
            Statistics.label("state").collect(i.state());
        }
        for (MilestoneReport m : r.milestones()) {
            Statistics.label("milestone").collect(m.state());
        }
        for (Event e : c.timeline().events()) {
            e.control().ifPresent(k -> Statistics.label("control").collect(k));
        }
        assertThat(r.instances()).isNotEmpty();
    }

    @Property(tries = 200)
    void determinism_sameInputSameReport(@ForAll("cases") Case c) {
        assertThat(evaluate(c)).isEqualTo(evaluate(c));
    }

    @Property(tries = 300)
    void causality_eventsAfterAsOfChangeNothing(@ForAll("cases") Case c) {
        List<Event> before = c.timeline().events().stream()
                .filter(e -> !e.at().toInstant(c.agreement().zone()).isAfter(c.asOf()))
                .toList();
        Statistics.collect(before.size() < c.timeline().events().size() ? "events after asOf" : "none after");
        assertThat(ENGINE.evaluate(c.agreement(), Timeline.of(before), c.asOf()))
                .isEqualTo(evaluate(c));
    }

    /** Shuffles the events, keeping the relative order of events at the same instant. */
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

    @Property(tries = 300)
    void orderIndependence_shufflingTheInputKeepsTheReport(@ForAll("cases") Case c) {
        List<Event> shuffled = shuffleKeepingTies(c);
        Statistics.collect(shuffled.equals(c.timeline().events()) ? "same order" : "shuffled");
        assertThat(ENGINE.evaluate(c.agreement(), Timeline.of(shuffled), c.asOf()))
                .isEqualTo(evaluate(c));
    }

    @Property(tries = 50)
    void portfolio_parallelEvaluationEqualsOneByOne(@ForAll("portfolios") List<Case> cases) {
        Instant asOf = cases.get(0).asOf();
        List<ComplianceEngine.Evaluated> items = cases.stream()
                .map(c -> new ComplianceEngine.Evaluated(c.agreement(), c.timeline()))
                .toList();
        List<ComplianceReport> parallel = ENGINE.evaluateAll(items, asOf);
        for (int k = 0; k < cases.size(); k++) {
            assertThat(parallel.get(k))
                    .isEqualTo(ENGINE.evaluate(
                            cases.get(k).agreement(), cases.get(k).timeline(), asOf));
        }
    }

    @Provide
    Arbitrary<List<Case>> portfolios() {
        return cases().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void incremental_equalsFullEvaluation(@ForAll("cases") Case c) {
        Evaluation evaluation = ENGINE.start(c.agreement());
        for (Event e : shuffleKeepingTies(c)) {
            evaluation.append(e);
        }
        assertThat(evaluation.report(c.asOf())).isEqualTo(evaluate(c));
    }

    /**
     * A live evaluation asked for a report after every event, as of the end of that event's day (so several times
     * for the same instant, with events in between, which is when it reuses reports it rendered before), always
     * gives what a full evaluation of the events so far gives.
     */
    @Property(tries = 120)
    void incremental_reportAfterEveryEventEqualsFullEvaluation(@ForAll("cases") Case c) {
        List<Event> ordered = c.timeline().ordered(c.agreement().zone());
        Evaluation evaluation = ENGINE.start(c.agreement());
        List<Event> sofar = new ArrayList<>();
        int sameDay = 0;
        LocalDate previous = null;
        for (Event e : ordered) {
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
        Statistics.collect(sameDay == 0 ? "no two events on a day" : "events sharing a day");
    }

    /**
     * Explanations are formatted when first read. A report taken from a live evaluation and read only after more
     * events were appended must still explain the state as of its own instant, exactly as a full evaluation does.
     */
    @Property(tries = 300)
    void lazyExplanations_readLaterStillDescribeTheirInstant(
            @ForAll("cases") Case c, @ForAll("fractions") double fraction) {
        List<Event> ordered = c.timeline().ordered(c.agreement().zone());
        int cut = (int) Math.floor(fraction * ordered.size());
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
        Statistics.collect(cut < ordered.size() ? "events appended after the report" : "none after");

        Timeline prefix = Timeline.builder()
                .agreement(c.timeline().agreement())
                .events(ordered.subList(0, cut))
                .build();
        assertThat(early).isEqualTo(ENGINE.evaluate(c.agreement(), prefix, asOf));
    }

    @Property(tries = 300)
    void nextChange_isSound_noStateChangesBeforeIt(@ForAll("cases") Case c, @ForAll("fractions") double fraction) {
        ComplianceReport r = evaluate(c);
        List<Event> visible = c.timeline().events().stream()
                .filter(e -> !e.at().toInstant(c.agreement().zone()).isAfter(c.asOf()))
                .toList();
        Instant later;
        if (r.nextChange().isPresent()) {
            Duration gap = Duration.between(c.asOf(), r.nextChange().get());
            assertThat(gap.isNegative() || gap.isZero()).isFalse();
            later = c.asOf().plusNanos(Math.max(1, (long) (gap.toNanos() * fraction)));
            if (!later.isBefore(r.nextChange().get())) {
                later = r.nextChange().get().minusNanos(1);
            }
            Statistics.collect("has next change");
        } else {
            later = c.asOf().plus(Duration.ofDays(3650));
            Statistics.collect("no next change");
        }
        ComplianceReport then = ENGINE.evaluate(c.agreement(), Timeline.of(visible), later);
        assertThat(states(then)).isEqualTo(states(r));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0.0, 1.0);
    }

    static List<String> states(ComplianceReport r) {
        List<String> states = new ArrayList<>();
        r.instances().forEach(i -> states.add(i.id() + "=" + i.state()));
        r.milestones().forEach(m -> states.add(m.id() + "=" + m.state()));
        return states;
    }

    @Property(tries = 300)
    void monotonicity_addingAFulfilmentNeverAddsABreach(@ForAll("cases") Case c, @ForAll("picks") int pick) {
        ComplianceReport before = evaluate(c);
        List<InstanceReport> open = before.instances().stream()
                .filter(i -> i.inForceFrom().isPresent() && !i.state().isClosed())
                .filter(i -> fulfillable(c.agreement(), i))
                .toList();
        Assume.that(!open.isEmpty());
        InstanceReport target = open.get(Math.floorMod(pick, open.size()));
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
                .at(EventTime.of(at.atOffset(java.time.ZoneOffset.UTC)))
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
        // A fulfilment may trigger new duties (ON_FULFILMENT, ON_MILESTONE) that can be breached in turn: those are
        // new instances, not breaches of duties that existed before.
        Set<String> existing = before.instances().stream()
                .filter(i -> i.state() != InstanceState.NOT_TRIGGERED)
                .map(i -> i.id().toString())
                .collect(Collectors.toSet());
        Set<String> breachedAfter = breached(after);
        breachedAfter.retainAll(existing);
        Statistics.collect(target.state());
        assertThat(breachedBefore).containsAll(breachedAfter);
        assertThat(after.instance(target.id()).orElseThrow().state())
                .isIn(InstanceState.FULFILLED, InstanceState.FULFILLED_LATE, InstanceState.BREACHED);
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
            boolean triggers = other.trigger().kind() == Trigger.Kind.ON_EVENT
                    && other.trigger().eventKind().get().equals(kind);
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

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1000);
    }
}
