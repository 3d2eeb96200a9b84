package dev.pacta.core.engine;

import static dev.pacta.core.engine.AttributionRulesTest.day;
import static dev.pacta.core.engine.AttributionRulesTest.done;
import static dev.pacta.core.engine.AttributionRulesTest.on;
import static dev.pacta.core.engine.ResponsibilityTest.CLIENT;
import static dev.pacta.core.engine.ResponsibilityTest.STUDIO;
import static dev.pacta.core.engine.ResponsibilityTest.agreement;
import static dev.pacta.core.engine.ResponsibilityTest.duty;
import static dev.pacta.core.engine.ResponsibilityTest.evaluate;
import static dev.pacta.core.engine.ResponsibilityTest.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which instance of a prerequisite an instance of a dependent waits on (chapter "Dependencies" of the design): the only
 * one of a prerequisite that starts once (on the effective date), else the one with the same number.
 */
class PrerequisitePairingTest {
    static Obligation onEvent(Obligation o, String kind) {
        return Obligation.builder().from(o).trigger(Trigger.onEvent(kind)).build();
    }

    static Obligation page() {
        return onEvent(
                duty("build-page", STUDIO, DeadlineRule.ofBusinessDays(5), "page.delivered", "provide-content"),
                "page.requested");
    }

    @Test
    void everyInstanceOfADependent_waitsOnASinglePrerequisiteOfTheEffectiveDate() {
        Agreement a =
                agreement(day(31), List.of(), duty("provide-content", CLIENT, on(9), "content.delivered"), page());
        ComplianceReport r = evaluate(
                a, "2026-03-12", done("r1", 2, "page.requested", CLIENT), done("r2", 3, "page.requested", CLIENT));
        for (String page : List.of("build-page#1", "build-page#2")) {
            InstanceReport i = instance(r, page);
            assertThat(i.state()).as(page).isEqualTo(InstanceState.BLOCKED);
            assertThat(i.blockedBy()).extracting(Object::toString).containsExactly("provide-content#1");
        }
    }

    @Test
    void theNthInstanceOfADependent_waitsOnTheNthInstanceOfAPrerequisiteThatRecurs() {
        Obligation content = onEvent(
                duty("provide-content", CLIENT, DeadlineRule.ofBusinessDays(2), "content.delivered"),
                "content.requested");
        Agreement a = agreement(day(31), List.of(), content, page());
        // Two requests for content and two for pages; the first content comes on time, the second never.
        ComplianceReport r = evaluate(
                a,
                "2026-03-12",
                done("c1", 2, "content.requested", STUDIO),
                done("r1", 2, "page.requested", CLIENT),
                done("d1", 3, "content.delivered", CLIENT),
                done("c2", 4, "content.requested", STUDIO),
                done("r2", 4, "page.requested", CLIENT));
        assertThat(instance(r, "build-page#1").state()).isEqualTo(InstanceState.BREACHED);
        InstanceReport second = instance(r, "build-page#2");
        assertThat(second.state()).isEqualTo(InstanceState.BLOCKED);
        assertThat(second.blockedBy()).extracting(Object::toString).containsExactly("provide-content#2");
    }
}
