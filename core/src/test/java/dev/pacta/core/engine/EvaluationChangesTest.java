package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.ENGINE;
import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.approveMockup;
import static dev.pacta.core.engine.ComplianceEngineTest.content;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluation#changes()} on the seed's web project: a provider's tool appends events as they arrive and tells
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

        ComplianceChanges first = live.changes();
        assertThat(first.since()).isEmpty();
        assertThat(first.asOf()).isEqualTo(madrid("2026-03-02T00:00"));
        assertThat(first.instances())
                .extracting(c -> c.instance().toString(), InstanceChange::before, InstanceChange::after)
                .containsExactly(
                        tuple("approve-mockup#1", Optional.empty(), Optional.of(InstanceState.UPCOMING)),
                        tuple("provide-content#1", Optional.empty(), Optional.of(InstanceState.UPCOMING)));

        // Nothing arrives; the next morning the approval (due Wednesday, no grace) is breached.
        live.advanceTo(madrid("2026-03-05T12:00"));
        ComplianceChanges thursday = live.changes();
        assertThat(thursday.since()).contains(first.asOf());
        assertThat(thursday.instances()).hasSize(1);
        InstanceChange breached = change(thursday, "approve-mockup#1");
        assertThat(breached.before()).contains(InstanceState.UPCOMING);
        assertThat(breached.after()).contains(InstanceState.BREACHED);

        // The approval arrives on Friday: two business days late, which is what the client is told.
        live.append(event("e2", "2026-03-06", "mockup.approved", "client"));
        ComplianceChanges approved = live.changes();
        InstanceChange late = change(approved, "approve-mockup#1");
        assertThat(approved.instances()).hasSize(1);
        assertThat(late.before()).contains(InstanceState.BREACHED);
        assertThat(late.after()).contains(InstanceState.FULFILLED_LATE);
        assertThat(late.report().orElseThrow().explanation())
                .endsWith("mockup.approved by e2 on Fri 2026-03-06, 2 business days late");
        assertThat(late.report())
                .contains(ComplianceEngineTest.instance(live.report(approved.asOf()), "approve-mockup#1"));

        // Monday: the content (due Friday, 2 business days' grace) is overdue, within grace.
        live.advanceTo(madrid("2026-03-09T12:00"));
        ComplianceChanges monday = live.changes();
        assertThat(monday.instances())
                .extracting(c -> c.instance().toString(), InstanceChange::before, InstanceChange::after)
                .containsExactly(tuple(
                        "provide-content#1", Optional.of(InstanceState.UPCOMING), Optional.of(InstanceState.OVERDUE)));

        ComplianceChanges again = live.changes();
        assertThat(again.isEmpty()).isTrue();
        assertThat(again.since()).contains(monday.asOf());
    }

    @Test
    void anOutOfOrderEventIsReportedAsOfTheLatestInstant() {
        Evaluation live = ENGINE.start(web);
        live.append(event("e1", "2026-03-02", "mockup.submitted", "studio"));
        live.advanceTo(madrid("2026-03-09T12:00"));
        live.changes();
        // The content had in fact been delivered on Thursday; it is recorded only now.
        live.append(event("e2", "2026-03-05", "content.delivered", "client"));
        ComplianceChanges changes = live.changes();
        assertThat(changes.asOf()).isEqualTo(madrid("2026-03-09T12:00"));
        InstanceChange content = change(changes, "provide-content#1");
        assertThat(content.before()).contains(InstanceState.OVERDUE);
        assertThat(content.after()).contains(InstanceState.FULFILLED);
        assertThat(changes.instances()).hasSize(1);
    }

    @Test
    void misuseIsLoud() {
        Evaluation live = ENGINE.start(web);
        assertThatThrownBy(live::changes)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no event has been appended to the evaluation of web-2026");
        live.append(event("e1", "2026-03-04", "mockup.submitted", "studio"));
        assertThatThrownBy(() -> live.advanceTo(madrid("2026-03-03T12:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot advance to 2026-03-03T11:00:00Z");
        assertThatThrownBy(() -> InstanceChange.builder()
                        .instance(InstanceId.parse("approve-mockup#1").orElseThrow())
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a state before or after");
    }
}
