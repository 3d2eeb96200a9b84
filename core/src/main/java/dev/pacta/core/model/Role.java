package dev.pacta.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The role a party plays in an agreement: {@link #CLIENT}, {@link #PROVIDER} or another declared role
 * such as {@code SUBCONTRACTOR}.
 *
 * <p>Lexical form: an upper-case word, {@code [A-Z][A-Z0-9_]{0,31}}. This class is immutable and thread-safe.
 */
public final class Role {
    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    /** The party that receives the service and typically pays, approves and supplies content. */
    public static final Role CLIENT = new Role("CLIENT");
    /** The party that delivers the service. */
    public static final Role PROVIDER = new Role("PROVIDER");

    private final String name;

    private Role(String name) {
        this.name = name;
    }

    /**
     * Returns the role with the given name.
     *
     * @param name an upper-case word, e.g. {@code "CLIENT"} or {@code "SUBCONTRACTOR"}
     * @return the role
     * @throws IllegalArgumentException if the name is not an upper-case word
     */
    public static Role of(String name) {
        Objects.requireNonNull(name, "name");
        if (name.equals(CLIENT.name)) {
            return CLIENT;
        }
        if (name.equals(PROVIDER.name)) {
            return PROVIDER;
        }
        if (!FORM.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "role '" + name + "' is not valid: expected an upper-case word such as CLIENT or PROVIDER");
        }
        return new Role(name);
    }

    /**
     * The role's name.
     *
     * @return e.g. {@code "CLIENT"}
     */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Role r && r.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** Returns the role's name. */
    @Override
    public String toString() {
        return name;
    }
}
