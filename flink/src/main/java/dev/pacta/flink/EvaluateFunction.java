package dev.pacta.flink;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.json.PactaJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The evaluation of one agreement per key: agreements on the first input, events on the second, changes out.
 *
 * <p>Events wait in state until the watermark passes them, and are then applied in event-time order, one step per
 * instant. A step is also taken at the agreement's next change ({@link Evaluation#nextChange()}), from an
 * event-time timer, so a deadline that passes with no event still emits its change. Each step appends or advances
 * the live {@link Evaluation} and emits what {@link Evaluation#pollChanges()} gives. An event behind the watermark by
 * no more than the allowed lateness is applied at once; if it is earlier than the evaluation's clock, its changes are
 * corrections. Later events go to {@link PactaFlink#LATE_EVENTS}.
 *
 * <p>State holds only Pacta's versioned documents and instants: the {@code agreement/1} document, the events applied
 * and the events waiting as one-event {@code timeline/1} documents, the clock, the next change and the sequence
 * numbers of the current instant. The live evaluation is a cache, rebuilt from that state on first use after a
 * restore (then polled once, so that its next look compares with what was last emitted).
 */
final class EvaluateFunction extends KeyedCoProcessFunction<String, AgreementRecord, TaggedEvent, AgreementChange> {
    private static final long serialVersionUID = 1L;

    private final PactaFlinkOptions options;

    private transient ComplianceEngine engine;
    /** The key being processed, set on entry to each callback. */
    private transient String key;
    /** The live evaluations of this task's keys, by agreement id: a cache of the state, rebuilt after a restore. */
    private transient Map<String, Live> live;

    private transient ValueState<String> agreement;
    private transient ListState<String> applied;
    /** Events not applied yet, by timestamp (epoch milliseconds). */
    private transient MapState<Long, List<String>> pending;

    private transient ValueState<Instant> clock;
    private transient ValueState<Instant> next;
    private transient ValueState<Long> nextTimer;
    private transient ValueState<Instant> sequenceAt;
    private transient MapState<String, Integer> sequences;

    /** A live evaluation and what it was built from. */
    private static final class Live {
        final Agreement agreement;
        final Evaluation evaluation;
        /** The ids of the events applied, so that a replayed duplicate is recognised. */
        final Map<String, String> applied = new HashMap<>();

        Live(Agreement agreement, Evaluation evaluation) {
            this.agreement = agreement;
            this.evaluation = evaluation;
        }
    }

    EvaluateFunction(PactaFlinkOptions options) {
        this.options = options;
    }

    @Override
    public void open(OpenContext context) {
        engine = options.engine();
        live = new HashMap<>();
        agreement = getRuntimeContext().getState(new ValueStateDescriptor<>("agreement", Types.STRING));
        applied = getRuntimeContext().getListState(new ListStateDescriptor<>("applied", Types.STRING));
        pending = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("pending", Types.LONG, Types.LIST(Types.STRING)));
        clock = getRuntimeContext().getState(new ValueStateDescriptor<>("clock", Types.INSTANT));
        next = getRuntimeContext().getState(new ValueStateDescriptor<>("next", Types.INSTANT));
        nextTimer = getRuntimeContext().getState(new ValueStateDescriptor<>("next-timer", Types.LONG));
        sequenceAt = getRuntimeContext().getState(new ValueStateDescriptor<>("sequence-at", Types.INSTANT));
        sequences = getRuntimeContext().getMapState(new MapStateDescriptor<>("sequences", Types.STRING, Types.INT));
    }

    @Override
    public void processElement1(AgreementRecord record, Context ctx, Collector<AgreementChange> out) throws Exception {
        key = ctx.getCurrentKey();
        String before = agreement.value();
        if (record.document().equals(before)) {
            return; // a replay of the same version
        }
        Agreement parsed = record.toAgreement();
        Live old = before == null ? null : live(ctx.getCurrentKey());
        agreement.update(record.document());
        live.remove(ctx.getCurrentKey());
        Live now = live(ctx.getCurrentKey(), parsed);
        Instant at = clock.value();
        if (old != null && at != null) {
            emitDifference(old.evaluation.report(at), now.evaluation.report(at), at, out);
        }
        next.update(nextChange(now));
        catchUp(now, ctx.timerService().currentWatermark(), out);
        schedule(ctx.timerService());
    }

    @Override
    public void processElement2(TaggedEvent event, Context ctx, Collector<AgreementChange> out) throws Exception {
        key = ctx.getCurrentKey();
        long watermark = ctx.timerService().currentWatermark();
        if (watermark != Long.MIN_VALUE
                && event.timestamp() < watermark - options.allowedLateness().toMillis()) {
            ctx.output(PactaFlink.LATE_EVENTS, event);
            return;
        }
        List<String> waiting = pending.get(event.timestamp());
        List<String> more = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
        more.add(event.document());
        pending.put(event.timestamp(), more);
        ctx.timerService().registerEventTimeTimer(event.timestamp());
        if (agreement.value() != null && event.timestamp() <= watermark) {
            catchUp(live(ctx.getCurrentKey()), watermark, out);
            schedule(ctx.timerService());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AgreementChange> out) throws Exception {
        key = ctx.getCurrentKey();
        if (agreement.value() == null) {
            return; // events wait for their agreement
        }
        catchUp(live(ctx.getCurrentKey()), timestamp, out);
        schedule(ctx.timerService());
    }

    /** Takes every step due by {@code watermark}: event instants and next changes, earliest first. */
    private void catchUp(Live l, long watermark, Collector<AgreementChange> out) throws Exception {
        while (true) {
            Long release = earliestPending();
            Instant change = followed(next.value());
            Instant releaseAt = release == null ? null : Instant.ofEpochMilli(release);
            Instant t = releaseAt == null || (change != null && change.isBefore(releaseAt)) ? change : releaseAt;
            if (t == null || ceilMillis(t) > watermark) {
                return;
            }
            step(l, t, t.equals(releaseAt) ? release : null, out);
        }
    }

    /** One step at {@code t}: the events released at {@code t} (if any) are applied, the clock moves to {@code t}. */
    private void step(Live l, Instant t, Long release, Collector<AgreementChange> out) throws Exception {
        Instant before = clock.value();
        Instant now = before;
        if (release != null) {
            List<Event> events = new ArrayList<>();
            Map<String, String> documents = new LinkedHashMap<>();
            for (String document : pending.get(release)) {
                Event e = PactaJson.TIMELINE.read(document).events().get(0);
                String id = e.id().value();
                if (l.applied.containsKey(id) || documents.containsKey(id)) {
                    continue; // the same event again (a replayed source): applied once
                }
                events.add(e);
                documents.put(id, document);
            }
            pending.remove(release);
            for (Event e : Timeline.of(events).ordered(l.agreement.zone())) {
                l.evaluation.append(e);
                String document = documents.get(e.id().value());
                applied.add(document);
                l.applied.put(e.id().value(), document);
                Instant at = e.at().toInstant(l.agreement.zone());
                now = now == null || at.isAfter(now) ? at : now;
            }
        }
        if (now == null || t.isAfter(now)) {
            l.evaluation.advanceTo(t);
            now = t;
        }
        clock.update(now);
        boolean correction = before != null && t.isBefore(before);
        for (InstanceChange c : l.evaluation.pollChanges().instances()) {
            emit(c.instance().toString(), c.before(), c.after(), c.report(), now, correction, out);
        }
        next.update(nextChange(l));
    }

    /** The rows that differ between the reports of an agreement's old and new version: corrections. */
    private void emitDifference(ComplianceReport old, ComplianceReport now, Instant at, Collector<AgreementChange> out)
            throws Exception {
        Map<String, InstanceReport> was = new LinkedHashMap<>();
        old.instances().forEach(r -> was.put(r.id().toString(), r));
        for (InstanceReport r : now.instances()) {
            InstanceReport o = was.remove(r.id().toString());
            if (!r.equals(o)) {
                emit(
                        r.id().toString(),
                        Optional.ofNullable(o).map(InstanceReport::state),
                        Optional.of(r.state()),
                        Optional.of(r),
                        at,
                        true,
                        out);
            }
        }
        for (InstanceReport o : was.values()) {
            emit(o.id().toString(), Optional.of(o.state()), Optional.empty(), Optional.empty(), at, true, out);
        }
    }

    private void emit(
            String instance,
            Optional<InstanceState> from,
            Optional<InstanceState> to,
            Optional<InstanceReport> report,
            Instant at,
            boolean correction,
            Collector<AgreementChange> out)
            throws Exception {
        if (!at.equals(sequenceAt.value())) {
            sequences.clear();
            sequenceAt.update(at);
        }
        Integer seen = sequences.get(instance);
        int sequence = seen == null ? 0 : seen;
        sequences.put(instance, sequence + 1);
        out.collect(new AgreementChange(
                key,
                instance,
                from.map(Enum::name).orElse(null),
                to.map(Enum::name).orElse(null),
                at,
                report.map(InstanceReport::explanation).orElse(""),
                sequence,
                correction));
    }

    /**
     * The next instant some state could change with no event, after the evaluation's clock (the state's clock: the
     * evaluation appended or advanced to it, or nothing yet, then from the agreement's start). No report is built.
     */
    private static Instant nextChange(Live l) {
        return l.evaluation.nextChange().orElse(null);
    }

    /** The next change if timers follow it: not after the end of time. */
    private Instant followed(Instant change) {
        if (change == null) {
            return null;
        }
        Optional<Instant> until = options.until();
        return until.isPresent() && change.isAfter(until.get()) ? null : change;
    }

    /**
     * Keeps one timer at the next change: moved when the next change moves (an amendment, a late event). At the end of
     * a bounded input (a watermark at the end of time) with no end of time set, next changes are no longer followed.
     */
    private void schedule(TimerService timers) throws Exception {
        Instant change = followed(next.value());
        Long timer = change == null || (options.until().isEmpty() && timers.currentWatermark() == Long.MAX_VALUE)
                ? null
                : ceilMillis(change);
        Long old = nextTimer.value();
        if (old != null && !old.equals(timer) && !pending.contains(old)) {
            timers.deleteEventTimeTimer(old);
        }
        if (timer != null) {
            timers.registerEventTimeTimer(timer);
        }
        nextTimer.update(timer);
    }

    private Long earliestPending() throws Exception {
        Long earliest = null;
        for (Long t : pending.keys()) {
            earliest = earliest == null || t < earliest ? t : earliest;
        }
        return earliest;
    }

    /** The live evaluation of the current key, rebuilt from state if this task has none (after a restore). */
    private Live live(String key) throws Exception {
        Live l = live.get(key);
        return l != null ? l : live(key, PactaJson.AGREEMENT.read(agreement.value()));
    }

    private Live live(String key, Agreement a) throws Exception {
        Live l = new Live(a, engine.start(a));
        Set<String> seen = new HashSet<>();
        for (String document : applied.get()) {
            Event e = PactaJson.TIMELINE.read(document).events().get(0);
            if (seen.add(e.id().value())) {
                l.evaluation.append(e);
                l.applied.put(e.id().value(), document);
            }
        }
        Instant at = clock.value();
        if (at != null) {
            l.evaluation.advanceTo(at);
            l.evaluation.pollChanges(); // the baseline: what was emitted up to now
        }
        live.put(key, l);
        return l;
    }

    private static long ceilMillis(Instant t) {
        long ms = t.toEpochMilli();
        return t.getNano() % 1_000_000 == 0 ? ms : ms + 1;
    }
}
