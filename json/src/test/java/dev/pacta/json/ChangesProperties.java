package dev.pacta.json;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.gen.AgreementWithTimeline;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.InstanceChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@code read(write(c)).equals(c)} for the changes a live evaluation reports on generated agreements and timelines,
 * and writing is a function of the value (equal changes, equal bytes); each change also round-trips on its own
 * through {@link PactaModule}.
 *
 * <p>The events are appended in the engine's order, in that order with some held back and recorded after time has
 * passed, or shuffled: an event that arrives out of order rebuilds the evaluation, and can make a row disappear. The
 * evaluation is looked at after some events and not others, and its clock is sometimes advanced between events.
 * Coverage floors make sure that the looks hold rows that appear (no state before), rows that disappear (no state
 * after), state changes, and changes of standing with the same state.
 */
class ChangesProperties {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new PactaModule()).build();

    /** Generated agreements may name the generated holiday calendar. */
    private static final ComplianceEngine ENGINE = ComplianceEngine.of(ModelGen.CALENDARS);

    /** The order in which a live feed delivers a timeline's events. */
    enum Order {
        /** As the engine orders them. */
        IN_ORDER,
        /** In order, but some (about one in four) held back and recorded at the end, in any order. */
        SOME_LATE,
        /** Any order. */
        SHUFFLED
    }

    /**
     * A generated agreement and timeline, and the seed of the feed's choices (order, looks, time passing).
     *
     * @param generated the agreement and timeline
     * @param seed the seed of the feed's choices
     */
    record Feed(AgreementWithTimeline generated, long seed) {}

    /**
     * The looks at one live evaluation, in order.
     *
     * @param agreement the agreement evaluated
     * @param order the order the events were appended in
     * @param looks the changes polled, in order
     */
    record Looks(Agreement agreement, Order order, List<ComplianceChanges> looks) {}

    @Test
    void changes_roundTrip() {
        // 300 examples (as before). Each kind of change was
        // required at least once before; now each has a floor.
        Coverage coverage = JsonGen.hardCaseFloors(
                        Coverage.forCaller(), 0.37, 0.13, 0.01, 0.05, 0.02, 0.015, 0.16, 0.16, 0.03)
                .atLeast("order", Order.IN_ORDER, 0.13)
                .atLeast("order", Order.SOME_LATE, 0.12)
                .atLeast("order", Order.SHUFFLED, 0.375)
                .atLeast("look", "first", 0.05)
                .atLeast("look", "since", 0.845)
                .atLeast("look with changes", 0.55)
                .atLeast("change", "appeared (before empty)", 0.60)
                .atLeast("change", "state change", 0.225)
                .atLeast("change", "same state", 0.03)
                .atLeast("change", "gone (after empty)", 0.01);
        qt(300).forAll(feeds()).checkAssert(feed -> {
            feed.generated().hardCases().countIn(coverage);
            Looks sample = live(feed);
            coverage.collect("order", sample.order());
            for (ComplianceChanges changes : sample.looks()) {
                coverage.collect("look", changes.since().isPresent() ? "since" : "first");
                coverage.count("look with changes", !changes.isEmpty());
                changes.instances().forEach(c -> coverage.collect("change", kind(c)));
                String json = PactaJson.CHANGES.write(changes);
                ComplianceChanges read = PactaJson.CHANGES.read(json);
                assertThat(read).isEqualTo(changes);
                assertThat(PactaJson.CHANGES.write(read)).isEqualTo(json);
                for (InstanceChange change : changes.instances()) {
                    assertThat(viaModule(change)).isEqualTo(change);
                }
            }
        });
        coverage.check();
    }

    private static InstanceChange viaModule(InstanceChange change) {
        try {
            return MAPPER.readValue(MAPPER.writeValueAsString(change), InstanceChange.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * Generated agreements and timelines with the seeds of their feeds; also for the schema's test.
     *
     * @return feeds, to run with {@link #live(Feed)}
     */
    static Gen<Feed> feeds() {
        return ModelGen.agreementsWithTimelines().zip(SourceDSL.longs().all(), Feed::new);
    }

    /**
     * Appends the events, looking at the changes after some of them, as a live feed would.
     *
     * @param feed the agreement, timeline and seed
     * @return the looks
     */
    static Looks live(Feed feed) {
        // SplittableRandom mixes the seed, so that nearby seeds (as shrinking makes) give unrelated choices.
        Random random = new Random(new SplittableRandom(feed.seed()).nextLong());
        // Out of order three times in four: only an out-of-order event can make a row disappear.
        Order order = switch (random.nextInt(4)) {
            case 0 -> Order.IN_ORDER;
            case 1 -> Order.SOME_LATE;
            default -> Order.SHUFFLED;
        };
        Agreement agreement = feed.generated().agreement();
        List<Event> events = new ArrayList<>(feed.generated().timeline().ordered(agreement.zone()));
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
