package dev.pacta.core.gen;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.Identifier;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The generators build valid values and reach the interesting cases often enough. */
class ModelGenProperties {

    @Test
    void agreements_rebuildEqualAndSpreadOverKinds() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("payment schedule", 0.20)
                .atLeast("obligation remedy", 0.05)
                .atLeast("FIXED_DATE or OPEN", 0.05);
        for (Trigger.Kind kind : Trigger.Kind.values()) {
            coverage.atLeast("trigger kind", kind, 0.05);
        }
        for (Span.Unit unit : Span.Unit.values()) {
            coverage.atLeast("deadline unit", unit, 0.05);
        }
        for (String zone : ModelGen.ZONES) {
            // 9.5 %: at 500 examples a zone's 5-sigma floor is about 10 % (Asia/Kolkata's is 9.9 %).
            coverage.atLeast("zone", zone, 0.095);
        }
        coverage.atLeast("calendar", ModelGen.HOLIDAYS.value(), 0.20);
        qt(500).forAll(ModelGen.agreements()).checkAssert(agreement -> {
            // Generation already ran every check; rebuilding from the parts must run them again and give an equal
            // value.
            assertThat(Agreement.builder().from(agreement).build()).isEqualTo(agreement);

            for (Obligation o : agreement.obligations()) {
                coverage.collect("trigger kind", o.trigger().kind());
                if (o.deadline() instanceof DeadlineRule.Offset offset) {
                    coverage.collect("deadline unit", offset.offset().unit());
                }
                coverage.count("FIXED_DATE or OPEN", o.deadline().kind() != DeadlineRule.Kind.OFFSET);
            }
            coverage.collect("zone", agreement.zone().getId());
            coverage.collect("calendar", agreement.calendar().value());
            coverage.count(
                    "payment schedule",
                    agreement.obligations().stream()
                            .anyMatch(o -> o.percentOfValue().isPresent()));
            coverage.count(
                    "obligation remedy",
                    agreement.obligations().stream()
                            .flatMap(o -> o.remedies().stream())
                            .anyMatch(r -> r instanceof Remedy.RemedyObligation));
        });
        coverage.check();
    }

    @Test
    void timelines_buildReferToTheAgreementAndSpreadOverIntents() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("timing", "on time", 0.30)
                .atLeast("timing", "late", 0.25)
                .atLeast("timing", "before in force", 0.01)
                .atLeast("time form", "timestamp", 0.10);
        for (ControlKind kind : ControlKind.values()) {
            coverage.atLeast("control kind", kind, 0.018);
        }
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
            coverage.atLeast("intent", intent, 0.0005);
        }
        // 5-sigma floors below the shares seen at 400 examples (run with -Dpacta.stats=true to see them).
        coverage.atLeast(HardCases.Case.SAME_INSTANT.name(), 0.43)
                .atLeast(HardCases.Case.SAME_INSTANT_OUT_OF_ORDER.name(), 0.155)
                .atLeast(HardCases.Case.BUSINESS_DAYS_ACROSS_HOLIDAY.name(), 0.02)
                .atLeast(HardCases.Case.DST_DAY.name(), 0.055)
                .atLeast(HardCases.Case.PARTIAL_PAYMENT.name(), 0.04)
                .atLeast(HardCases.Case.OVERPAYMENT.name(), 0.02)
                .atLeast(HardCases.Case.AMENDMENT.name(), 0.205)
                .atLeast(HardCases.Case.SUSPENSION.name(), 0.225)
                .atLeast(HardCases.Case.MONTH_END_RECURRENCE.name(), 0.045);
        qt(400).forAll(ModelGen.agreementsWithTimelines()).checkAssert(generated -> {
            Agreement agreement = generated.agreement();
            Set<PartyId> parties = agreement.parties().stream().map(Party::id).collect(Collectors.toSet());
            Set<String> obligations =
                    agreement.obligations().stream().map(o -> o.id().value()).collect(Collectors.toSet());
            Set<String> events = generated.timeline().events().stream()
                    .map(e -> e.id().value())
                    .collect(Collectors.toSet());

            assertThat(generated.intents().keySet())
                    .containsExactlyInAnyOrderElementsOf(generated.timeline().events().stream()
                            .map(Event::id)
                            .toList());
            Event previous = null;
            for (Event e : generated.timeline().events()) {
                assertThat(parties).contains(e.actor());
                e.ref()
                        .ifPresent(ref -> assertThat(events.contains(ref)
                                        || obligations.contains(ref.replaceFirst("#[1-9][0-9]*$", "")))
                                .as("ref %s names an event or an obligation (instance)", ref)
                                .isTrue());
                e.amount().ifPresent(m -> assertThat(m.amount().signum()).isPositive());
                if (previous != null) {
                    // Listed in time order.
                    assertThat(previous.at().toInstant(agreement.zone()))
                            .isBeforeOrEqualTo(e.at().toInstant(agreement.zone()));
                }
                previous = e;
                e.control().ifPresent(c -> coverage.collect("control kind", c));
                coverage.collect("time form", e.at().date().isPresent() ? "date" : "timestamp");
            }
            generated.intents().values().stream().flatMap(List::stream).forEach(intent -> {
                coverage.collect("intent", intent);
                String timing = timing(intent);
                if (timing != null) {
                    coverage.collect("timing", timing);
                }
            });
            generated.hardCases().countIn(coverage);
        });
        coverage.check();
    }

    @Test
    void agreementsWithDependencies_addADutyWaitingOnAnotherPartysPrerequisite() {
        // 5-sigma floors below the shares seen at 1,000 examples (run with -Dpacta.stats=true to see them).
        Coverage coverage = Coverage.forCaller()
                .atLeast("dependency added", 0.40)
                .atLeast("prerequisite", "done", 0.68)
                .atLeast("prerequisite", "waived", 0.03)
                .atLeast("prerequisite", "never", 0.03)
                .atLeast("dependent duty done", 0.94)
                .atLeast("dependent duty recurring", 0.1);
        qt(1000).forAll(ModelGen.agreementsWithDependencies()).checkAssert(generated -> {
            Agreement agreement = generated.agreement();
            assertThat(Agreement.builder().from(agreement).build()).isEqualTo(agreement);
            assertThat(generated.intents().keySet())
                    .containsExactlyInAnyOrderElementsOf(generated.timeline().events().stream()
                            .map(Event::id)
                            .toList());
            List<Event> events = generated.timeline().events();
            for (int k = 1; k < events.size(); k++) {
                assertThat(events.get(k - 1).at().toInstant(agreement.zone()))
                        .isBeforeOrEqualTo(events.get(k).at().toInstant(agreement.zone()));
            }
            Optional<Obligation> duty = agreement.obligation(ObligationId.of("dep-duty"));
            coverage.count("dependency added", duty.isPresent());
            if (duty.isEmpty()) {
                return;
            }
            Obligation prerequisite =
                    agreement.obligation(ObligationId.of("dep-prerequisite")).orElseThrow();
            assertThat(duty.get().prerequisites()).containsExactly(prerequisite.id());
            assertThat(duty.get().obligor()).isNotEqualTo(prerequisite.obligor());
            Optional<Event> first =
                    events.stream().filter(e -> e.id().value().equals("dep-1")).findFirst();
            coverage.collect(
                    "prerequisite",
                    first.map(e -> e.kind().equals("dep.prerequisite.done") ? "done" : "waived")
                            .orElse("never"));
            coverage.count(
                    "dependent duty done",
                    events.stream().anyMatch(e -> e.id().value().equals("dep-2")));
            coverage.count("dependent duty recurring", duty.get().trigger().kind() == Trigger.Kind.RECURRING);
        });
        coverage.check();
    }

    private static String timing(String intent) {
        return switch (intent) {
            case "fulfil.early", "fulfil.on-due-date", "fulfil.end-of-due-date", "fulfil.at-cut-off" -> "on time";
            case "fulfil.just-late", "fulfil.late" -> "late";
            case "fulfil.before-in-force" -> "before in force";
            default -> null; // not timed against a known deadline (chained, open-ended, forbidden act, tags)
        };
    }

    /** One value of each part generator. */
    record Parts(
            String id,
            Trigger trigger,
            DeadlineRule deadline,
            Obligation obligation,
            Milestone milestone,
            List<Party> parties,
            Span span,
            Money money,
            Recurrence recurrence) {}

    static Gen<Parts> parts() {
        return in -> new Parts(
                ModelGen.ids().generate(in),
                ModelGen.triggers().generate(in),
                ModelGen.deadlineRules().generate(in),
                ModelGen.obligations().generate(in),
                ModelGen.milestones().generate(in),
                ModelGen.parties().generate(in),
                ModelGen.spans().generate(in),
                ModelGen.money().generate(in),
                ModelGen.recurrences(LocalDate.of(2026, 3, 2)).generate(in));
    }

    @Test
    void partGenerators_buildValidParts() {
        Coverage coverage = Coverage.forCaller();
        for (Trigger.Kind kind : Trigger.Kind.values()) {
            // 4 %: at 300 examples a kind's 5-sigma floor is about 4 % (ON_BREACH's is 4.0 %).
            coverage.atLeast("trigger", kind, 0.04);
        }
        qt(300).forAll(parts()).checkAssert(p -> {
            assertThat(Identifier.isValid(p.id())).isTrue();
            assertThat(p.parties()).hasSizeBetween(2, 3);
            assertThat(p.parties().stream().map(Party::id).distinct()).hasSameSizeAs(p.parties());
            assertThat(p.span().amount()).isBetween(0L, 10L);
            assertThat(p.money().amount().scale())
                    .isEqualTo(p.money().currency().getDefaultFractionDigits());
            assertThat(p.recurrence().interval()).isPositive();
            // A standalone obligation and its parts fit in a small agreement with the ids they refer to.
            String currency = p.money().currency().getCurrencyCode();
            Agreement.builder()
                    .id(AgreementId.of("a"))
                    .title("t")
                    .addParties(Party.of("client", "Client", Role.CLIENT))
                    .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                    .zone(ZoneId.of("UTC"))
                    .effectiveDate(LocalDate.of(2026, 3, 2))
                    .value(Money.of("100", currency))
                    .addObligations(Obligation.builder()
                            .from(p.obligation())
                            .amount(
                                    p.obligation().amount().isPresent()
                                            ? Optional.of(Money.of("10", currency))
                                            : Optional.empty())
                            .remedies(List.of())
                            .trigger(p.trigger())
                            .deadline(p.deadline())
                            .build())
                    .addObligations(Obligation.builder()
                            .id(ObligationId.of("other"))
                            .title("Other")
                            .category(Category.OTHER)
                            .obligor(PartyId.of("studio"))
                            .beneficiary(PartyId.of("client"))
                            .trigger(Trigger.onEffectiveDate())
                            .deadline(DeadlineRule.ofCalendarDays(1))
                            .addFulfilledBy("task.done")
                            .build())
                    .addMilestones(p.milestone())
                    .addMilestones(Milestone.builder()
                            .id(MilestoneId.of("kickoff"))
                            .title("Kickoff")
                            .target(LocalDate.of(2026, 3, 2))
                            .build())
                    .addMilestones(Milestone.builder()
                            .id(MilestoneId.of("launch"))
                            .title("Launch")
                            .target(LocalDate.of(2026, 3, 2))
                            .build())
                    .build();
            coverage.collect("trigger", p.trigger().kind());
        });
        coverage.check();
    }
}
