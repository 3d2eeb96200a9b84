package com.fasterxml.jackson.fake;

/**
 * A stand-in for a Jackson type (Jackson is not on core's test class path), in a Jackson package, so that the
 * architecture test can show its no-Jackson rule fails on a class that uses it.
 */
public final class Mapper {
    /**
     * Pretends to write a value.
     *
     * @param value any value
     * @return its text
     */
    public String writeValueAsString(Object value) {
        return String.valueOf(value);
    }
}
