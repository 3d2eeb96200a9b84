package dev.pacta.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The evaluating operator in Flink's test harness: a deadline passes on a timer with no event, a new version of the
 * agreement moves the timer, late events are corrections or go to the side output, and state restores into a new
 * operator whose evaluation is rebuilt from the stored documents.
 */
class EvaluateFunctionTest {
    static final Agreement THREE_DAYS = Samples.agreement(3);
    static final TaggedEvent BRIEF =
            TaggedEvent.of(THREE_DAYS, Samples.event("e1", "2026-01-06", "brief.sent", "client"));

    static KeyedTwoInputStreamOperatorTestHarness<String, AgreementRecord, TaggedEvent, AgreementChange> harness(
            PactaFlinkOptions options, OperatorSubtaskState restored) throws Exception {
        var harness = new KeyedTwoInputStreamOperatorTestHarness<>(
                new KeyedCoProcessOperator<>(new EvaluateFunction(options)),
                AgreementRecord::agreement,
                TaggedEvent::agreement,
                Types.STRING);
        if (restored != null) {
            harness.initializeState(restored);
        }
        harness.open();
        return harness;
    }

    /** The harness with the agreement of three days and its brief, sent on 6 January, evaluated. */
    static KeyedTwoInputStreamOperatorTestHarness<String, AgreementRecord, TaggedEvent, AgreementChange> briefed(
            PactaFlinkOptions options) throws Exception {
        var h = harness(options, null);
        h.processElement1(new StreamRecord<>(AgreementRecord.of(THREE_DAYS)));
        h.processElement2(new StreamRecord<>(BRIEF, BRIEF.timestamp()));
        watermark(h, "2026-01-06T12:00:00Z");
        return h;
    }

    static void watermark(KeyedTwoInputStreamOperatorTestHarness<?, ?, ?, ?> h, String instant) throws Exception {
        h.processBothWatermarks(new Watermark(Instant.parse(instant).toEpochMilli()));
    }

    static String transitions(KeyedTwoInputStreamOperatorTestHarness<?, ?, ?, AgreementChange> h) {
        return String.join(
                "\n",
                h.extractOutputValues().stream()
                        .map(c -> c.instance() + " " + c.from() + "->" + c.to() + " @" + c.instant()
                                + (c.correction() ? " correction" : ""))
                        .toList());
    }

    @Test
    void deadline_passesWithNoEvent_emitsItsChangeFromATimer() throws Exception {
        var h = briefed(PactaFlinkOptions.defaults());
        assertThat(transitions(h)).isEqualTo("""
                        deliver#1 null->NOT_TRIGGERED @2026-01-05T00:00:00Z
                        deliver#1 NOT_TRIGGERED->UPCOMING @2026-01-06T00:00:00Z""");
        assertThat(h.numEventTimeTimers()).as("one timer, at the deadline").isEqualTo(1);

        watermark(h, "2026-01-09T23:59:59Z");
        assertThat(h.extractOutputValues()).hasSize(2);
        watermark(h, "2026-01-20T00:00:00Z");
        List<AgreementChange> out = h.extractOutputValues();
        assertThat(out).hasSize(3);
        AgreementChange breach = out.get(2);
        assertThat(breach.from()).isEqualTo("UPCOMING");
        assertThat(breach.to()).isEqualTo("BREACHED");
        assertThat(breach.instant()).isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
        assertThat(breach.correction()).isFalse();
        assertThat(breach.key()).isEqualTo("web-2026/deliver#1@2026-01-10T00:00:00Z#0");
        assertThat(breach.explanation()).contains("breached on Sat 2026-01-10");
        assertThat(h.numEventTimeTimers()).as("nothing left to happen").isZero();
    }

    @Test
    void newVersionOfTheAgreement_movesTheDeadlineTimer() throws Exception {
        var h = briefed(PactaFlinkOptions.defaults());
        h.processElement1(new StreamRecord<>(AgreementRecord.of(Samples.agreement(10))));
        List<AgreementChange> out = h.extractOutputValues();
        assertThat(out).hasSize(3);
        AgreementChange moved = out.get(2);
        assertThat(moved.from()).isEqualTo("UPCOMING");
        assertThat(moved.to()).isEqualTo("UPCOMING");
        assertThat(moved.correction()).isTrue();
        assertThat(moved.explanation()).contains("due Fri 2026-01-16");
        assertThat(h.numEventTimeTimers())
                .as("the old deadline's timer is gone")
                .isEqualTo(1);

        watermark(h, "2026-01-12T00:00:00Z");
        assertThat(h.extractOutputValues()).as("no breach at the old deadline").hasSize(3);
        watermark(h, "2026-01-31T00:00:00Z");
        assertThat(transitions(h)).endsWith("deliver#1 UPCOMING->BREACHED @2026-01-17T00:00:00Z");
    }

    @Test
    void sameVersionAgain_changesNothing() throws Exception {
        var h = briefed(PactaFlinkOptions.defaults());
        h.processElement1(new StreamRecord<>(AgreementRecord.of(THREE_DAYS)));
        assertThat(h.extractOutputValues()).hasSize(2);
        assertThat(h.numEventTimeTimers()).isEqualTo(1);
    }

    @Test
    void lateEvent_withinAllowedLateness_isAppliedAsACorrection() throws Exception {
        var h = briefed(PactaFlinkOptions.defaults().allowedLateness(Duration.ofDays(30)));
        watermark(h, "2026-01-20T00:00:00Z");
        TaggedEvent delivered =
                TaggedEvent.of(THREE_DAYS, Samples.event("e2", "2026-01-08", "site.delivered", "studio"));
        h.processElement2(new StreamRecord<>(delivered, delivered.timestamp()));
        assertThat(transitions(h)).endsWith("""
                        deliver#1 UPCOMING->BREACHED @2026-01-10T00:00:00Z
                        deliver#1 BREACHED->FULFILLED @2026-01-10T00:00:00Z correction""");
        AgreementChange correction = h.extractOutputValues().get(3);
        assertThat(correction.sequence())
                .as("the second change of the instance at that instant")
                .isEqualTo(1);
        assertThat(h.getSideOutput(PactaFlink.LATE_EVENTS)).isNullOrEmpty();
    }

    @Test
    void lateEvent_beyondAllowedLateness_goesToTheSideOutput() throws Exception {
        var h = briefed(PactaFlinkOptions.defaults().allowedLateness(Duration.ofDays(1)));
        watermark(h, "2026-01-20T00:00:00Z");
        TaggedEvent delivered =
                TaggedEvent.of(THREE_DAYS, Samples.event("e2", "2026-01-08", "site.delivered", "studio"));
        h.processElement2(new StreamRecord<>(delivered, delivered.timestamp()));
        assertThat(h.extractOutputValues()).hasSize(3);
        assertThat(h.getSideOutput(PactaFlink.LATE_EVENTS))
                .extracting(StreamRecord::getValue)
                .containsExactly(delivered);
    }

    @Test
    void eventsBeforeTheirAgreement_waitForIt() throws Exception {
        var h = harness(PactaFlinkOptions.defaults(), null);
        h.processElement2(new StreamRecord<>(BRIEF, BRIEF.timestamp()));
        watermark(h, "2026-01-20T00:00:00Z");
        assertThat(h.extractOutputValues()).isEmpty();
        h.processElement1(new StreamRecord<>(AgreementRecord.of(THREE_DAYS)));
        assertThat(transitions(h))
                .as("the same changes as if the agreement had come first")
                .isEqualTo("""
                        deliver#1 null->NOT_TRIGGERED @2026-01-05T00:00:00Z
                        deliver#1 NOT_TRIGGERED->UPCOMING @2026-01-06T00:00:00Z
                        deliver#1 UPCOMING->BREACHED @2026-01-10T00:00:00Z""");
    }

    @Test
    void restoredState_rebuildsTheEvaluationAndFiresTheDeadline() throws Exception {
        var h = briefed(PactaFlinkOptions.defaults());
        OperatorSubtaskState snapshot = h.snapshot(1L, 1L);
        h.close();

        var restored = harness(PactaFlinkOptions.defaults(), snapshot);
        assertThat(restored.numEventTimeTimers()).isEqualTo(1);
        watermark(restored, "2026-01-20T00:00:00Z");
        assertThat(transitions(restored))
                .as("only the breach: the rebuilt evaluation's baseline is what was emitted before")
                .isEqualTo("deliver#1 UPCOMING->BREACHED @2026-01-10T00:00:00Z");
    }

    @Test
    void recordTypes_areFlinkPojos_notKryo() {
        assertThat(TypeInformation.of(AgreementChange.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(TypeInformation.of(TaggedEvent.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(TypeInformation.of(AgreementRecord.class)).isInstanceOf(PojoTypeInfo.class);
    }
}
