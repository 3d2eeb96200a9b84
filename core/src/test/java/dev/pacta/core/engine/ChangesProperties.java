package dev.pacta.core.engine;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.engine.ComplianceEngineProperties.Case;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceChange.Aspect;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.PaymentReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluation#pollChanges()} against its definition: the difference between two full reports, as of the previous
 * look and as of this one, in the aspects a change is measured on (state, due, fulfilment, notices, payments,
 * blockers), with each changed row exactly as the full report has it.
 *
 * <p>The property counts the hard cases ({@code HardCases}), the orders events are appended in, and every kind of
 * change and aspect, and fails when one's share falls below its floor. Every floor sits at or below the five-sigma
 * floor of the share seen with the property's fixed seed (run with {@code -Dpacta.stats=true} to see the table).
 */
class ChangesProperties {
    static final ComplianceEngine ENGINE = ComplianceEngineProperties.ENGINE;

    /**
     * Events appended in engine order, in input order or shuffled (out-of-order events rebuild the evaluation), changes
     * asked for after some appends and not others, and the clock sometimes advanced between events: every look equals
     * the difference of the full reports as of it and as of the previous look. 1,000 tries: 400 once missed a case met
     * about once in 4,000 (credit applied at another instant after an out-of-order event).
     */
    @Test
    void changes_equalTheDifferenceOfFullReports() {
        Coverage coverage = ComplianceEngineProperties.hardCaseFloors(
                        Coverage.forCaller(), 0.46, 0.185, 0.08, 0.085, 0.06, 0.06, 0.24, 0.275, 0.06)
                .atLeast("clock advanced between events", 0.665)
                .atLeast("order", "shuffled", 0.16)
                .atLeast("order", "input order", 0.17)
                .atLeast("tie moved", 0.355)
                .atLeast("tie split", 0.32)
                .atLeast("a referenced event appended at the head after its referrer", 0.02)
                .atLeast("change: new row", 0.915)
                .atLeast("change: triggered", 0.455)
                .atLeast("change: to OVERDUE", 0.065)
                .atLeast("change: to BREACHED", 0.58)
                .atLeast("change: to BLOCKED", 0.04)
                .atLeast("change: unblocked", 0.125)
                .atLeast("change: other state change", 0.685)
                .atLeast("change: due moved", 0.12)
                .atLeast("change: notice", 0.175)
                .atLeast("change: payment or fulfilment", 0.06)
                .atLeast("change: row gone", 0.003)
                .atLeast("aspect STATE", 0.79)
                .atLeast("aspect DUE", 0.585)
                .atLeast("aspect FULFILMENT", 0.665)
                .atLeast("aspect NOTICES", 0.195)
                .atLeast("aspect PAYMENTS", 0.135)
                .atLeast("aspect BLOCKERS", 0.185);
        qt(1000).forAll(ComplianceEngineProperties.cases()).checkAssert(c -> changes(coverage, c));
        coverage.check();
    }

    private static void changes(Coverage coverage, Case c) {
        Random random = new Random(c.seed());
        int order = random.nextInt(4);
        boolean shuffled = order == 0;
        // Shuffled, in the input's order (time, with same-instant events as listed: a reply may come before the
        // event it refers to, which makes the evaluation rebuild at its head), or in the engine's order.
        List<Event> events = shuffled
                ? ComplianceEngineProperties.shuffleKeepingTies(c)
                : order == 1
                        ? c.timeline().events()
                        : c.timeline().ordered(c.agreement().zone());
        c.hardCases().countIn(coverage);
        if (shuffled) {
            ComplianceEngineProperties.countShuffle(coverage, c, c.timeline().events(), events);
        }
        coverage.count(
                "a referenced event appended at the head after its referrer",
                ComplianceEngineProperties.referencedAfterReferrerAtHead(
                        events, c.agreement().zone()));
        boolean advanced = false;
        Set<Object> seen = new HashSet<>();
        double lookEvery = random.nextInt(3) == 0 ? 0.3 : 1.0;
        Evaluation evaluation = ENGINE.start(c.agreement());
        List<Event> sofar = new ArrayList<>();
        Instant head = Instant.MIN;
        Map<InstanceId, InstanceReport> previous = new LinkedHashMap<>();
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            evaluation.append(e);
            sofar.add(e);
            Instant at = e.at().toInstant(c.agreement().zone());
            head = at.isAfter(head) ? at : head;
            if (random.nextInt(5) == 0 && k + 1 < events.size()) {
                Instant next = events.get(k + 1).at().toInstant(c.agreement().zone());
                Instant later = next.isAfter(head)
                        ? head.plus(Duration.between(head, next).dividedBy(2))
                        : head;
                evaluation.advanceTo(later);
                head = later;
                advanced = true;
            }
            if (random.nextDouble() < lookEvery) {
                previous = look(seen, c, evaluation, sofar, head, previous);
            }
        }
        if (!sofar.isEmpty() && c.asOf().isAfter(head)) {
            evaluation.advanceTo(c.asOf());
            previous = look(seen, c, evaluation, sofar, c.asOf(), previous);
        }
        coverage.count("clock advanced between events", advanced);
        coverage.collect("order", shuffled ? "shuffled" : order == 1 ? "input order" : "engine order");
        // Kinds of change and aspects counted once per example (were they seen?), not per change: the changes of
        // one example are alike, so a share of changes varies far more between seeds than a binomial floor allows.
        for (String kind : CHANGE_KINDS) {
            coverage.count("change: " + kind, seen.contains(kind));
        }
        for (Aspect aspect : Aspect.values()) {
            coverage.count("aspect " + aspect, seen.contains(aspect));
        }
    }

    /**
     * Looks at the changes, checks them against two full reports, notes the kinds of change and aspects seen, and
     * returns this look's rows by id.
     */
    private static Map<InstanceId, InstanceReport> look(
            Set<Object> seen,
            Case c,
            Evaluation evaluation,
            List<Event> sofar,
            Instant head,
            Map<InstanceId, InstanceReport> before) {
        ComplianceChanges changes = evaluation.pollChanges();
        Timeline prefix = Timeline.builder()
                .agreement(c.timeline().agreement())
                .events(sofar)
                .build();
        ComplianceReport full = ENGINE.evaluate(c.agreement(), prefix, head);
        Map<InstanceId, InstanceReport> now = new LinkedHashMap<>();
        for (InstanceReport r : full.instances()) {
            now.put(r.id(), r);
        }
        List<InstanceChange> expected = new ArrayList<>();
        for (InstanceReport r : full.instances()) {
            InstanceReport was = before.get(r.id());
            if (was == null || !standing(was).equals(standing(r))) {
                InstanceChange.Builder b = InstanceChange.builder()
                        .instance(r.id())
                        .after(r.state())
                        .report(r)
                        .aspects(was == null ? Set.of(Aspect.STATE) : aspects(seen, standing(was), standing(r)));
                if (was != null) {
                    b.before(was.state());
                }
                expected.add(b.build());
                seen.add(kindOfChange(was, r));
            }
        }
        List<InstanceChange> gone = new ArrayList<>();
        for (InstanceReport r : before.values()) {
            if (!now.containsKey(r.id())) {
                gone.add(InstanceChange.builder()
                        .instance(r.id())
                        .before(r.state())
                        .addAspects(Aspect.STATE)
                        .build());
                seen.add("row gone");
            }
        }
        gone.sort(Comparator.comparing(InstanceChange::instance));
        expected.addAll(gone);

        assertThat(changes.asOf()).isEqualTo(head);
        assertThat(changes.agreement()).isEqualTo(c.agreement().id());
        assertThat(changes.instances()).containsExactlyElementsOf(expected);
        return now;
    }

    /** What a change is measured on, read from a report row. */
    record Standing(
            InstanceState state,
            Optional<LocalDate> dueDate,
            Optional<Instant> dueAt,
            Optional<Instant> fulfilledAt,
            Optional<EventId> fulfilledBy,
            List<EventId> notices,
            List<EventId> payments,
            Optional<Money> paid,
            Optional<Money> credit,
            Set<String> chargePayments,
            List<InstanceId> blockedBy) {}

    /** The aspects in which two standings read from report rows differ, each from its own report fields. */
    private static Set<Aspect> aspects(Set<Object> seen, Standing a, Standing b) {
        Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        if (a.state() != b.state()) {
            aspects.add(Aspect.STATE);
        }
        if (!a.dueDate().equals(b.dueDate()) || !a.dueAt().equals(b.dueAt())) {
            aspects.add(Aspect.DUE);
        }
        if (!a.fulfilledAt().equals(b.fulfilledAt()) || !a.fulfilledBy().equals(b.fulfilledBy())) {
            aspects.add(Aspect.FULFILMENT);
        }
        if (!a.notices().equals(b.notices())) {
            aspects.add(Aspect.NOTICES);
        }
        if (!a.payments().equals(b.payments())
                || !a.paid().equals(b.paid())
                || !a.credit().equals(b.credit())
                || !a.chargePayments().equals(b.chargePayments())) {
            aspects.add(Aspect.PAYMENTS);
        }
        if (!a.blockedBy().equals(b.blockedBy())) {
            aspects.add(Aspect.BLOCKERS);
        }
        for (Aspect aspect : aspects) {
            seen.add(aspect);
        }
        return aspects;
    }

    /** A report row's standing: what a change is measured on, read from the row (also used by the examples). */
    static Standing standing(InstanceReport r) {
        return new Standing(
                r.state(),
                r.dueDate(),
                r.dueAt(),
                r.fulfilledAt(),
                r.fulfilledBy(),
                r.notices(),
                // A payment report appears with a breach's charges (a state change); only money paid or carried counts.
                r.payment().map(PaymentReport::payments).orElse(List.of()),
                r.payment().map(PaymentReport::paid).filter(m -> !m.isZero()),
                r.payment().map(PaymentReport::credit).filter(m -> !m.isZero()),
                // What paid its charges: the events of each charge, by kind (issue 19).
                r.payment().stream()
                        .flatMap(p -> p.charges().stream())
                        .flatMap(ch -> ch.payments().stream().map(e -> ch.kind() + ":" + e))
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                r.blockedBy());
    }

    /** The kinds of change {@link #kindOfChange} tells apart. */
    static final List<String> CHANGE_KINDS = List.of(
            "new row",
            "triggered",
            "to OVERDUE",
            "to BREACHED",
            "to BLOCKED",
            "unblocked",
            "other state change",
            "due moved",
            "blockers",
            "notice",
            "payment or fulfilment",
            "row gone");

    /** What kind of change a row went through, for the counts. */
    private static String kindOfChange(InstanceReport was, InstanceReport now) {
        String what;
        if (was == null) {
            what = "new row";
        } else if (was.state() != now.state()) {
            what = was.state() + " -> " + now.state();
        } else if (!was.dueDate().equals(now.dueDate()) || !was.dueAt().equals(now.dueAt())) {
            what = "due moved";
        } else if (!was.blockedBy().equals(now.blockedBy())) {
            what = "blockers";
        } else if (!was.notices().equals(now.notices())) {
            what = "notice";
        } else {
            what = "payment or fulfilment";
        }
        return what.contains("->") ? stateChangeKind(was.state(), now.state()) : what;
    }

    private static String stateChangeKind(InstanceState from, InstanceState to) {
        if (from == InstanceState.NOT_TRIGGERED) {
            return "triggered";
        }
        if (to == InstanceState.OVERDUE || to == InstanceState.BREACHED || to == InstanceState.BLOCKED) {
            return "to " + to;
        }
        return from == InstanceState.BLOCKED ? "unblocked" : "other state change";
    }
}
