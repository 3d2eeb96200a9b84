package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.ENGINE;
import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.approveMockup;
import static dev.pacta.core.engine.ComplianceEngineTest.content;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceChange.Aspect;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluation#pollChanges()} on the web-development case study: a provider's tool appends events as they arrive and tells
 * the client what each one changed.
 */
class EvaluationChangesTest {
    private final Agreement web = agreement(approveMockup(), content()).build();

    private Instant madrid(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(web.zone()).toInstant();
    }

    private static InstanceChange change(ComplianceChanges changes, String id) {
        return changes.instances().stream()
                .filter(c -> c.instance().equals(InstanceId.parse(id).orElseThrow()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " did not change: " + changes));
    }

    @Test
    void eachLookTellsWhatChangedSinceThePrevious() {
        Evaluation live = ENGINE.start(web);
        live.append(event("e1", "2026-03-02", "mockup.submitted", "studio"));

        ComplianceChanges first = live.pollChanges();
        assertThat(first.since()).isEmpty();
        assertThat(first.asOf()).isEqualTo(madrid("2026-03-02T00:00"));
        assertThat(first.instances())
                .extracting(c -> c.instance().toString(), InstanceChange::before, InstanceChange::after)
                .containsExactly(
                        tuple("approve-mockup#1", Optional.empty(), Optional.of(InstanceState.UPCOMING)),
                        tuple("provide-content#1", Optional.empty(), Optional.of(InstanceState.UPCOMING)));

        // Nothing arrives; the next morning the approval (due Wednesday, no grace) is breached.
        live.advanceTo(madrid("2026-03-05T12:00"));
        ComplianceChanges thursday = live.pollChanges();
        assertThat(thursday.since()).contains(first.asOf());
        assertThat(thursday.instances()).hasSize(1);
        InstanceChange breached = change(thursday, "approve-mockup#1");
        assertThat(breached.before()).contains(InstanceState.UPCOMING);
        assertThat(breached.after()).contains(InstanceState.BREACHED);
        assertThat(breached.aspects()).containsExactly(Aspect.STATE);

        // The approval arrives on Friday: two business days late, which is what the client is told.
        live.append(event("e2", "2026-03-06", "mockup.approved", "client"));
        ComplianceChanges approved = live.pollChanges();
        InstanceChange late = change(approved, "approve-mockup#1");
        assertThat(approved.instances()).hasSize(1);
        assertThat(late.before()).contains(InstanceState.BREACHED);
        assertThat(late.after()).contains(InstanceState.FULFILLED_LATE);
        assertThat(late.aspects()).containsExactly(Aspect.STATE, Aspect.FULFILMENT);
        assertThat(late.report().orElseThrow().explanation())
                .endsWith("mockup.approved by e2 on Fri 2026-03-06, 2 business days late");
        assertThat(late.report())
                .contains(ComplianceEngineTest.instance(live.report(approved.asOf()), "approve-mockup#1"));

        // Monday: the content (due Friday, 2 business days' grace) is overdue, within grace.
        live.advanceTo(madrid("2026-03-09T12:00"));
        ComplianceChanges monday = live.pollChanges();
        assertThat(monday.instances())
                .extracting(c -> c.instance().toString(), InstanceChange::before, InstanceChange::after)
                .containsExactly(tuple(
                        "provide-content#1", Optional.of(InstanceState.UPCOMING), Optional.of(InstanceState.OVERDUE)));

        ComplianceChanges again = live.pollChanges();
        assertThat(again.isEmpty()).isTrue();
        assertThat(again.since()).contains(monday.asOf());
    }

    @Test
    void anOutOfOrderEventIsReportedAsOfTheLatestInstant() {
        Evaluation live = ENGINE.start(web);
        live.append(event("e1", "2026-03-02", "mockup.submitted", "studio"));
        live.advanceTo(madrid("2026-03-09T12:00"));
        live.pollChanges();
        // The content had in fact been delivered on Thursday; it is recorded only now.
        live.append(event("e2", "2026-03-05", "content.delivered", "client"));
        ComplianceChanges changes = live.pollChanges();
        assertThat(changes.asOf()).isEqualTo(madrid("2026-03-09T12:00"));
        InstanceChange content = change(changes, "provide-content#1");
        assertThat(content.before()).contains(InstanceState.OVERDUE);
        assertThat(content.after()).contains(InstanceState.FULFILLED);
        assertThat(changes.instances()).hasSize(1);
    }

    @Test
    void misuseIsLoud() {
        Evaluation live = ENGINE.start(web);
        assertThatThrownBy(live::pollChanges)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no event has been appended to the evaluation of web-2026");
        live.append(event("e1", "2026-03-04", "mockup.submitted", "studio"));
        assertThatThrownBy(() -> live.advanceTo(madrid("2026-03-03T12:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot advance to 2026-03-03T11:00:00Z");
        assertThatThrownBy(() -> live.advanceTo(Instant.MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
        assertThat(live.pollChanges().asOf()).isEqualTo(madrid("2026-03-04T00:00")); // still usable
        assertThatThrownBy(() -> InstanceChange.builder()
                        .instance(InstanceId.parse("approve-mockup#1").orElseThrow())
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a state before or after");
    }

    /**
     * A prerequisite of the other party: the studio's page waits on the client's approval. Blocked by time alone,
     * unblocked by an extension, blocked again, suspended, resumed and approved late; every look equals the
     * difference of two full reports (written out here, unlike the property, which rarely reaches blocking).
     */
    @Test
    void blockingAndUnblockingByAPrerequisite() {
        Obligation buildPage = ComplianceEngineTest.duty(
                        "build-page",
                        "studio",
                        Trigger.onEvent("mockup.submitted"),
                        DeadlineRule.ofBusinessDays(5),
                        "page.built")
                .addPrerequisites(ObligationId.of("approve-mockup"))
                .build();
        Agreement project = agreement(approveMockup(), buildPage, content()).build();
        List<Object> steps = List.of(
                event("e1", "2026-03-02", "mockup.submitted", "studio"),
                LocalDate.of(2026, 3, 5),
                extended("e2", "2026-03-06", LocalDate.of(2026, 3, 10)),
                LocalDate.of(2026, 3, 11),
                control("e3", "2026-03-11", "suspension", "studio", "approve-mockup#1"),
                event("e4", "2026-03-12", "mockup.submitted", "studio"),
                LocalDate.of(2026, 3, 17),
                control("e5", "2026-03-18", "resumption", "studio", "approve-mockup#1"),
                event("e6", "2026-03-19", "mockup.approved", "client"),
                LocalDate.of(2026, 3, 30));
        Evaluation live = ENGINE.start(project);
        List<Event> sofar = new ArrayList<>();
        Map<InstanceId, InstanceReport> before = Map.of();
        Set<Aspect> seen = EnumSet.noneOf(Aspect.class);
        for (Object step : steps) {
            if (step instanceof Event e) {
                live.append(e);
                sofar.add(e);
            } else {
                live.advanceTo(
                        ((LocalDate) step).atTime(12, 0).atZone(project.zone()).toInstant());
            }
            ComplianceChanges changes = live.pollChanges();
            ComplianceReport full = ENGINE.evaluate(project, Timeline.of(sofar), changes.asOf());
            assertThat(transitions(changes)).as("after " + step).isEqualTo(expectedTransitions(before, full));
            for (InstanceChange c : changes.instances()) {
                c.report().ifPresent(r -> assertThat(full.instance(r.id())).contains(r));
                seen.addAll(c.aspects());
            }
            before = new LinkedHashMap<>();
            for (InstanceReport r : full.instances()) {
                before.put(r.id(), r);
            }
        }
        assertThat(seen).contains(Aspect.STATE, Aspect.DUE, Aspect.BLOCKERS, Aspect.FULFILMENT);
    }

    /** An amendment may not reuse an obligation id, even a removed one: it is ignored with a finding. */
    @Test
    void anAmendmentReusingAnObligationIdIsIgnored() {
        Obligation redefined = Obligation.builder()
                .from(content())
                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 3, 13)))
                .build();
        Event amendment = Event.builder()
                .from(event("e2", "2026-03-03", "amendment", "client"))
                .amendment(Amendment.builder()
                        .addRemoveObligations(ObligationId.of("provide-content"))
                        .addAddObligations(redefined)
                        .build())
                .build();
        Evaluation live = ENGINE.start(web);
        live.append(event("e1", "2026-03-02", "mockup.submitted", "studio"));
        live.pollChanges();
        live.append(amendment);
        assertThat(live.pollChanges().isEmpty()).isTrue();
        ComplianceReport report = live.report(LocalDate.of(2026, 3, 3));
        assertThat(report.findings())
                .filteredOn(f -> f.code().equals(FindingCodes.INVALID_AMENDMENT))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("obligation id 'provide-content' is already used in this agreement")
                        .contains("add the new obligation under a new id"));
        assertThat(ComplianceEngineTest.instance(report, "provide-content#1").dueDate())
                .contains(LocalDate.of(2026, 3, 6));
    }

    /**
     * Obligations an amendment adds are listed after the agreement's own, in the amendment's order, in the changes as
     * in the report.
     */
    @Test
    void obligationsAddedByAnAmendment_listedAfterTheOthers_inTheAmendmentsOrder() {
        Obligation zeta =
                Obligation.builder().from(content()).id(ObligationId.of("zeta")).build();
        Obligation alpha = Obligation.builder()
                .from(content())
                .id(ObligationId.of("alpha"))
                .build();
        Event amendment = Event.builder()
                .from(event("e2", "2026-03-03", "amendment", "client"))
                .amendment(Amendment.builder()
                        .addAddObligations(zeta, alpha)
                        .addSignedBy(dev.pacta.core.model.PartyId.of("studio"))
                        .build())
                .build();
        Evaluation live = ENGINE.start(web);
        live.append(event("e1", "2026-03-02", "mockup.submitted", "studio"));
        live.append(amendment);
        List<String> order = List.of("approve-mockup#1", "provide-content#1", "zeta#1", "alpha#1");
        assertThat(live.pollChanges().instances())
                .extracting(c -> c.instance().toString())
                .containsExactlyElementsOf(order);
        assertThat(live.report(LocalDate.of(2026, 3, 3)).instances())
                .extracting(r -> r.id().toString())
                .containsExactlyElementsOf(order);
    }

    private static Event extended(String id, String date, LocalDate until) {
        return Event.builder()
                .from(control(id, date, "extension", "studio", "approve-mockup#1"))
                .until(until)
                .build();
    }

    private static List<String> transitions(ComplianceChanges changes) {
        return changes.instances().stream()
                .map(c -> c.instance() + ": " + c.before().map(Object::toString).orElse("-") + " -> "
                        + c.after().map(Object::toString).orElse("-"))
                .toList();
    }

    private static List<String> expectedTransitions(Map<InstanceId, InstanceReport> before, ComplianceReport now) {
        List<String> out = new ArrayList<>();
        for (InstanceReport r : now.instances()) {
            InstanceReport was = before.get(r.id());
            if (was == null || !ChangesProperties.standing(was).equals(ChangesProperties.standing(r))) {
                out.add(r.id() + ": " + (was == null ? "-" : was.state()) + " -> " + r.state());
            }
        }
        return out;
    }
}
