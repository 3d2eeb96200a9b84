package dev.pacta.core;

import java.util.Objects;

/**
 * One problem found in a document or a value: a stable code, the path of the offending part and a message.
 *
 * <p>Paths use the property names of the model with zero-based indexes, e.g.
 * {@code obligations[2].beneficiary}; the empty path denotes the whole value. Codes are stable
 * (they never change meaning between versions) and upper-case, e.g. {@code UNKNOWN_PARTY}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code of the problem, e.g. {@code DUPLICATE_ID}
 * @param path where the problem is, e.g. {@code obligations[2].beneficiary}
 * @param message one sentence a person can act on, naming the ids involved
 */
public record Problem(String code, String path, String message) {
    /**
     * Checks that no component is null.
     *
     * @param code the stable code of the problem, e.g. {@code DUPLICATE_ID}
     * @param path where the problem is, e.g. {@code obligations[2].beneficiary}
     * @param message one sentence a person can act on, naming the ids involved
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns this problem with its path placed under a parent path.
     *
     * @param parent the parent path, e.g. {@code obligations[2]}
     * @return the same problem at {@code parent.path}
     */
    public Problem under(String parent) {
        if (parent.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Problem(code, joined, message);
    }

    /** Returns {@code path: message [code]}. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]";
    }
}
