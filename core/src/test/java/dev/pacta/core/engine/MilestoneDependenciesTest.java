package dev.pacta.core.engine;

import static dev.pacta.core.engine.AttributionRulesTest.day;
import static dev.pacta.core.engine.AttributionRulesTest.done;
import static dev.pacta.core.engine.AttributionRulesTest.on;
import static dev.pacta.core.engine.ResponsibilityTest.CLIENT;
import static dev.pacta.core.engine.ResponsibilityTest.STUDIO;
import static dev.pacta.core.engine.ResponsibilityTest.duty;
import static dev.pacta.core.engine.ResponsibilityTest.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A milestone that depends on others (chapter "Milestones" of the design) is reached only once they are reached and
 * its own required obligations are done; its days late are attributed through the milestones it depends on.
 */
class MilestoneDependenciesTest {
    /**
     * The design milestone (target Tue 10 March) requires the studio's mock-up (due Fri 6 March); the launch (target
     * {@code launchTarget}) depends on it and requires {@code launchRequires} (the studio's build, due Mon 16 March),
     * if any.
     */
    static Agreement agreement(int launchTarget, String... launchRequires) {
        Milestone.Builder launch = Milestone.builder()
                .id(MilestoneId.of("launch"))
                .title("Launch")
                .target(day(launchTarget))
                .addDependsOn(MilestoneId.of("design"));
        for (String r : launchRequires) {
            launch.addRequires(ObligationId.of(r));
        }
        return Agreement.builder()
                .from(ResponsibilityTest.agreement(
                        day(10),
                        java.util.List.of("mockup"),
                        duty("mockup", STUDIO, on(6), "mockup.sent"),
                        duty("build", STUDIO, on(16), "build.done"),
                        duty("brief", CLIENT, on(4), "brief.sent")))
                .milestones(java.util.List.of(
                        Milestone.builder()
                                .id(MilestoneId.of("design"))
                                .title("Design")
                                .target(day(10))
                                .addRequires(ObligationId.of("mockup"))
                                .build(),
                        launch.build()))
                .build();
    }

    static MilestoneReport milestone(ComplianceReport r, String id) {
        return r.milestones().stream()
                .filter(m -> m.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void itsOwnRequirementsDone_butNotTheMilestoneItDependsOn_notReached() {
        ComplianceReport r = evaluate(agreement(20, "build"), "2026-03-13", done("b", 12, "build.done", STUDIO));
        assertThat(milestone(r, "design").state()).isEqualTo(MilestoneState.MISSED);
        assertThat(milestone(r, "launch").state()).isEqualTo(MilestoneState.PENDING);
        assertThat(milestone(r, "launch").reachedOn()).isEmpty();
    }

    @Test
    void reachedWhenTheLastOfItsDependenciesAndRequirements_isReached() {
        ComplianceReport r = evaluate(
                agreement(20, "build"),
                "2026-03-31",
                done("b", 12, "build.done", STUDIO),
                done("m", 13, "mockup.sent", STUDIO));
        assertThat(milestone(r, "design").reachedOn()).hasValue(day(13));
        assertThat(milestone(r, "launch").state()).isEqualTo(MilestoneState.REACHED);
        assertThat(milestone(r, "launch").reachedOn()).hasValue(day(13));
    }

    @Test
    void aMilestoneThatOnlyDependsOnAnother_isLateByTheDutiesOfThatOne() {
        // The launch (target Mon 9 March) waits only on the design, reached Thu 12 March: 3 business days late, all
        // the studio's mock-up's.
        ComplianceReport r = evaluate(agreement(9), "2026-03-31", done("m", 12, "mockup.sent", STUDIO));
        MilestoneReport launch = milestone(r, "launch");
        assertThat(launch.state()).isEqualTo(MilestoneState.REACHED_LATE);
        assertThat(launch.reachedOn()).hasValue(day(12));
        assertThat(launch.daysLate()).hasValue(3L);
        assertThat(launch.attribution()).isEqualTo(Map.of(STUDIO, 3L));
    }
}
