package dev.pacta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.testing.gen.PactaGen;
import dev.pacta.testing.gen.TimelineSample;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The two properties of {@link WebDevelopmentTemplateTest} are not vacuous: the very examples they check (same
 * generator, same seed, same count, through {@link PactaGen#sample}) reach the cases the properties are about — a
 * client who owes a lot, a late fee charged, a launch that slips, by the client's fault and by the studio's. Each floor
 * is about half the share seen.
 */
class WebDevelopmentPropertiesCoverageTest {
    static final PartyId CLIENT = PartyId.of("client");

    static final PartyId STUDIO = PartyId.of("studio");

    @Test
    void theOwedCapProperty_meetsLargeDebtsAndTheLateFee() {
        List<TimelineSample> samples = PactaGen.sample(
                PactaGen.timelinesFor(WebDevelopmentTemplateTest.WEB).samples(),
                PactaGen.seedOf("WebDevelopmentTemplateTest#theClientNeverOwesMoreThanThePriceAndTheLateFee"),
                PactaGen.DEFAULT_EXAMPLES);

        assertThat(percent(samples, s -> owed(s).compareTo(new BigDecimal("4800.00")) >= 0))
                .as("client owes at least the deposit")
                .isGreaterThanOrEqualTo(8);
        assertThat(percent(
                        samples,
                        s -> s.report().instances().stream()
                                .anyMatch(i ->
                                        i.payment().flatMap(p -> p.lateFee()).isPresent())))
                .as("the balance's late fee is charged")
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void theAttributionProperty_meetsLaunchesLateByEachParty() {
        List<TimelineSample> samples = PactaGen.sample(
                PactaGen.timelinesFor(WebDevelopmentTemplateTest.WEB)
                        .withLateness(1, 30)
                        .samples(),
                PactaGen.seedOf("WebDevelopmentTemplateTest#theLaunchSlipsOnlyByDaysAttributedToSomeone"),
                PactaGen.DEFAULT_EXAMPLES);

        assertThat(percent(samples, s -> launch(s).daysLate().orElse(0L) > 0))
                .as("the launch is late")
                .isGreaterThanOrEqualTo(20);
        assertThat(percent(samples, s -> launch(s).attribution().getOrDefault(CLIENT, 0L) > 0))
                .as("days of the launch's delay are the client's")
                .isGreaterThanOrEqualTo(7);
        assertThat(percent(samples, s -> launch(s).attribution().getOrDefault(STUDIO, 0L) > 0))
                .as("days of the launch's delay are the studio's")
                .isGreaterThanOrEqualTo(15);
    }

    private static BigDecimal owed(TimelineSample s) {
        return s.report().owedBy(CLIENT).stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static MilestoneReport launch(TimelineSample s) {
        return s.report().milestones().stream()
                .filter(m -> m.id().value().equals("launch"))
                .findFirst()
                .orElseThrow();
    }

    private static long percent(List<TimelineSample> samples, Predicate<TimelineSample> test) {
        return 100 * samples.stream().filter(test).count() / samples.size();
    }
}
