package dev.pacta.testing;

import dev.pacta.core.model.EventId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on one obligation instance of a report, e.g.
 *
 * <pre>{@code
 * assertThat(report).instance("approve-mockup#2").isFulfilledLate().byBusinessDays(1);
 * assertThat(report).instance("deposit#1").isBreached().hasOutstanding("EUR 4800.00");
 * }</pre>
 *
 * <p>Every failure message names the instance, what was expected and what the report says, and ends with the
 * instance's own explanation ("due Fri 2026-03-06: 2 business days after mockup.submitted (e12, ...)"), so a failing
 * test says why without a debugger. Methods return this assertion, so checks chain; the lateness checks
 * ({@link #byBusinessDays}, {@link #byDays}, {@link #byHours}) read well after {@link #isFulfilledLate()},
 * {@link #isOverdue()} or {@link #isBreached()}.
 */
public class InstanceAssert extends AbstractAssert<InstanceAssert, InstanceReport> {
    /**
     * Creates the assertion; prefer {@link PactaAssertions#assertThat(InstanceReport)} or
     * {@link ReportAssert#instance(String)}.
     *
     * @param actual the instance report
     */
    public InstanceAssert(InstanceReport actual) {
        super(actual, InstanceAssert.class);
    }

    // ------------------------------------------------------------------------------------------------- states

    /**
     * Checks the instance's state.
     *
     * @param expected the expected state
     * @return this assertion
     */
    public InstanceAssert hasState(InstanceState expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.state() != expected) {
            fail("to be " + expected + ", but it is " + actual.state());
        }
        return this;
    }

    /**
     * Checks that the instance is {@code NOT_TRIGGERED}.
     *
     * @return this assertion
     */
    public InstanceAssert isNotTriggered() {
        return hasState(InstanceState.NOT_TRIGGERED);
    }

    /**
     * Checks that the instance is {@code UPCOMING}.
     *
     * @return this assertion
     */
    public InstanceAssert isUpcoming() {
        return hasState(InstanceState.UPCOMING);
    }

    /**
     * Checks that the instance is {@code FULFILLED} (on time).
     *
     * @return this assertion
     */
    public InstanceAssert isFulfilled() {
        return hasState(InstanceState.FULFILLED);
    }

    /**
     * Checks that the instance is {@code FULFILLED_LATE}; follow with {@link #byBusinessDays}, {@link #byDays} or
     * {@link #byHours} to check by how much.
     *
     * @return this assertion
     */
    public InstanceAssert isFulfilledLate() {
        return hasState(InstanceState.FULFILLED_LATE);
    }

    /**
     * Checks that the instance is {@code OVERDUE} (late, within grace).
     *
     * @return this assertion
     */
    public InstanceAssert isOverdue() {
        return hasState(InstanceState.OVERDUE);
    }

    /**
     * Checks that the instance is {@code BREACHED}.
     *
     * @return this assertion
     */
    public InstanceAssert isBreached() {
        return hasState(InstanceState.BREACHED);
    }

    /**
     * Checks that the instance is {@code WAIVED}.
     *
     * @return this assertion
     */
    public InstanceAssert isWaived() {
        return hasState(InstanceState.WAIVED);
    }

    /**
     * Checks that the instance is {@code BLOCKED} by another party's late prerequisite.
     *
     * @return this assertion
     */
    public InstanceAssert isBlocked() {
        return hasState(InstanceState.BLOCKED);
    }

    /**
     * Checks that the instance is {@code SUSPENDED}.
     *
     * @return this assertion
     */
    public InstanceAssert isSuspended() {
        return hasState(InstanceState.SUSPENDED);
    }

    /**
     * Checks that the instance is {@code CANCELLED}.
     *
     * @return this assertion
     */
    public InstanceAssert isCancelled() {
        return hasState(InstanceState.CANCELLED);
    }

    // ---------------------------------------------------------------------------------------------- lateness

    /**
     * Checks how late the instance is (or was when fulfilled), in business days (a business-day deadline).
     *
     * @param days the expected lateness, at least 1
     * @return this assertion
     */
    public InstanceAssert byBusinessDays(long days) {
        return isLateBy(days, Span.Unit.BUSINESS_DAYS);
    }

    /**
     * Checks how late the instance is (or was when fulfilled), in calendar days (a date or calendar-day deadline).
     *
     * @param days the expected lateness, at least 1
     * @return this assertion
     */
    public InstanceAssert byDays(long days) {
        return isLateBy(days, Span.Unit.CALENDAR_DAYS);
    }

    /**
     * Checks how late the instance is (or was when fulfilled), in started hours (an hour deadline).
     *
     * @param hours the expected lateness, at least 1
     * @return this assertion
     */
    public InstanceAssert byHours(long hours) {
        return isLateBy(hours, Span.Unit.HOURS);
    }

    /**
     * Checks how late the instance is (or was when fulfilled), in the deadline's unit.
     *
     * @param amount the expected lateness
     * @param unit the expected unit: business days, calendar days or hours
     * @return this assertion
     */
    public InstanceAssert isLateBy(long amount, Span.Unit unit) {
        Objects.requireNonNull(unit, "unit");
        isNotNull();
        String expected = amount + " " + unit.label(amount) + " late";
        Optional<Lateness> lateness = actual.lateness();
        if (lateness.isEmpty()) {
            fail("to be " + expected + ", but it is not late (" + actual.state() + ")");
        } else if (lateness.get().amount() != amount || lateness.get().unit() != unit) {
            Lateness l = lateness.get();
            fail("to be " + expected + ", but it is " + l.amount() + " "
                    + l.unit().label(l.amount()) + " late");
        }
        return this;
    }

    /**
     * Checks that the instance is late but within its grace period.
     *
     * @return this assertion
     */
    public InstanceAssert isWithinGrace() {
        isNotNull();
        if (actual.lateness().map(l -> !l.withinGrace()).orElse(true)) {
            fail("to be late within grace, but it is "
                    + actual.lateness().map(Lateness::toString).orElse("not late (" + actual.state() + ")"));
        }
        return this;
    }

    // ------------------------------------------------------------------------------------ deadline, fulfilment

    /**
     * Checks the effective due date (after extensions, suspensions and excused delay).
     *
     * @param date the expected due date
     * @return this assertion
     */
    public InstanceAssert isDueOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        isNotNull();
        if (!actual.dueDate().equals(Optional.of(date))) {
            fail("to be due on " + date + ", but it is due "
                    + actual.dueDate().map(Object::toString).orElse("at no date"));
        }
        return this;
    }

    /**
     * Checks the effective due date, written {@code "2026-03-06"}.
     *
     * @param date the expected due date, ISO
     * @return this assertion
     */
    public InstanceAssert isDueOn(String date) {
        return isDueOn(LocalDate.parse(date));
    }

    /**
     * Checks the event that fulfilled the instance.
     *
     * @param eventId the expected event id, e.g. {@code "e15"}
     * @return this assertion
     */
    public InstanceAssert isFulfilledBy(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        isNotNull();
        if (!actual.fulfilledBy().equals(Optional.of(EventId.of(eventId)))) {
            fail("to be fulfilled by " + eventId + ", but it is "
                    + actual.fulfilledBy().map(e -> "fulfilled by " + e).orElse("not fulfilled"));
        }
        return this;
    }

    /**
     * Checks that another instance blocks this one.
     *
     * @param instanceId the blocking instance, e.g. {@code "provide-content#1"}
     * @return this assertion
     */
    public InstanceAssert isBlockedBy(String instanceId) {
        Objects.requireNonNull(instanceId, "instanceId");
        isNotNull();
        InstanceId blocker = InstanceId.parse(instanceId)
                .orElseThrow(() -> new IllegalArgumentException("not an instance id: '" + instanceId + "'"));
        if (!actual.blockedBy().contains(blocker)) {
            fail("to be blocked by " + blocker + ", but it is blocked by " + actual.blockedBy());
        }
        return this;
    }

    /**
     * Checks the delay attributed to a party, in the instance's lateness unit.
     *
     * @param party the party id
     * @param units the expected delay caused by that party
     * @return this assertion
     */
    public InstanceAssert isAttributedTo(String party, long units) {
        Objects.requireNonNull(party, "party");
        isNotNull();
        Long got = actual.attribution().get(PartyId.of(party));
        if (got == null || got != units) {
            fail("to have " + units + " of its delay attributed to " + party + ", but attribution is "
                    + actual.attribution());
        }
        return this;
    }

    /**
     * Checks that the obligor gave at least one notice about the instance.
     *
     * @return this assertion
     */
    public InstanceAssert hasNotice() {
        isNotNull();
        if (actual.notices().isEmpty()) {
            fail("to have a notice, but it has none");
        }
        return this;
    }

    // ------------------------------------------------------------------------------------------------ money

    /**
     * Checks the amount still outstanding (without fees, interest or penalties).
     *
     * @param money e.g. {@code "EUR 4800.00"}
     * @return this assertion
     */
    public InstanceAssert hasOutstanding(String money) {
        return hasPaymentFigure("outstanding", money, p -> Optional.of(p.outstanding()));
    }

    /**
     * Checks the amount paid.
     *
     * @param money e.g. {@code "EUR 2400.00"}
     * @return this assertion
     */
    public InstanceAssert hasPaid(String money) {
        return hasPaymentFigure("paid", money, p -> Optional.of(p.paid()));
    }

    /**
     * Checks the late fee charged.
     *
     * @param money e.g. {@code "EUR 150.00"}
     * @return this assertion
     */
    public InstanceAssert hasLateFee(String money) {
        return hasPaymentFigure("late fee", money, PaymentReport::lateFee);
    }

    /**
     * Checks the interest accrued.
     *
     * @param money e.g. {@code "USD 169.49"}
     * @return this assertion
     */
    public InstanceAssert hasInterest(String money) {
        return hasPaymentFigure("interest", money, PaymentReport::interest);
    }

    /**
     * Checks the penalty accrued.
     *
     * @param money e.g. {@code "EUR 3300.00"}
     * @return this assertion
     */
    public InstanceAssert hasPenalty(String money) {
        return hasPaymentFigure("penalty", money, PaymentReport::penalty);
    }

    /**
     * Checks everything owed for the instance: outstanding plus late fee, interest and penalty.
     *
     * @param money e.g. {@code "EUR 4950.00"}
     * @return this assertion
     */
    public InstanceAssert hasTotalOwed(String money) {
        return hasPaymentFigure("total owed", money, p -> Optional.of(p.totalOwed()));
    }

    private InstanceAssert hasPaymentFigure(String figure, String money, Function<PaymentReport, Optional<Money>> get) {
        Money expected = Texts.money(Objects.requireNonNull(money, "money"));
        isNotNull();
        Optional<Money> got = actual.payment().flatMap(get);
        if (!got.equals(Optional.of(expected))) {
            fail("to have " + figure + " " + expected + ", but "
                    + (actual.payment().isEmpty()
                            ? "it has no payment figures"
                            : got.map(m -> "it has " + m).orElse("it has none")));
        }
        return this;
    }

    // -------------------------------------------------------------------------------------------- explanation

    /**
     * The instance's explanation, for AssertJ's string assertions, e.g.
     * {@code .explanation().contains("1 business day late")}.
     *
     * @return a string assertion on the explanation
     */
    public AbstractStringAssert<?> explanation() {
        isNotNull();
        return Assertions.assertThat(actual.explanation()).as("explanation of %s", actual.id());
    }

    /** Fails with "Expecting approve#2 {what}" and the instance's explanation. */
    private void fail(String what) {
        failWithMessage("%nExpecting %s %s%n  explanation: %s", actual.id(), what, actual.explanation());
    }
}
