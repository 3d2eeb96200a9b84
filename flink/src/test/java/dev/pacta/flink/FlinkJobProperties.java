package dev.pacta.flink;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.gen.AgreementWithTimeline;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job on a MiniCluster at parallelism 2 against one JVM: for random portfolios, with events arriving out of order
 * within the watermarks' bound, the changes per agreement, deduplicated by key, are those a single {@link
 * dev.pacta.core.engine.Evaluation} emits ({@link Reference}), and the last state of each instance is its state in a
 * full evaluation as of the end of time.
 */
class FlinkJobProperties {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    @Test
    @Timeout(240)
    void job_emitsWhatOneJvmEmits_andEndsInTheFullEvaluationsStates() {
        // Twelve examples, a job each (about 1.5 s): the floors are the five-sigma floors of the shares seen
        // (-Dpacta.stats=true).
        Coverage coverage = Coverage.forCaller()
                .atLeast("a deadline passed with no event", 0.5)
                .atLeast("events out of order on arrival", 0.08);
        qt(12).forAll(Portfolio.portfolios(2, 4)).checkAssert(p -> {
            Jobs.Output out;
            try {
                out = Jobs.run(p);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(out.late()).as("no event is behind the watermark").isEmpty();
            Map<String, List<AgreementChange>> byAgreement = out.byKey().values().stream()
                    .collect(
                            Collectors.groupingBy(AgreementChange::agreement, LinkedHashMap::new, Collectors.toList()));
            boolean timerOnly = false;
            for (AgreementWithTimeline c : p.cases()) {
                String id = c.agreement().id().value();
                List<AgreementChange> expected = Reference.changes(c.agreement(), c.timeline(), p.until());
                List<AgreementChange> actual = sorted(byAgreement.getOrDefault(id, List.of()));
                assertThat(actual).as("changes of %s", id).isEqualTo(sorted(expected));

                ComplianceReport full = Reference.ENGINE.evaluate(c.agreement(), c.timeline(), p.until());
                assertThat(lastStates(actual))
                        .as("last states of %s", id)
                        .isEqualTo(full.instances().stream()
                                .collect(Collectors.toMap(
                                        r -> r.id().toString(), r -> r.state().name())));
                Set<Long> eventTimes = p.arrival().stream()
                        .filter(e -> e.agreement().equals(id))
                        .map(TaggedEvent::timestamp)
                        .collect(Collectors.toSet());
                timerOnly |= actual.stream()
                        .anyMatch(ch -> "BREACHED".equals(ch.to())
                                && !eventTimes.contains(ch.instant().toEpochMilli()));
            }
            coverage.count("a deadline passed with no event", timerOnly);
            coverage.count("events out of order on arrival", outOfOrder(p.arrival()));
        });
        coverage.check();
    }

    /**
     * Checkpointing on, an operator fails once a third of the way through the events, the job restarts from the last checkpoint
     * and the sink receives some changes twice: deduplicated by key, the output equals that of the run without the
     * failure, and a key never names two different changes.
     */
    @Test
    @Timeout(240)
    void failureAndRecovery_deduplicatedOutputEqualsTheRunWithoutFailure() {
        // Whether the sink receives a change twice depends on timing (what was emitted between the checkpoint and the
        // failure): counted, with no floor. The failure itself, after a completed checkpoint, is asserted.
        Coverage coverage = Coverage.forCaller();
        // At least 20 events, 50 ms each until a checkpoint completes: time for one before the failure.
        qt(3).forAll(Portfolio.portfolios(4, 6))
                .assuming(p -> p.arrival().size() >= 20)
                .checkAssert(p -> {
                    Jobs.Output clean;
                    Jobs.Output failed;
                    try {
                        clean = Jobs.run(p);
                        failed = Jobs.runFailingOnce(p, p.arrival().size() / 3);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    assertThat(Jobs.FailOnce.FAILED)
                            .as("the operator failed once")
                            .isTrue();
                    assertThat(failed.late()).isEmpty();
                    List<AgreementChange> recovered =
                            sorted(List.copyOf(failed.byKey().values()));
                    List<AgreementChange> expected =
                            sorted(List.copyOf(clean.byKey().values()));
                    assertThat(recovered)
                            .as("missing %s; extra %s", minus(expected, recovered), minus(recovered, expected))
                            .isEqualTo(expected);
                    coverage.count(
                            "a replayed change received twice",
                            failed.changes().size() > failed.byKey().size());
                });
        coverage.check();
    }

    /**
     * A savepoint taken mid-stream (stop with savepoint) and restored into a fresh job: the two jobs' output together,
     * deduplicated by key, equals the output of one run, and the restored job rebuilt its evaluations from the
     * savepoint's documents.
     */
    @Test
    @Timeout(240)
    void savepointMidStream_restoredIntoAFreshJob_givesTheSameOutput(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        qt(2).forAll(Portfolio.portfolios(4, 6))
                .assuming(p -> p.arrival().size() >= 20)
                .checkAssert(p -> {
                    Jobs.Output clean;
                    Jobs.Output restored;
                    try {
                        clean = Jobs.run(p);
                        restored = Jobs.runStoppedAndRestored(
                                p, p.arrival().size() / 2, java.nio.file.Files.createTempDirectory(dir, "savepoints"));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    assertThat(restored.late()).isEmpty();
                    List<AgreementChange> both =
                            sorted(List.copyOf(restored.byKey().values()));
                    List<AgreementChange> expected =
                            sorted(List.copyOf(clean.byKey().values()));
                    assertThat(both)
                            .as("missing %s; extra %s", minus(expected, both), minus(both, expected))
                            .isEqualTo(expected);
                });
    }

    static List<AgreementChange> minus(List<AgreementChange> a, List<AgreementChange> b) {
        List<AgreementChange> rest = new java.util.ArrayList<>(a);
        rest.removeAll(b);
        return rest;
    }

    static List<AgreementChange> sorted(List<AgreementChange> changes) {
        return changes.stream()
                .sorted(Comparator.comparing(AgreementChange::instant)
                        .thenComparing(AgreementChange::agreement)
                        .thenComparing(AgreementChange::instance)
                        .thenComparingInt(AgreementChange::sequence))
                .toList();
    }

    static Map<String, String> lastStates(List<AgreementChange> sorted) {
        Map<String, String> states = new LinkedHashMap<>();
        for (AgreementChange c : sorted) {
            if (c.to() == null) {
                states.remove(c.instance());
            } else {
                states.put(c.instance(), c.to());
            }
        }
        return states;
    }

    static boolean outOfOrder(List<TaggedEvent> arrival) {
        for (int i = 1; i < arrival.size(); i++) {
            if (arrival.get(i).timestamp() < arrival.get(i - 1).timestamp()) {
                return true;
            }
        }
        return false;
    }

    static String describe(InstanceReport r) {
        return r.id() + " " + r.state();
    }
}
