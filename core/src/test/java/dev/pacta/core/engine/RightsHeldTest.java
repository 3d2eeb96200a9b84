package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.codes;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.evaluate;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static dev.pacta.core.engine.ComplianceEngineTest.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which rights a party holds, and over what (chapter "Remedies" of the design): a breach grants its beneficiary the
 * rights its obligation names, and no other; a right to suspend work covers only its holder's own performance owed to
 * the party in breach, never a prohibition; a termination under a right names the oldest breach that grants it.
 */
class RightsHeldTest {
    static final PartyId BUYER = PartyId.of("buyer");
    static final PartyId SELLER = PartyId.of("seller");
    static final PartyId HOST = PartyId.of("host");

    static Obligation duty(String id, PartyId obligor, PartyId beneficiary, Trigger trigger, DeadlineRule deadline) {
        return Obligation.builder()
                .id(ObligationId.of(id))
                .title(id)
                .category(Category.OTHER)
                .obligor(obligor)
                .beneficiary(beneficiary)
                .trigger(trigger)
                .deadline(deadline)
                .addFulfilledBy(id + ".done")
                .build();
    }

    /** {@link RightsTest#sale}, with the payment's breach granting {@code rights} only and {@code more} obligations. */
    static Agreement sale(List<Remedy> rights, Obligation... more) {
        Agreement sale = RightsTest.sale(false);
        List<Obligation> obligations = new ArrayList<>();
        for (Obligation o : sale.obligations()) {
            obligations.add(
                    o.id().value().equals("payment")
                            ? Obligation.builder().from(o).remedies(rights).build()
                            : o);
        }
        obligations.addAll(List.of(more));
        return Agreement.builder()
                .from(sale)
                .addParties(Party.of("host", "Host", Role.of("HOST")))
                .obligations(obligations)
                .build();
    }

    static Remedy right(String name) {
        return Remedy.Right.builder().right(name).build();
    }

    @Test
    void aBreachGrantsTheRightsItsObligationNames_andNoOther() {
        ComplianceReport suspendOnly = evaluate(
                sale(List.of(right(Remedy.SUSPEND_WORK))),
                "2026-03-31",
                event("t1", "2026-03-11", "termination", "seller"));
        assertThat(codes(suspendOnly)).contains(FindingCodes.UNAUTHORISED_TERMINATION);
        assertThat(instance(suspendOnly, "delivery#1").state()).isEqualTo(InstanceState.BREACHED);

        ComplianceReport terminateOnly = evaluate(
                sale(List.of(right(Remedy.TERMINATE))),
                "2026-03-31",
                event("s1", "2026-03-11", "suspension", "seller"));
        assertThat(codes(terminateOnly)).contains(FindingCodes.UNAUTHORISED_SUSPENSION);
        assertThat(instance(terminateOnly, "delivery#1").state()).isEqualTo(InstanceState.BREACHED);
    }

    @Test
    void aRightToSuspendWork_coversTheHoldersOwnPerformanceOwedToThePartyInBreach_namedOrNot() {
        Obligation hostInstalls =
                duty("install", HOST, BUYER, Trigger.onEffectiveDate(), DeadlineRule.onDate(LocalDate.of(2026, 3, 20)));
        Obligation sellerReports =
                duty("report", SELLER, HOST, Trigger.onEffectiveDate(), DeadlineRule.onDate(LocalDate.of(2026, 3, 20)));
        Agreement a = sale(List.of(right(Remedy.SUSPEND_WORK)), hostInstalls, sellerReports);
        // The payment was breached on Tue 10 March: the seller names each obligation in turn on Wed 11 March.
        for (String ref : List.of("delivery", "delivery#1")) {
            ComplianceReport r = evaluate(a, "2026-03-12", control("s1", "2026-03-11", "suspension", "seller", ref));
            assertThat(instance(r, "delivery#1").state()).as(ref).isEqualTo(InstanceState.SUSPENDED);
            assertThat(instance(r, "delivery#1").explanation())
                    .as(ref)
                    .endsWith("; suspended by seller under its right from payment#1's breach (s1, Wed 2026-03-11)");
            assertThat(codes(r)).as(ref).doesNotContain(FindingCodes.UNAUTHORISED_SUSPENSION);
        }
        // Not the host's duty to the buyer, not its own duty to the host, not a prohibition.
        for (String ref :
                List.of("install", "install#1", "report", "report#1", "confidentiality", "confidentiality#1")) {
            ComplianceReport r = evaluate(a, "2026-03-12", control("s1", "2026-03-11", "suspension", "seller", ref));
            assertThat(codes(r)).as(ref).contains(FindingCodes.UNAUTHORISED_SUSPENSION);
            String instance = ref.contains("#") ? ref : ref + "#1";
            assertThat(instance(r, instance).state()).as(ref).isNotEqualTo(InstanceState.SUSPENDED);
        }
    }

    @Test
    void aTerminationUnderARight_namesTheOldestBreachThatGrantsIt() {
        // A sample requested on Tue 3 March is due the next day and breached on Thu 5 March, before the payment
        // (created first, breached on Tue 10 March).
        Obligation sample = Obligation.builder()
                .from(duty(
                        "sample", BUYER, SELLER, Trigger.onEvent("sample.requested"), DeadlineRule.ofCalendarDays(1)))
                .addRemedies(right(Remedy.TERMINATE))
                .build();
        ComplianceReport r = evaluate(
                sale(List.of(right(Remedy.TERMINATE)), sample),
                "2026-03-31",
                event("q1", "2026-03-03", "sample.requested", "seller"),
                event("t1", "2026-03-12", "termination", "seller"));
        assertThat(instance(r, "delivery#1").explanation())
                .endsWith("cancelled: the agreement was terminated by seller under its right from sample#1's breach"
                        + " (t1, Thu 2026-03-12)");
    }
}
