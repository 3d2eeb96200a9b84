package dev.pacta.testing.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.PaymentReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimelineGenProperties {
    static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    /**
     * The example of a template invariant: no timeline makes the studio owe more than the 55 % penalty cap
     * (of EUR 6,000) for a late site, however late and whatever else happens, as of the generator's date or a year
     * later. The property also counts the timelines that reach the cap, so that it cannot pass by never getting there.
     */
    @Test
    void noTimelineMakesTheStudioOweMoreThanThe55PercentPenaltyCap() {
        BigDecimal cap = StudioAgreement.PENALTY_BASE
                .amount()
                .multiply(StudioAgreement.PENALTY_CAP_PERCENT)
                .movePointLeft(2);
        AtomicInteger penalised = new AtomicInteger();
        AtomicInteger capped = new AtomicInteger();
        TimelineGen timelines = PactaGen.timelinesFor(StudioAgreement.AGREEMENT)
                .withLateness(1, 40)
                .withLatePercent(50);

        PactaGen.qt().forAll(timelines.samples()).checkAssert(sample -> {
            ComplianceReport yearLater = ENGINE.evaluate(
                    sample.agreement(), sample.timeline(), sample.asOf().plusYears(1));
            for (ComplianceReport report : List.of(sample.report(), yearLater)) {
                BigDecimal penalty = report.instances().stream()
                        .flatMap(i -> i.payment().flatMap(PaymentReport::penalty).stream())
                        .map(Money::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(penalty).as("%s", sample).isLessThanOrEqualTo(cap);
            }
            yearLater
                    .instance("build-site#1")
                    .flatMap(i -> i.payment())
                    .flatMap(PaymentReport::penalty)
                    .ifPresent(p -> {
                        penalised.incrementAndGet();
                        if (p.amount().compareTo(cap) == 0) {
                            capped.incrementAndGet();
                        }
                    });
        });

        assertThat(penalised.get())
                .as("timelines with a penalty, of %d", PactaGen.DEFAULT_EXAMPLES)
                .isGreaterThanOrEqualTo(10);
        assertThat(capped.get()).as("timelines that reach the cap").isGreaterThanOrEqualTo(3);
    }

    /**
     * A property that does not hold shrinks to a short, simple counterexample: everything on time and paid in full
     * except the one late act that breaks it. The report of the failure shows the timeline one event per line, with
     * the choice behind each event.
     */
    @Test
    void aFalseProperty_shrinksToAShortTimeline() {
        Throwable failure = catchThrowable(() -> PactaGen.qt(42)
                .withShrinkCycles(400)
                .forAll(PactaGen.timelinesFor(StudioAgreement.AGREEMENT)
                        .withEvents(0, 30)
                        .samples())
                .checkAssert(sample -> assertThat(sample.report().instances())
                        .noneMatch(i -> i.state() == InstanceState.FULFILLED_LATE)));

        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("Smallest found falsifying value");
        String message = failure.getMessage();
        String smallest = message.substring(message.indexOf("Smallest"), message.indexOf("Cause was"));
        List<String> events =
                smallest.lines().filter(l -> l.matches("\\s+e\\d+ .*")).toList();
        // Everything on time and paid in full but the one late act; nothing else but what leads up to it.
        assertThat(events).as(smallest).hasSizeLessThanOrEqualTo(8);
        assertThat(events.stream().filter(l -> l.endsWith("[LATE]")))
                .as(smallest)
                .hasSize(1);
        assertThat(events)
                .as(smallest)
                .allMatch(l -> l.endsWith("[LATE]")
                        || l.endsWith("[ON_TIME]")
                        || l.endsWith("[FULL_PAYMENT]")
                        || l.endsWith("[TRIGGER]"));
    }

    @Test
    void qt_isSeededByTheCallingTest_soEveryRunGeneratesTheSameTimelines() {
        TimelineGen gen = PactaGen.timelinesFor(StudioAgreement.AGREEMENT).withEvents(1, 8);
        List<Timeline> first = new ArrayList<>();
        List<Timeline> second = new ArrayList<>();

        PactaGen.qt().withExamples(10).forAll(gen).checkAssert(first::add);
        PactaGen.qt().withExamples(10).forAll(gen).checkAssert(second::add);

        assertThat(second).isEqualTo(first);
        assertThat(first)
                .isEqualTo(PactaGen.sample(
                        gen,
                        PactaGen.seedOf(
                                "TimelineGenProperties#qt_isSeededByTheCallingTest_soEveryRunGeneratesTheSameTimelines"),
                        10));
    }
}
