package dev.pacta.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's marketing agency (§6: "50 % deposit at the start"; the client never paid it) uses the right the unpaid
 * deposit gives it: it suspends its work until the deposit is paid (issue 19, section 1). The agreement is the
 * late-paying client's; the deposit was due Mon 12 January 2026 and breached on Tue 13 January.
 */
class AgencySuspendsWorkTest {
    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    /** The case's agreement; with {@code untilCured}, the right to suspend work lasts until the deposit is paid. */
    static Agreement agreement(boolean untilCured) {
        Agreement a = LatePayingClientCase.agreement();
        if (!untilCured) {
            return a;
        }
        Obligation deposit =
                a.obligation(dev.pacta.core.model.ObligationId.of("deposit")).orElseThrow();
        List<Remedy> remedies = deposit.remedies().stream()
                .map(r -> r.kind() == Remedy.Kind.RIGHT
                        ? Remedy.Right.builder()
                                .from((Remedy.Right) r)
                                .untilCured(true)
                                .build()
                        : r)
                .toList();
        List<Obligation> obligations = a.obligations().stream()
                .map(o -> o == deposit
                        ? Obligation.builder().from(o).remedies(remedies).build()
                        : o)
                .toList();
        return Agreement.builder().from(a).obligations(obligations).build();
    }

    static ComplianceReport evaluate(Agreement a, String asOf, Event... events) {
        return ENGINE.evaluate(a, Timeline.of(List.of(events)), LocalDate.parse(asOf));
    }

    static Event depositPaid(String date) {
        return Event.builder()
                .from(Event.of("p1", LocalDate.parse(date), "payment", "client"))
                .amount(Money.of("6000.00", "EUR"))
                .ref("deposit#1")
                .build();
    }

    static final Event SUSPEND = Event.of("s1", LocalDate.of(2026, 1, 14), "suspension", "agency");

    @Test
    void agencySuspendsItsWork_campaignIsSuspendedNotBreached() {
        ComplianceReport r = evaluate(agreement(false), "2026-03-31", SUSPEND);
        InstanceReport campaign = r.instance("campaign#1").orElseThrow();
        // Due Fri 13 February; never delivered, but suspended under the agency's right: no breach.
        assertThat(campaign.state()).isEqualTo(InstanceState.SUSPENDED);
        assertThat(campaign.explanation())
                .endsWith("; suspended by agency under its right from deposit#1's breach (s1, Wed 2026-01-14)");
        assertThat(r.findings()).noneMatch(f -> f.code().equals("UNAUTHORISED_SUSPENSION"));
    }

    @Test
    void agencyResumesWhenTheDepositArrives_campaignDueLaterByTheSuspendedDays() {
        Event resume = Event.of("r1", LocalDate.of(2026, 1, 28), "resumption", "agency");
        ComplianceReport r = evaluate(
                agreement(false),
                "2026-03-31",
                SUSPEND,
                depositPaid("2026-01-27"),
                resume,
                Event.of("a2", LocalDate.of(2026, 2, 26), "campaign.delivered", "agency"));
        InstanceReport campaign = r.instance("campaign#1").orElseThrow();
        // Suspended Wed 14 to Wed 28 January: 14 days; due Fri 13 February, now Fri 27 February.
        assertThat(campaign.state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(campaign.dueDate()).contains(LocalDate.of(2026, 2, 27));
        assertThat(campaign.explanation())
                .contains("suspended by agency under its right from deposit#1's breach (s1, Wed 2026-01-14) and"
                        + " resumed (r1, Wed 2026-01-28): deadline moved 14 days to Fri 2026-02-27");
    }

    @Test
    void untilCured_theSuspensionEndsByItselfWhenTheDepositIsPaid() {
        ComplianceReport r = evaluate(
                agreement(true),
                "2026-03-31",
                SUSPEND,
                depositPaid("2026-01-27"),
                Event.of("a2", LocalDate.of(2026, 2, 26), "campaign.delivered", "agency"));
        InstanceReport campaign = r.instance("campaign#1").orElseThrow();
        // Suspended Wed 14 to Tue 27 January, when the deposit arrived: 13 days; due Thu 26 February.
        assertThat(campaign.state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(campaign.dueDate()).contains(LocalDate.of(2026, 2, 26));
        assertThat(campaign.explanation())
                .contains("suspended by agency under its right from deposit#1's breach (s1, Wed 2026-01-14) and"
                        + " resumed when the breach was cured (p1, Tue 2026-01-27): deadline moved 13 days to Thu"
                        + " 2026-02-26");
    }

    @Test
    void suspensionBeforeTheBreach_agencyHoldsNoRight_ignoredWithFinding() {
        // Before the deposit's breach the agency holds no right: its suspension is ignored, with a finding.
        Event early = Event.of("s0", LocalDate.of(2026, 1, 8), "suspension", "agency");
        ComplianceReport r = evaluate(agreement(false), "2026-03-31", early);
        assertThat(r.instance("campaign#1").orElseThrow().state()).isEqualTo(InstanceState.BREACHED);
        assertThat(r.findings())
                .anyMatch(f -> f.code().equals("UNAUTHORISED_SUSPENSION")
                        && f.message().contains("holds no right to suspend work"));
    }
}
