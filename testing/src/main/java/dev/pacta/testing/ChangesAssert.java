package dev.pacta.testing;

import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceState;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.Description;

/**
 * Assertions on the changes of a live evaluation ({@link dev.pacta.core.engine.Evaluation#pollChanges()}), e.g.
 *
 * <pre>{@code
 * assertThat(evaluation.append(approval).pollChanges())
 *         .contains("approve-mockup#2", InstanceState.UPCOMING, InstanceState.FULFILLED_LATE)
 *         .doesNotContain("deposit#1");
 * assertThat(changes).instance("approve-mockup#2").isFulfilledLate().byBusinessDays(1);
 * }</pre>
 *
 * <p>Every failure message lists every change, each with its transition, the changed aspects and the instance's
 * explanation.
 */
public class ChangesAssert extends AbstractAssert<ChangesAssert, ComplianceChanges> {
    /**
     * Creates the assertion; prefer {@link PactaAssertions#assertThat(ComplianceChanges)}.
     *
     * @param actual the changes
     */
    public ChangesAssert(ComplianceChanges actual) {
        super(actual, ChangesAssert.class);
    }

    /**
     * Checks that nothing changed.
     *
     * @return this assertion
     */
    public ChangesAssert isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            fail("no change");
        }
        return this;
    }

    /**
     * Checks the number of changed instances.
     *
     * @param size the expected number
     * @return this assertion
     */
    public ChangesAssert hasSize(int size) {
        isNotNull();
        if (actual.instances().size() != size) {
            fail(size + (size == 1 ? " change" : " changes"));
        }
        return this;
    }

    /**
     * Checks that an instance changed in any aspect.
     *
     * @param instance the instance id, e.g. {@code "approve-mockup#2"}
     * @return this assertion
     */
    public ChangesAssert contains(String instance) {
        InstanceId id = id(instance);
        isNotNull();
        if (change(id).isEmpty()) {
            fail("a change of " + id);
        }
        return this;
    }

    /**
     * Checks that an instance's state changed to {@code after}, from any state (or appeared in it).
     *
     * @param instance the instance id
     * @param after the state it changed to
     * @return this assertion
     */
    public ChangesAssert contains(String instance, InstanceState after) {
        InstanceId id = id(instance);
        Objects.requireNonNull(after, "after");
        isNotNull();
        if (change(id)
                .filter(c -> c.isStateChange() && c.after().equals(Optional.of(after)))
                .isEmpty()) {
            fail(id + " to change to " + after);
        }
        return this;
    }

    /**
     * Checks that an instance's state changed from {@code before} to {@code after}.
     *
     * @param instance the instance id
     * @param before the state it had at the previous look
     * @param after the state it has now
     * @return this assertion
     */
    public ChangesAssert contains(String instance, InstanceState before, InstanceState after) {
        InstanceId id = id(instance);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        isNotNull();
        if (change(id)
                .filter(c -> c.before().equals(Optional.of(before)) && c.after().equals(Optional.of(after)))
                .isEmpty()) {
            fail(id + " to change from " + before + " to " + after);
        }
        return this;
    }

    /**
     * Checks that an instance changed in at least these aspects (e.g. {@code DUE} after an extension).
     *
     * @param instance the instance id
     * @param aspects the aspects that must be among its changed ones
     * @return this assertion
     */
    public ChangesAssert contains(String instance, InstanceChange.Aspect... aspects) {
        InstanceId id = id(instance);
        Set<InstanceChange.Aspect> wanted = aspects.length == 0
                ? EnumSet.noneOf(InstanceChange.Aspect.class)
                : EnumSet.copyOf(Arrays.asList(aspects));
        isNotNull();
        if (change(id).filter(c -> c.aspects().containsAll(wanted)).isEmpty()) {
            fail("a change of " + id + " in " + wanted);
        }
        return this;
    }

    /**
     * Checks that an instance did not change.
     *
     * @param instance the instance id
     * @return this assertion
     */
    public ChangesAssert doesNotContain(String instance) {
        InstanceId id = id(instance);
        isNotNull();
        if (change(id).isPresent()) {
            fail("no change of " + id);
        }
        return this;
    }

    /**
     * The assertions on a changed instance's report row as of the changes.
     *
     * @param instance the instance id
     * @return the instance's assertion
     */
    public InstanceAssert instance(String instance) {
        InstanceId id = id(instance);
        isNotNull();
        Optional<InstanceChange> change = change(id);
        if (change.flatMap(InstanceChange::report).isEmpty()) {
            fail(change.isPresent() ? id + " to have a report row (it disappeared)" : "a change of " + id);
        }
        InstanceAssert nested = new InstanceAssert(change.orElseThrow().report().orElseThrow());
        Description description = info.description();
        return description == null ? nested : nested.as(description);
    }

    private Optional<InstanceChange> change(InstanceId id) {
        return actual.instances().stream().filter(c -> c.instance().equals(id)).findFirst();
    }

    private static InstanceId id(String instance) {
        Objects.requireNonNull(instance, "instance");
        return InstanceId.parse(instance)
                .orElseThrow(() -> new IllegalArgumentException(
                        "expected an instance id such as approve-mockup#2, was '" + instance + "'"));
    }

    private void fail(String expected) {
        failWithMessage(
                "%nExpecting %s in the changes of %s as of %s, but the changes are:%s",
                expected, actual.agreement(), actual.asOf(), changes(actual.instances()));
    }

    private static String changes(List<InstanceChange> changes) {
        if (changes.isEmpty()) {
            return "\n    (none)";
        }
        return changes.stream().map(c -> "\n    " + Texts.line(c)).collect(Collectors.joining());
    }
}
