package dev.pacta.core.scenario;

import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.InstanceId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Check} expects of the findings: that one with a code is present (or absent), optionally concerning a
 * given party and instance.
 *
 * <p>A finding matches when its code is {@link #code()} and, if they are set, its party is {@link #party()} and its
 * instance {@link #instance()}. "Present" passes if at least one finding matches; "absent" if none does.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FindingExpectation {
    FindingExpectation() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Expects a finding with the code.
     *
     * @param code the code, e.g. {@code "BREACH"}
     * @return the expectation
     */
    public static FindingExpectation present(String code) {
        return builder().code(code).build();
    }

    /**
     * Expects no finding with the code.
     *
     * @param code the code, e.g. {@code "UNAUTHORISED_WAIVER"}
     * @return the expectation
     */
    public static FindingExpectation absent(String code) {
        return builder().code(code).present(false).build();
    }

    /**
     * The finding's code.
     *
     * @return the code
     */
    public abstract String code();

    /**
     * Whether a matching finding is expected (true, the default) or not.
     *
     * @return true for "present"
     */
    @Value.Default
    public boolean present() {
        return true;
    }

    /**
     * The party the finding must concern, if any is required.
     *
     * @return the party
     */
    public abstract Optional<PartyId> party();

    /**
     * The instance the finding must concern, if any is required.
     *
     * @return the instance
     */
    public abstract Optional<InstanceId> instance();

    /**
     * The finding described in words, e.g. {@code "finding BREACH by client on approve-mockup#2"}.
     *
     * @return the description
     */
    public String describe() {
        return "finding " + code() + party().map(p -> " by " + p).orElse("")
                + instance().map(i -> " on " + i).orElse("");
    }

    @Value.Check
    void check() {
        if (code().isBlank()) {
            throw new IllegalArgumentException("finding expectation: code must not be blank");
        }
    }

    /** Builds {@link FindingExpectation} values. */
    public static final class Builder extends ImmutableFindingExpectation.Builder {}
}
