package dev.pacta.flink;

import dev.pacta.core.gen.AgreementWithTimeline;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A generated portfolio: agreements with their timelines (ids made unique), and every event of the portfolio in one
 * arrival order that is out of event-time order by no more than {@link #BOUND} (events of one agreement and instant
 * in timeline order), and the end of time of the run.
 *
 * @param cases the agreements and timelines
 * @param arrival the events in arrival order
 * @param until the end of time: a while after the last event
 */
record Portfolio(List<AgreementWithTimeline> cases, List<TaggedEvent> arrival, Instant until) {
    /** The watermarks' bound on out-of-orderness of the runs, which the arrival order keeps to. */
    static final Duration BOUND = Duration.ofDays(20);

    static final PactaFlinkOptions OPTIONS = PactaFlinkOptions.defaults()
            .calendars(() -> ModelGen.CALENDARS)
            .outOfOrderness(BOUND)
            .allowedLateness(Duration.ZERO);

    PactaFlinkOptions options() {
        return OPTIONS.until(until);
    }

    List<AgreementRecord> agreements() {
        return cases.stream().map(c -> AgreementRecord.of(c.agreement())).toList();
    }

    static Gen<Portfolio> portfolios(int min, int max) {
        return SourceDSL.lists()
                .of(ModelGen.agreementsWithTimelines())
                .ofSizeBetween(min, max)
                .zip(SourceDSL.longs().all(), Portfolio::of);
    }

    static Portfolio of(List<AgreementWithTimeline> generated, long seed) {
        List<AgreementWithTimeline> cases = new ArrayList<>();
        record Arrival(TaggedEvent event, long order) {}
        List<Arrival> arrivals = new ArrayList<>();
        Random random = new Random(seed);
        Instant last = Instant.EPOCH;
        for (int i = 0; i < generated.size(); i++) {
            AgreementWithTimeline c = generated.get(i);
            AgreementId id = AgreementId.of("a" + i + "-" + c.agreement().id().value());
            Agreement a = Agreement.builder().from(c.agreement()).id(id).build();
            Timeline t = Timeline.builder()
                    .agreement(id)
                    .events(c.timeline().events())
                    .build();
            cases.add(new AgreementWithTimeline(a, t));
            Instant start = a.effectiveDate().atStartOfDay(a.zone()).toInstant();
            last = start.isAfter(last) ? start : last;
            Map<Long, Long> delays = new HashMap<>();
            for (Event e : t.events()) {
                TaggedEvent tagged = TaggedEvent.of(a, e);
                // Arrives at its event time plus a random delay below the bound: never behind the watermark. Events
                // of one instant share a delay, so they arrive in timeline order (the order that decides their ties).
                long delay = delays.computeIfAbsent(
                        tagged.timestamp(), ts -> (long) (random.nextDouble() * BOUND.toMillis()));
                arrivals.add(new Arrival(tagged, tagged.timestamp() + delay));
                Instant at = Instant.ofEpochMilli(tagged.timestamp());
                last = at.isAfter(last) ? at : last;
            }
        }
        arrivals.sort(Comparator.comparingLong(Arrival::order));
        return new Portfolio(
                List.copyOf(cases), arrivals.stream().map(Arrival::event).toList(), last.plus(Duration.ofDays(45)));
    }

    @Override
    public String toString() {
        return "Portfolio[cases=" + cases + ", until=" + until + "]";
    }
}
