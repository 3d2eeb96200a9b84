package dev.pacta.flink;

import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;

/**
 * Pacta's evaluator as a Flink operator: a stream of agreements and a stream of events in, a stream of changes out.
 *
 * <pre>{@code
 * SingleOutputStreamOperator<AgreementChange> changes =
 *     PactaFlink.evaluate(agreements, events, PactaFlinkOptions.defaults().calendars(MyCalendars::load));
 * DataStream<TaggedEvent> late = changes.getSideOutput(PactaFlink.LATE_EVENTS);
 * }</pre>
 *
 * <p>The streams are keyed by agreement id and evaluated by a {@code KeyedCoProcessFunction} with the operator uid
 * {@value #UID}, so that a savepoint restores into a later version of the job. Events are in event time: this method
 * assigns their watermarks, bounded by {@link PactaFlinkOptions#outOfOrderness()}, and evaluates each event once the
 * watermark passes it, in event-time order; a deadline passes on an event-time timer, so it emits its change with no
 * new event. Events of the same instant are evaluated in the order they arrive, as in a timeline: keep the events of
 * one agreement in one source partition (a Kafka topic keyed by agreement id, say) so that they arrive in the order
 * they were sent. Agreements do not hold back event time: an agreement may arrive after its events, which wait for it,
 * and are then evaluated as if it had been there all along.
 *
 * <p>Each change has a deterministic {@linkplain AgreementChange#key() key}: after a failure, the replay from the
 * last checkpoint emits the same keys, so that a sink that deduplicates by key, or writes idempotently, sees each
 * change once. This class is thread-safe (it has no state).
 */
public final class PactaFlink {
    /** The uid of the evaluating operator, which its state is stored under in checkpoints and savepoints. */
    public static final String UID = "pacta-evaluate";

    /**
     * The side output of the events that arrived later than {@link PactaFlinkOptions#allowedLateness()} behind the
     * watermark: they are not evaluated, and never dropped silently.
     */
    public static final OutputTag<TaggedEvent> LATE_EVENTS =
            new OutputTag<>("pacta-late-events", TypeInformation.of(TaggedEvent.class));

    private PactaFlink() {}

    /**
     * Evaluates a stream of agreements and a stream of events into a stream of changes.
     *
     * @param agreements new agreements, and new versions of agreements already seen
     * @param events events, tagged with their agreement id and timestamp
     * @param options the options
     * @return the changes; the late events are its side output {@link #LATE_EVENTS}
     */
    public static SingleOutputStreamOperator<AgreementChange> evaluate(
            DataStream<AgreementRecord> agreements, DataStream<TaggedEvent> events, PactaFlinkOptions options) {
        Objects.requireNonNull(options, "options");
        DataStream<AgreementRecord> timeless = agreements
                .assignTimestampsAndWatermarks(WatermarkStrategy.forGenerator(c -> new EndOfTime<AgreementRecord>()))
                .name("pacta-agreements-watermarks");
        // Partitioned by agreement before the watermarks are assigned, so that the events of one agreement take one
        // path from their source to the evaluation and keep their order: events of the same instant are evaluated in
        // the order they arrive, as in a timeline.
        DataStream<TaggedEvent> timed = events.keyBy(TaggedEvent::agreement, Types.STRING)
                .assignTimestampsAndWatermarks(eventWatermarks(options))
                .name("pacta-event-watermarks");
        return timeless.connect(timed)
                .keyBy(AgreementRecord::agreement, TaggedEvent::agreement, Types.STRING)
                .process(new EvaluateFunction(options), TypeInformation.of(AgreementChange.class))
                .name("pacta-evaluate")
                .uid(UID);
    }

    /**
     * Evaluates a stream of {@code agreement/1} documents and a stream of events into a stream of changes.
     *
     * @param agreements the agreement documents
     * @param events events, tagged with their agreement id and timestamp
     * @param options the options
     * @return the changes; the late events are its side output {@link #LATE_EVENTS}
     */
    public static SingleOutputStreamOperator<AgreementChange> evaluateDocuments(
            DataStream<String> agreements, DataStream<TaggedEvent> events, PactaFlinkOptions options) {
        DataStream<AgreementRecord> records = agreements
                .map(AgreementRecord::parse, TypeInformation.of(AgreementRecord.class))
                .name("pacta-read-agreements");
        return evaluate(records, events, options);
    }

    /**
     * The watermarks of the event stream: bounded out-of-orderness, timestamps from {@link TaggedEvent#timestamp()}.
     *
     * @param options the options
     * @return the strategy
     */
    public static WatermarkStrategy<TaggedEvent> eventWatermarks(PactaFlinkOptions options) {
        Duration bound = options.outOfOrderness();
        return WatermarkStrategy.<TaggedEvent>forBoundedOutOfOrderness(bound)
                .withTimestampAssigner((e, previous) -> e.timestamp());
    }

    /** Watermarks at the end of time: the agreements' input never holds back the events' event time. */
    private static final class EndOfTime<T> implements WatermarkGenerator<T> {
        @Override
        public void onEvent(T event, long timestamp, WatermarkOutput output) {}

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            output.emitWatermark(new Watermark(Long.MAX_VALUE));
        }
    }
}
