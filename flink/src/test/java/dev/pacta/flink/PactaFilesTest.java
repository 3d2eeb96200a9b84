package dev.pacta.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.json.PactaJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The file sources on the sample agreements ({@code examples/samples}) and their events as JSON lines
 * ({@code flink/samples/events.jsonl}): every agreement is read, no event is late, and each agreement ends in the
 * states of a full evaluation as of the end of time.
 */
class PactaFilesTest {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    static final Path SAMPLES = Path.of("..", "examples", "samples");
    static final Path EVENTS = Path.of("samples", "events.jsonl");
    static final Instant UNTIL = Instant.parse("2026-12-31T00:00:00Z");

    @Test
    @Timeout(120)
    void samples_endInTheStatesOfAFullEvaluation() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        PactaFlinkOptions options = PactaFlinkOptions.defaults()
                .outOfOrderness(java.time.Duration.ofDays(1))
                .until(UNTIL);
        SingleOutputStreamOperator<AgreementChange> changes = PactaFlink.evaluate(
                PactaFiles.agreements(env, SAMPLES.toString()),
                PactaFiles.events(env, EVENTS.toString(), options),
                options);
        Jobs.Collect<AgreementChange> sink = Jobs.newSink();
        changes.sinkTo(sink);
        changes.getSideOutput(PactaFlink.LATE_EVENTS).sinkTo(new Jobs.Collect<>(sink.run));
        env.execute("pacta-files");
        Jobs.Output out = Jobs.output(sink.run);

        assertThat(out.late()).isEmpty();
        Map<String, List<AgreementChange>> byAgreement =
                out.byKey().values().stream().collect(Collectors.groupingBy(AgreementChange::agreement));
        List<Path> files;
        try (Stream<Path> list = Files.list(SAMPLES)) {
            files = list.filter(f -> f.toString().endsWith(PactaFiles.AGREEMENT_SUFFIX))
                    .sorted()
                    .toList();
        }
        assertThat(byAgreement).hasSize(files.size());
        for (Path file : files) {
            Agreement a = PactaJson.AGREEMENT.read(file);
            Timeline timeline = PactaJson.TIMELINE.read(
                    Path.of(file.toString().replace(PactaFiles.AGREEMENT_SUFFIX, ".timeline.json")));
            ComplianceReport full = Reference.ENGINE.evaluate(a, timeline, UNTIL);
            List<AgreementChange> mine = FlinkJobProperties.sorted(byAgreement.get(a.id().value()));
            assertThat(FlinkJobProperties.lastStates(mine))
                    .as("last states of %s", a.id())
                    .isEqualTo(full.instances().stream()
                            .collect(Collectors.toMap(
                                    r -> r.id().toString(), r -> r.state().name())));
        }
    }
}
