package dev.pacta.testing;

import dev.pacta.core.money.Money;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Scorecard;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on a party's scorecard, e.g.
 *
 * <pre>{@code
 * assertThat(report).party("client").onTimeRate().isEqualTo("50%");
 * assertThat(report).party("client").hasCount(InstanceState.BREACHED, 1).owes("EUR 7350.00");
 * }</pre>
 *
 * <p>Failure messages list the party's decided instances (fulfilled, fulfilled late, breached) with their
 * explanations, or, for money, its open ones: what the figure was computed from.
 */
public class PartyAssert extends AbstractAssert<PartyAssert, Scorecard> {
    private static final Set<InstanceState> DECIDED =
            EnumSet.of(InstanceState.FULFILLED, InstanceState.FULFILLED_LATE, InstanceState.BREACHED);

    private final List<InstanceReport> instances;

    /**
     * Creates the assertion; prefer {@link ReportAssert#party(String)}, whose failure messages can show the party's
     * instances.
     *
     * @param actual the scorecard
     * @param instances the party's instances in the same report, shown in failure messages; may be empty
     */
    public PartyAssert(Scorecard actual, List<InstanceReport> instances) {
        super(actual, PartyAssert.class);
        this.instances = List.copyOf(instances);
    }

    /**
     * The on-time rate as a person writes it, {@code "50%"} or {@code "66.7%"} (one decimal at most, no trailing
     * zeros), or {@code "none"} when nothing is decided yet, for AssertJ's string assertions. The rate is
     * {@code fulfilled / (fulfilled + fulfilled late + breached)}.
     *
     * @return a string assertion on the rate
     */
    public AbstractStringAssert<?> onTimeRate() {
        isNotNull();
        return Assertions.assertThat(Texts.rate(actual.onTimeRate()))
                .as(
                        "on-time rate of %s (%d on time of %d decided):%s",
                        actual.party(), actual.onTime(), actual.decided(), Texts.lines(decided()));
    }

    /**
     * Checks the on-time rate, written as {@link #onTimeRate()} writes it.
     *
     * @param rate e.g. {@code "50%"}, or {@code "none"}
     * @return this assertion
     */
    public PartyAssert hasOnTimeRate(String rate) {
        onTimeRate().isEqualTo(rate);
        return this;
    }

    /**
     * Checks how many of the party's instances are in a state.
     *
     * @param state the state
     * @param count the expected number
     * @return this assertion
     */
    public PartyAssert hasCount(InstanceState state, int count) {
        Objects.requireNonNull(state, "state");
        isNotNull();
        int got = actual.counts().getOrDefault(state, 0);
        if (got != count) {
            failWithMessage(
                    "%nExpecting %s to have %d %s instances, but it has %d; its instances:%s",
                    actual.party(), count, state, got, Texts.lines(instances));
        }
        return this;
    }

    /**
     * Checks what the party owes in total (outstanding amounts plus fees, interest and penalties) in one currency.
     *
     * @param money e.g. {@code "EUR 7350.00"}
     * @return this assertion
     */
    public PartyAssert owes(String money) {
        Money expected = Texts.money(Objects.requireNonNull(money, "money"));
        isNotNull();
        Money got = actual.owed().stream()
                .filter(m -> m.currency().equals(expected.currency()))
                .findFirst()
                .orElse(Money.zero(expected.currency()));
        if (!got.equals(expected)) {
            failWithMessage(
                    "%nExpecting %s to owe %s, but it owes %s; its payments:%s",
                    actual.party(),
                    expected,
                    actual.owed().isEmpty() ? "nothing" : actual.owed(),
                    Texts.lines(payments()));
        }
        return this;
    }

    /**
     * Checks that the party owes at most an amount in its currency (outstanding amounts plus fees, interest and
     * penalties): a cap that should hold whatever happens, for properties.
     *
     * @param money e.g. {@code "EUR 12150.00"}
     * @return this assertion
     */
    public PartyAssert owesAtMost(String money) {
        Money cap = Texts.money(Objects.requireNonNull(money, "money"));
        isNotNull();
        Money got = actual.owed().stream()
                .filter(m -> m.currency().equals(cap.currency()))
                .findFirst()
                .orElse(Money.zero(cap.currency()));
        if (got.compareTo(cap) > 0) {
            failWithMessage(
                    "%nExpecting %s to owe at most %s, but it owes %s; its payments:%s",
                    actual.party(), cap, got, Texts.lines(payments()));
        }
        return this;
    }

    /**
     * Checks that the party owes nothing in any currency.
     *
     * @return this assertion
     */
    public PartyAssert owesNothing() {
        isNotNull();
        if (!actual.owed().isEmpty()) {
            failWithMessage(
                    "%nExpecting %s to owe nothing, but it owes %s; its payments:%s",
                    actual.party(), actual.owed(), Texts.lines(payments()));
        }
        return this;
    }

    /**
     * Checks the delay the party caused to other parties' instances through late prerequisites.
     *
     * @param units the expected delay, summed in each instance's lateness unit
     * @return this assertion
     */
    public PartyAssert hasCausedDelay(long units) {
        isNotNull();
        if (actual.delayCausedToOthers() != units) {
            failWithMessage(
                    "%nExpecting %s to have caused %d units of delay to others, but it caused %d; its instances:%s",
                    actual.party(), units, actual.delayCausedToOthers(), Texts.lines(instances));
        }
        return this;
    }

    /**
     * Checks how many late fulfilments the party announced with a notice before the deadline.
     *
     * @param count the expected number
     * @return this assertion
     */
    public PartyAssert hasLateWithNotice(int count) {
        isNotNull();
        if (actual.lateWithNotice() != count) {
            failWithMessage(
                    "%nExpecting %s to have %d late fulfilments with notice, but it has %d (and %d without);"
                            + " its instances:%s",
                    actual.party(), count, actual.lateWithNotice(), actual.lateWithoutNotice(), Texts.lines(decided()));
        }
        return this;
    }

    private List<InstanceReport> decided() {
        return instances.stream().filter(i -> DECIDED.contains(i.state())).toList();
    }

    private List<InstanceReport> payments() {
        return instances.stream().filter(i -> i.payment().isPresent()).toList();
    }
}
