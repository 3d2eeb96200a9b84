package dev.pacta.testing;

import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on one milestone of a report, e.g.
 *
 * <pre>{@code
 * assertThat(report).milestone("launch").isReachedLate().byBusinessDays(3).attributedTo("client", 3);
 * }</pre>
 *
 * <p>A milestone's lateness is in business days of the agreement's calendar, and its attribution splits those days
 * among the parties that caused them (see {@code docs/semantics.md}, "Attribution"). Every failure message ends with
 * the milestone's explanation.
 */
public class MilestoneAssert extends AbstractAssert<MilestoneAssert, MilestoneReport> {
    /**
     * Creates the assertion; prefer {@link PactaAssertions#assertThat(MilestoneReport)} or
     * {@link ReportAssert#milestone(String)}.
     *
     * @param actual the milestone report
     */
    public MilestoneAssert(MilestoneReport actual) {
        super(actual, MilestoneAssert.class);
    }

    /**
     * Checks the milestone's state.
     *
     * @param expected the expected state
     * @return this assertion
     */
    public MilestoneAssert hasState(MilestoneState expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.state() != expected) {
            fail("to be " + expected + ", but it is " + actual.state());
        }
        return this;
    }

    /**
     * Checks that the milestone is {@code PENDING}.
     *
     * @return this assertion
     */
    public MilestoneAssert isPending() {
        return hasState(MilestoneState.PENDING);
    }

    /**
     * Checks that the milestone is {@code REACHED} (on or before its target).
     *
     * @return this assertion
     */
    public MilestoneAssert isReached() {
        return hasState(MilestoneState.REACHED);
    }

    /**
     * Checks that the milestone is {@code REACHED_LATE}; follow with {@link #byBusinessDays} and
     * {@link #attributedTo}.
     *
     * @return this assertion
     */
    public MilestoneAssert isReachedLate() {
        return hasState(MilestoneState.REACHED_LATE);
    }

    /**
     * Checks that the milestone is {@code AT_RISK}.
     *
     * @return this assertion
     */
    public MilestoneAssert isAtRisk() {
        return hasState(MilestoneState.AT_RISK);
    }

    /**
     * Checks that the milestone is {@code MISSED}.
     *
     * @return this assertion
     */
    public MilestoneAssert isMissed() {
        return hasState(MilestoneState.MISSED);
    }

    /**
     * Checks the day the milestone was reached.
     *
     * @param date the expected date
     * @return this assertion
     */
    public MilestoneAssert isReachedOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        isNotNull();
        if (!actual.reachedOn().equals(Optional.of(date))) {
            fail("to be reached on " + date + ", but it was "
                    + actual.reachedOn().map(d -> "reached on " + d).orElse("not reached"));
        }
        return this;
    }

    /**
     * Checks how many business days late the milestone is (or was when reached).
     *
     * @param days the expected days late
     * @return this assertion
     */
    public MilestoneAssert byBusinessDays(long days) {
        isNotNull();
        if (!actual.daysLate().equals(Optional.of(days))) {
            fail("to be " + days + " business days late, but it is "
                    + actual.daysLate().map(d -> d + " business days late").orElse("not late"));
        }
        return this;
    }

    /**
     * Checks the business days of the milestone's delay attributed to a party.
     *
     * @param party the party id, e.g. {@code "client"}
     * @param days the expected days caused by that party
     * @return this assertion
     */
    public MilestoneAssert attributedTo(String party, long days) {
        Objects.requireNonNull(party, "party");
        isNotNull();
        Long got = actual.attribution().get(PartyId.of(party));
        if (got == null || got != days) {
            fail("to have " + days + " business days of its delay attributed to " + party + ", but attribution is "
                    + actual.attribution());
        }
        return this;
    }

    /**
     * Checks that every business day the milestone is late is attributed to a party: its attribution adds up to its
     * days late (and is empty when it is not late). A property of any agreement whose milestones should slip only by
     * someone's delay.
     *
     * @return this assertion
     */
    public MilestoneAssert hasAllDaysLateAttributed() {
        isNotNull();
        long late = actual.daysLate().orElse(0L);
        long attributed = actual.attribution().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        if (attributed != late) {
            fail("to have its " + late + (late == 1 ? " business day" : " business days")
                    + " late attributed, but attribution is " + actual.attribution() + " (" + attributed
                    + (attributed == 1 ? " day)" : " days)"));
        }
        return this;
    }

    /**
     * The milestone's explanation, for AssertJ's string assertions.
     *
     * @return a string assertion on the explanation
     */
    public AbstractStringAssert<?> explanation() {
        isNotNull();
        return Assertions.assertThat(actual.explanation()).as("explanation of milestone %s", actual.id());
    }

    private void fail(String what) {
        failWithMessage("%nExpecting milestone %s %s%n  explanation: %s", actual.id(), what, actual.explanation());
    }
}
