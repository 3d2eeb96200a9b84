package dev.pacta.flink;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.json.PactaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.storage.JobManagerCheckpointStorage;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;

/**
 * The size of the evaluating operator's checkpoint for a portfolio: every agreement and event of a folder written by
 * the benchmarks' {@code PortfolioDocuments} (the S portfolio, BENCHMARKS.md "Issue 20") goes through one operator in
 * Flink's test harness, in event-time order with the watermark following, deadlines followed up to the end of time;
 * the operator is then snapshotted as a checkpoint would be, with Flink's default (heap) state backend, and the size
 * of its keyed state is printed in total and per agreement. One operator holds every key, so its snapshot is the
 * whole job's keyed state, at any parallelism. Not a test: run it by hand.
 *
 * <pre>
 * CheckpointSize FOLDER [UNTIL]   (UNTIL an instant, default 2027-06-30T00:00:00Z)
 * </pre>
 */
public final class CheckpointSize {
    private CheckpointSize() {}

    /**
     * Measures.
     *
     * @param args the folder of agreement documents and {@code events.jsonl}, and optionally the end of time
     * @throws Exception if reading or the operator fails
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Instant until = Instant.parse(args.length > 1 ? args[1] : "2027-06-30T00:00:00Z");
        Map<AgreementId, Agreement> agreements = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(PactaFiles.AGREEMENT_SUFFIX))
                    .sorted()
                    .toList()) {
                Agreement a = PactaJson.AGREEMENT.read(f);
                agreements.put(a.id(), a);
            }
        }
        List<TaggedEvent> events = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
            Timeline t = PactaJson.TIMELINE.read(line);
            Agreement a = agreements.get(t.agreement().orElseThrow());
            for (Event e : t.events()) {
                events.add(TaggedEvent.of(a, e));
            }
        }
        events.sort(Comparator.comparingLong(TaggedEvent::timestamp));

        var harness = new KeyedTwoInputStreamOperatorTestHarness<>(
                new KeyedCoProcessOperator<>(
                        new EvaluateFunction(PactaFlinkOptions.defaults().until(until))),
                AgreementRecord::agreement,
                TaggedEvent::agreement,
                Types.STRING);
        // In memory, as the harness keeps it, without the 5 MiB cap that guards a JobManager's memory.
        harness.setCheckpointStorage(new JobManagerCheckpointStorage(Integer.MAX_VALUE));
        harness.open();
        long documentBytes = 0;
        for (Agreement a : agreements.values()) {
            AgreementRecord record = AgreementRecord.of(a);
            documentBytes += record.document().length();
            harness.processElement1(new StreamRecord<>(record));
        }
        long changes = 0;
        long watermark = Long.MIN_VALUE;
        for (TaggedEvent e : events) {
            if (e.timestamp() - 1 > watermark) {
                watermark = e.timestamp() - 1;
                harness.processBothWatermarks(new Watermark(watermark));
                changes += drain(harness);
            }
            documentBytes += e.document().length();
            harness.processElement2(new StreamRecord<>(e, e.timestamp()));
        }
        harness.processBothWatermarks(new Watermark(until.toEpochMilli()));
        changes += drain(harness);

        OperatorSubtaskState snapshot = harness.snapshot(1L, until.toEpochMilli());
        long state = snapshot.getStateSize();
        harness.close();
        System.out.printf(
                "%d agreements, %d events, %d changes emitted up to %s%n"
                        + "checkpoint (keyed state, heap backend): %,d bytes, %,d bytes per agreement, %.0f bytes per"
                        + " event%n"
                        + "the documents it holds (agreement/1 and one timeline/1 per event): %,d bytes%n",
                agreements.size(),
                events.size(),
                changes,
                until,
                state,
                state / agreements.size(),
                (double) state / events.size(),
                documentBytes);
    }

    /** Empties the harness's output, so that a long run holds no more than one step's changes; returns how many. */
    private static long drain(KeyedTwoInputStreamOperatorTestHarness<?, ?, ?, ?> harness) {
        int n = harness.getOutput().size();
        harness.getOutput().clear();
        return n;
    }
}
