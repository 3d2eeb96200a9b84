package dev.pacta.core.report;

import dev.pacta.core.model.ObligationId;
import java.util.Objects;
import java.util.Optional;

/**
 * The id of an obligation instance: the obligation's id, {@code #}, and the instance's number from 1 in timeline
 * order, e.g. {@code approve-mockup#2}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param obligation the obligation
 * @param number the instance's number, from 1
 */
public record InstanceId(ObligationId obligation, int number) implements Comparable<InstanceId> {
    /**
     * Checks the components.
     *
     * @param obligation the obligation
     * @param number the instance's number, from 1
     * @throws IllegalArgumentException if the number is less than 1
     */
    public InstanceId {
        Objects.requireNonNull(obligation, "obligation");
        if (number < 1) {
            throw new IllegalArgumentException("instance number must be at least 1, was " + number);
        }
    }

    /**
     * Returns the instance id.
     *
     * @param obligation the obligation id
     * @param number the number, from 1
     * @return the id
     */
    public static InstanceId of(ObligationId obligation, int number) {
        return new InstanceId(obligation, number);
    }

    /**
     * Parses {@code obligationId#n}.
     *
     * @param text the text
     * @return the id, or empty if the text is not an instance id
     */
    public static Optional<InstanceId> parse(String text) {
        int hash = text.lastIndexOf('#');
        if (hash <= 0 || hash == text.length() - 1 || text.length() - hash > 10) {
            return Optional.empty();
        }
        String obligation = text.substring(0, hash);
        String number = text.substring(hash + 1);
        if (!dev.pacta.core.Identifier.isValid(obligation) || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int n = Integer.parseInt(number);
        return n < 1 || number.charAt(0) == '0'
                ? Optional.empty()
                : Optional.of(new InstanceId(ObligationId.of(obligation), n));
    }

    @Override
    public int compareTo(InstanceId other) {
        int c = obligation.compareTo(other.obligation);
        return c != 0 ? c : Integer.compare(number, other.number);
    }

    /** Returns {@code obligationId#n}. */
    @Override
    public String toString() {
        return obligation + "#" + number;
    }
}
