package dev.pacta.core.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.Identifier;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The generators build valid values and reach the interesting cases often enough. */
class ModelArbitrariesProperties {

    @Provide
    Arbitrary<Agreement> agreements() {
        return ModelArbitraries.agreements();
    }

    @Provide
    Arbitrary<AgreementAndSample> samples() {
        return ModelArbitraries.agreements()
                .flatMap(a -> ModelArbitraries.timelineSamples(a).map(s -> new AgreementAndSample(a, s)));
    }

    record AgreementAndSample(Agreement agreement, TimelineSample sample) {}

    @Property(tries = 500)
    void agreements_rebuildEqualAndSpreadOverKinds(@ForAll("agreements") Agreement agreement) {
        // Generation already ran every check; rebuilding from the parts must run them again and give an equal value.
        assertThat(Agreement.builder().from(agreement).build()).isEqualTo(agreement);

        for (Obligation o : agreement.obligations()) {
            Statistics.label("trigger kind").collect(o.trigger().kind());
            Statistics.label("deadline")
                    .collect(
                            o.deadline().kind() == DeadlineRule.Kind.OFFSET
                                    ? o.deadline().offset().orElseThrow().unit().name()
                                    : o.deadline().kind().name());
            Statistics.label("modality").collect(o.modality());
        }
        Statistics.label("zone").collect(agreement.zone().getId());
        Statistics.label("obligations").collect(agreement.obligations().size() <= 3 ? "1-3" : "4+");
        Statistics.label("milestones").collect(agreement.milestones().size());
        boolean schedule = agreement.obligations().stream()
                .anyMatch(o -> o.percentOfValue().isPresent());
        Statistics.label("payment schedule").collect(schedule);
        boolean breachRemedy = agreement.obligations().stream()
                .flatMap(o -> o.remedies().stream())
                .anyMatch(r -> r.obligation().isPresent());
        Statistics.label("obligation remedy").collect(breachRemedy);

        Statistics.label("trigger kind").coverage(c -> {
            for (Trigger.Kind kind : Trigger.Kind.values()) {
                c.check(kind).percentage(p -> p > 5);
            }
        });
        Statistics.label("deadline").coverage(c -> {
            for (Span.Unit unit : Span.Unit.values()) {
                c.check(unit.name()).percentage(p -> p > 5);
            }
            c.check("FIXED_DATE").percentage(p -> p > 3);
            c.check("OPEN").percentage(p -> p > 3);
        });
        Statistics.label("payment schedule").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("obligation remedy").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("zone").coverage(c -> {
            for (String zone : ModelArbitraries.ZONES) {
                c.check(zone).percentage(p -> p > 10);
            }
        });
    }

    @Property(tries = 400)
    void timelines_buildReferToTheAgreementAndSpreadOverIntents(@ForAll("samples") AgreementAndSample generated) {
        Agreement agreement = generated.agreement();
        TimelineSample sample = generated.sample();
        Set<PartyId> parties = agreement.parties().stream().map(Party::id).collect(Collectors.toSet());
        Set<String> obligations =
                agreement.obligations().stream().map(o -> o.id().value()).collect(Collectors.toSet());
        Set<String> events =
                sample.timeline().events().stream().map(e -> e.id().value()).collect(Collectors.toSet());

        assertThat(sample.intents().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        sample.timeline().events().stream().map(Event::id).toList());
        Event previous = null;
        for (Event e : sample.timeline().events()) {
            assertThat(parties).contains(e.actor());
            e.ref()
                    .ifPresent(ref -> assertThat(
                                    events.contains(ref) || obligations.contains(ref.replaceFirst("#[1-9][0-9]*$", "")))
                            .as("ref %s names an event or an obligation (instance)", ref)
                            .isTrue());
            e.amount().ifPresent(m -> assertThat(m.amount().signum()).isPositive());
            if (previous != null) {
                // Listed in time order.
                assertThat(previous.at().toInstant(agreement.zone()))
                        .isBeforeOrEqualTo(e.at().toInstant(agreement.zone()));
            }
            previous = e;
            e.control().ifPresent(c -> Statistics.label("control kind").collect(c));
            Statistics.label("time form").collect(e.at().date().isPresent() ? "date" : "timestamp");
        }
        sample.intents().values().stream().flatMap(List::stream).forEach(intent -> {
            Statistics.label("intent").collect(intent);
            String timing = timing(intent);
            if (timing != null) {
                Statistics.label("timing").collect(timing);
            }
        });

        Statistics.label("control kind").coverage(c -> {
            for (var kind : dev.pacta.core.model.ControlKind.values()) {
                c.check(kind).percentage(p -> p > 2);
            }
        });
        Statistics.label("timing").coverage(c -> {
            c.check("on time").percentage(p -> p > 30);
            c.check("late").percentage(p -> p > 25);
            c.check("before in force").percentage(p -> p > 1);
        });
        Statistics.label("intent").coverage(c -> {
            for (String intent : List.of(
                    "control.waiver.by-beneficiary",
                    "control.waiver.by-obligor",
                    "control.extension.until.by-beneficiary",
                    "control.extension.by.by-beneficiary",
                    "control.suspension.never-resumed",
                    "payment.partial",
                    "payment.over",
                    "payment.wrong-currency",
                    "fulfil.wrong-party",
                    "fulfil.just-late",
                    "tie.ref-listed-first",
                    "forbidden.act")) {
                c.check(intent).count(n -> n > 0);
            }
        });
        Statistics.label("time form").coverage(c -> c.check("timestamp").percentage(p -> p > 10));
    }

    private static String timing(String intent) {
        return switch (intent) {
            case "fulfil.early", "fulfil.on-due-date", "fulfil.end-of-due-date", "fulfil.at-cut-off" -> "on time";
            case "fulfil.just-late", "fulfil.late" -> "late";
            case "fulfil.before-in-force" -> "before in force";
            default -> null; // not timed against a known deadline (chained, open-ended, forbidden act, tags)
        };
    }

    @Property(tries = 300)
    void partGenerators_buildValidParts(
            @ForAll("ids") String id,
            @ForAll("triggers") Trigger trigger,
            @ForAll("deadlines") DeadlineRule deadline,
            @ForAll("obligations") Obligation obligation,
            @ForAll("milestones") Milestone milestone,
            @ForAll("parties") List<Party> parties,
            @ForAll("spans") Span span,
            @ForAll("money") Money money,
            @ForAll("recurrences") Recurrence recurrence) {
        assertThat(Identifier.isValid(id)).isTrue();
        assertThat(parties).hasSizeBetween(2, 3);
        assertThat(parties.stream().map(Party::id).distinct()).hasSameSizeAs(parties);
        assertThat(span.amount()).isBetween(0L, 10L);
        assertThat(money.amount().scale()).isEqualTo(money.currency().getDefaultFractionDigits());
        assertThat(recurrence.interval()).isPositive();
        // A standalone obligation and its parts fit in a small agreement with the ids they refer to.
        Agreement.builder()
                .id(dev.pacta.core.model.AgreementId.of("a"))
                .title("t")
                .addParties(Party.of("client", "Client", dev.pacta.core.model.Role.CLIENT))
                .addParties(Party.of("studio", "Studio", dev.pacta.core.model.Role.PROVIDER))
                .zone(java.time.ZoneId.of("UTC"))
                .effectiveDate(java.time.LocalDate.of(2026, 3, 2))
                .value(Money.of("100", money.currency().getCurrencyCode()))
                .addObligations(Obligation.builder()
                        .from(obligation)
                        .amount(
                                obligation.amount().isPresent()
                                        ? java.util.Optional.of(
                                                Money.of("10", money.currency().getCurrencyCode()))
                                        : java.util.Optional.empty())
                        .remedies(List.of())
                        .trigger(trigger)
                        .deadline(deadline)
                        .build())
                .addObligations(Obligation.builder()
                        .id(ObligationId.of("other"))
                        .title("Other")
                        .category(dev.pacta.core.model.Category.OTHER)
                        .obligor(PartyId.of("studio"))
                        .beneficiary(PartyId.of("client"))
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.ofCalendarDays(1))
                        .addFulfilledBy("task.done")
                        .build())
                .addMilestones(milestone)
                .addMilestones(Milestone.builder()
                        .id(dev.pacta.core.model.MilestoneId.of("kickoff"))
                        .title("Kickoff")
                        .target(java.time.LocalDate.of(2026, 3, 2))
                        .build())
                .addMilestones(Milestone.builder()
                        .id(dev.pacta.core.model.MilestoneId.of("launch"))
                        .title("Launch")
                        .target(java.time.LocalDate.of(2026, 3, 2))
                        .build())
                .build();
        Statistics.label("trigger").collect(trigger.kind());
        Statistics.label("trigger").coverage(c -> {
            for (Trigger.Kind kind : Trigger.Kind.values()) {
                c.check(kind).percentage(p -> p > 5);
            }
        });
    }

    @Provide
    Arbitrary<String> ids() {
        return ModelArbitraries.ids();
    }

    @Provide
    Arbitrary<Trigger> triggers() {
        return ModelArbitraries.triggers();
    }

    @Provide
    Arbitrary<DeadlineRule> deadlines() {
        return ModelArbitraries.deadlineRules();
    }

    @Provide
    Arbitrary<Obligation> obligations() {
        return ModelArbitraries.obligations();
    }

    @Provide
    Arbitrary<Milestone> milestones() {
        return ModelArbitraries.milestones();
    }

    @Provide
    Arbitrary<List<Party>> parties() {
        return ModelArbitraries.parties();
    }

    @Provide
    Arbitrary<Span> spans() {
        return ModelArbitraries.spans();
    }

    @Provide
    Arbitrary<Money> money() {
        return ModelArbitraries.money();
    }

    @Provide
    Arbitrary<Recurrence> recurrences() {
        return ModelArbitraries.recurrences(java.time.LocalDate.of(2026, 3, 2));
    }
}
