package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pacta.core.arbitraries.AgreementWithTimeline;
import dev.pacta.core.arbitraries.ModelArbitraries;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.InstanceChange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code read(write(c)).equals(c)} for the changes a live evaluation reports on generated agreements and timelines,
 * and writing is a function of the value (equal changes, equal bytes); each change also round-trips on its own
 * through {@link PactaModule}.
 *
 * <p>The events are appended in the engine's order, in that order with some held back and recorded after time has
 * passed, or shuffled: an event that arrives out of order rebuilds the evaluation, and can make a row disappear. The
 * evaluation is looked at after some events and not others, and its clock is sometimes advanced between events.
 * Coverage checks make sure that the looks hold rows that appear (no state before), rows that disappear (no state
 * after), state changes, and changes of standing with the same state.
 */
class ChangesProperties {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new PactaModule()).build();

    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    /** The order in which a live feed delivers a timeline's events. */
    enum Order {
        /** As the engine orders them. */
        IN_ORDER,
        /** In order, but some (about one in four) held back and recorded at the end, in any order. */
        SOME_LATE,
        /** Any order. */
        SHUFFLED
    }

    /** The looks at one live evaluation, in order. */
    record Looks(Agreement agreement, Order order, List<ComplianceChanges> looks) {}

    @Property(tries = 300)
    void changes_roundTrip(@ForAll("looks") Looks sample) throws Exception {
        Statistics.label("order").collect(sample.order());
        for (ComplianceChanges changes : sample.looks()) {
            Statistics.label("look")
                    .collect(changes.since().isPresent() ? "since" : "first", changes.isEmpty() ? "empty" : "changes");
            changes.instances().forEach(c -> Statistics.label("change").collect(kind(c)));
            String json = PactaJson.writeChanges(changes);
            ComplianceChanges read = PactaJson.readChanges(json);
            assertThat(read).isEqualTo(changes);
            assertThat(PactaJson.writeChanges(read)).isEqualTo(json);
            for (InstanceChange change : changes.instances()) {
                assertThat(MAPPER.readValue(MAPPER.writeValueAsString(change), InstanceChange.class))
                        .isEqualTo(change);
            }
        }
        Statistics.label("change").coverage(c -> {
            c.check("appeared (before empty)").count(n -> n > 0);
            c.check("gone (after empty)").count(n -> n > 0);
            c.check("state change").count(n -> n > 0);
            c.check("same state").count(n -> n > 0);
        });
    }

    private static String kind(InstanceChange c) {
        if (c.before().isEmpty()) {
            return "appeared (before empty)";
        }
        if (c.after().isEmpty()) {
            return "gone (after empty)";
        }
        return c.isStateChange() ? "state change" : "same state";
    }

    @Provide
    Arbitrary<Looks> looks() {
        return arbitraryLooks();
    }

    /** The looks at live evaluations of generated agreements and timelines; also for the schema's test. */
    static Arbitrary<Looks> arbitraryLooks() {
        Arbitrary<AgreementWithTimeline> samples = ModelArbitraries.agreementsWithTimelines();
        Arbitrary<Long> seeds = Arbitraries.longs();
        return Combinators.combine(samples, seeds).as(ChangesProperties::live);
    }

    /** Appends the events, looking at the changes after some of them, as a live feed would. */
    private static Looks live(AgreementWithTimeline sample, long seed) {
        // jqwik favours small seeds; SplittableRandom mixes them, so that nearby seeds give unrelated choices.
        Random random = new Random(new SplittableRandom(seed).nextLong());
        // Out of order three times in four: only an out-of-order event can make a row disappear.
        Order order = switch (random.nextInt(4)) {
            case 0 -> Order.IN_ORDER;
            case 1 -> Order.SOME_LATE;
            default -> Order.SHUFFLED;
        };
        Agreement agreement = sample.agreement();
        List<Event> events = new ArrayList<>(sample.timeline().ordered(agreement.zone()));
        int firstLate = events.size();
        if (order == Order.SHUFFLED) {
            Collections.shuffle(events, random);
        } else if (order == Order.SOME_LATE) {
            List<Event> late = new ArrayList<>();
            events.removeIf(e -> random.nextInt(4) == 0 && late.add(e));
            Collections.shuffle(late, random);
            firstLate = events.size();
            events.addAll(late);
        }
        Evaluation live = ENGINE.start(agreement);
        List<ComplianceChanges> looks = new ArrayList<>();
        Instant head = null;
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            if (k == firstLate && head != null) {
                // Time passes before the late records arrive: deadlines pass, breaches trigger remedies.
                head = head.plus(Duration.ofDays(random.nextInt(60)));
                looks.add(live.advanceTo(head).pollChanges());
            }
            live.append(e);
            Instant at = e.at().toInstant(agreement.zone());
            head = head == null || at.isAfter(head) ? at : head;
            if (random.nextInt(5) == 0 && k + 1 < events.size()) {
                Instant next = events.get(k + 1).at().toInstant(agreement.zone());
                if (next.isAfter(head)) {
                    head = head.plus(Duration.between(head, next).dividedBy(2));
                    live.advanceTo(head);
                }
            }
            if (random.nextInt(3) > 0) {
                looks.add(live.pollChanges());
            }
        }
        if (head != null) {
            looks.add(live.advanceTo(head.plus(Duration.ofDays(random.nextInt(90))))
                    .pollChanges());
        }
        return new Looks(agreement, order, looks);
    }
}
