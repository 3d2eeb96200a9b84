package dev.pacta.core.engine;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pacta.core.gen.Coverage;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Rights exercised (issue 19, section 1), on {@link RightsTest#sale}: random stories of payments, suspensions and
 * resumptions by both parties (with and without refs), orders, deliveries and waivers. A live evaluation agrees with a
 * full one after every event; work is suspended under a right only after the breach that granted it, and a suspended
 * instance is never breached.
 */
class RightsProperties {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    /** A story: whether the right lasts until cured, and steps as (kind, day) pairs. */
    record Story(boolean untilCured, List<Event> events) {}

    static Gen<Story> stories() {
        Gen<int[]> step = integers().between(0, 10).zip(integers().between(0, 40), (k, d) -> new int[] {k, d});
        return booleans().all().zip(lists().of(step).ofSizeBetween(1, 12), RightsProperties::story);
    }

    private static Story story(boolean untilCured, List<int[]> steps) {
        List<int[]> ordered = new ArrayList<>();
        for (int[] s : steps) {
            // The seller's suspensions and resumptions mostly after the payment was due (Mon 9 March, day 7).
            boolean sellersControl = s[0] == 1 || s[0] == 2 || s[0] == 3 || s[0] == 8;
            ordered.add(sellersControl && s[1] % 4 != 0 ? new int[] {s[0], 8 + s[1] / 2} : s);
        }
        ordered.sort(Comparator.comparingInt(s -> s[1]));
        List<Event> events = new ArrayList<>();
        String lastSuspension = null;
        for (int n = 0; n < ordered.size(); n++) {
            int kind = ordered.get(n)[0];
            LocalDate day = START.plusDays(ordered.get(n)[1]);
            String id = "e" + n;
            Event e = switch (kind) {
                case 0 ->
                    Event.builder()
                            .from(Event.of(id, day, "payment", "buyer"))
                            .amount(Money.of("1000.00", "EUR"))
                            .build();
                case 1 -> Event.of(id, day, "suspension", "seller");
                case 2 -> ref(Event.of(id, day, "suspension", "seller"), "delivery");
                case 3 -> Event.of(id, day, "resumption", "seller");
                case 4 -> Event.of(id, day, "line.ordered", "buyer");
                case 5 -> Event.of(id, day, "line.packed", "seller");
                case 6 -> Event.of(id, day, "oven.delivered", "seller");
                case 7 -> ref(Event.of(id, day, "waiver", "seller"), "payment#1");
                case 8 ->
                    ref(
                            Event.of(id, day, "resumption", "seller"),
                            lastSuspension == null ? "delivery#1" : lastSuspension);
                case 9 -> ref(Event.of(id, day, "suspension", "buyer"), "delivery#1");
                default -> ref(Event.of(id, day, "resumption", "buyer"), "delivery#1");
            };
            if (e.kind().equals("suspension")) {
                lastSuspension = id;
            }
            events.add(e);
        }
        return new Story(untilCured, events);
    }

    private static Event ref(Event e, String ref) {
        return Event.builder().from(e).ref(ref).build();
    }

    @Test
    void liveEqualsFull_suspendedUnderARightOnlyAfterTheBreach_neverBreachedWhileSuspended() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("work suspended under a right", 0.11)
                .atLeast("work resumed by the holder", 0.015)
                .atLeast("work resumed when the breach was cured", 0.008)
                .atLeast("work held as it came into force", 0.004)
                .atLeast("a suspension ignored as unauthorised", 0.23);
        qt(600).forAll(stories()).checkAssert(story -> {
            Agreement sale = RightsTest.sale(story.untilCured());
            Evaluation live = ComplianceEngineProperties.ENGINE.start(sale);
            List<Event> events = story.events();
            for (int n = 0; n < events.size(); n++) {
                live.append(events.get(n));
                LocalDate day = events.get(n).at().date().orElseThrow();
                if (n + 1 < events.size()
                        && events.get(n + 1).at().date().orElseThrow().equals(day)) {
                    continue; // compared once the day's last event is in
                }
                List<Event> upTo = events.stream()
                        .filter(x -> !x.at().date().orElseThrow().isAfter(day))
                        .toList();
                assertThat(live.report(day))
                        .isEqualTo(ComplianceEngineProperties.ENGINE.evaluate(sale, Timeline.of(upTo), day));
            }
            ComplianceReport r =
                    ComplianceEngineProperties.ENGINE.evaluate(sale, Timeline.of(story.events()), START.plusDays(60));
            InstanceReport payment = r.instance("payment#1").orElseThrow();
            boolean underRight = false;
            for (InstanceReport i : r.instances()) {
                if (i.explanation().contains("under its right from payment#1's breach")) {
                    underRight = true;
                    assertThat(payment.state())
                            .isIn(InstanceState.BREACHED, InstanceState.FULFILLED_LATE, InstanceState.WAIVED);
                }
                if (i.state() == InstanceState.SUSPENDED) {
                    assertThat(r.findings())
                            .noneMatch(f ->
                                    f.code().equals("BREACH") && f.instance().equals(java.util.Optional.of(i.id())));
                }
            }
            coverage.count("work suspended under a right", underRight);
            coverage.count(
                    "work resumed by the holder",
                    r.instances().stream()
                            .anyMatch(i -> i.explanation().matches(".*under its right from [^;]* and resumed \\(.*")));
            coverage.count(
                    "work resumed when the breach was cured",
                    r.instances().stream()
                            .anyMatch(i -> i.explanation().contains("resumed when the breach was cured")));
            coverage.count(
                    "work held as it came into force",
                    r.instances().stream()
                            .anyMatch(i -> i.id().toString().startsWith("pack")
                                    && i.explanation().contains("under its right")));
            coverage.count(
                    "a suspension ignored as unauthorised",
                    r.findings().stream().anyMatch(f -> f.code().equals("UNAUTHORISED_SUSPENSION")));
        });
        coverage.check();
    }
}
