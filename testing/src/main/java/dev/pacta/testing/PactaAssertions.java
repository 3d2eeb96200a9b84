package dev.pacta.testing;

import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.MilestoneReport;
import org.assertj.core.api.Assertions;

/**
 * The entry point of Pacta's AssertJ assertions. It extends AssertJ's {@link Assertions}, so one static import gives
 * both:
 *
 * <pre>{@code
 * import static dev.pacta.testing.PactaAssertions.assertThat;
 *
 * assertThat(report).instance("approve-mockup#2").isFulfilledLate().byBusinessDays(1);
 * assertThat(report).party("client").onTimeRate().isEqualTo("50%");
 * assertThat(report).milestone("launch").isReachedLate().attributedTo("client", 3);
 * assertThat(report).hasFinding("NO_POINT_OF_CONTACT");
 * assertThat(evaluation.pollChanges()).contains("approve-mockup#2", UPCOMING, FULFILLED_LATE);
 * assertThat(List.of(1, 2)).hasSize(2);   // AssertJ's own assertions still work
 * }</pre>
 *
 * <p>Failure messages say what was expected and what the report holds, and end with the instance's or milestone's
 * own explanation, e.g.
 *
 * <pre>
 * Expecting approve-mockup#2 to be FULFILLED, but it is FULFILLED_LATE
 *   explanation: due Fri 2026-03-20: 2 business days after mockup.submitted (e1, Wed 2026-03-18); ...
 * </pre>
 */
public class PactaAssertions extends Assertions {
    /** Only for subclasses that add entry points of their own; the methods are static. */
    protected PactaAssertions() {}

    /**
     * Assertions on a compliance report.
     *
     * @param actual the report
     * @return the assertion
     */
    public static ReportAssert assertThat(ComplianceReport actual) {
        return new ReportAssert(actual);
    }

    /**
     * Assertions on one instance's report.
     *
     * @param actual the instance report
     * @return the assertion
     */
    public static InstanceAssert assertThat(InstanceReport actual) {
        return new InstanceAssert(actual);
    }

    /**
     * Assertions on one milestone's report.
     *
     * @param actual the milestone report
     * @return the assertion
     */
    public static MilestoneAssert assertThat(MilestoneReport actual) {
        return new MilestoneAssert(actual);
    }

    /**
     * Assertions on the changes of a live evaluation.
     *
     * @param actual the changes
     * @return the assertion
     */
    public static ChangesAssert assertThat(ComplianceChanges actual) {
        return new ChangesAssert(actual);
    }
}
