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
import dev.pacta.core.report.InstanceReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Excused delay with several prerequisites (chapter "Dependencies, excused delay and responsibility" of the design):
 * their delays do not add up, the dependent waits for the latest.
 */
class ExcusedDelayTest {
    /** The studio's build, due 10 business days after Mon 2 March (Mon 16 March), waits on two of the client's duties. */
    static Agreement twoPrerequisites() {
        return agreement(
                day(31),
                List.of(),
                duty("content", CLIENT, on(9), "content.sent"),
                duty("logo", CLIENT, on(9), "logo.sent"),
                duty("build", STUDIO, DeadlineRule.ofBusinessDays(10), "build.done", "content", "logo"));
    }

    static long moves(InstanceReport i) {
        return i.explanation().split("deadline moved", -1).length - 1;
    }

    @Test
    void prerequisitesTwoAndThreeBusinessDaysLate_moveTheDependentByThree() {
        // Both due Mon 9 March: the content comes Wed 11 (2 business days late), the logo Thu 12 (3).
        InstanceReport build = instance(
                evaluate(
                        twoPrerequisites(),
                        "2026-03-13",
                        done("c", 11, "content.sent", CLIENT),
                        done("l", 12, "logo.sent", CLIENT)),
                "build#1");
        assertThat(build.dueDate()).hasValue(LocalDate.of(2026, 3, 19));
        assertThat(build.excusedDelay()).isEqualTo(3);
        assertThat(moves(build)).isEqualTo(2);
    }

    @Test
    void aSecondPrerequisiteNoLaterThanTheFirst_doesNotMoveTheDependentAgain() {
        InstanceReport build = instance(
                evaluate(
                        twoPrerequisites(),
                        "2026-03-13",
                        done("c", 11, "content.sent", CLIENT),
                        done("l", 11, "logo.sent", CLIENT)),
                "build#1");
        assertThat(build.dueDate()).hasValue(LocalDate.of(2026, 3, 18));
        assertThat(build.excusedDelay()).isEqualTo(2);
        assertThat(moves(build)).isEqualTo(1);
    }
}
