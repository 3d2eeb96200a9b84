package dev.pacta.json.internal;

/**
 * The limits of the hardened reader, checked before any value is built. They are documented in
 * {@code docs/json-format.md}; a document over a limit fails with the code {@code LIMIT_EXCEEDED}.
 */
public final class Limits {
    /** The largest document read, in characters (16 MiB). */
    public static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;
    /** The deepest nesting of arrays and objects. Pacta's own documents nest at most about 10 deep. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value, in characters (64 KiB). */
    public static final int MAX_STRING_LENGTH = 65_536;
    /**
     * The longest string value of a report or changes, in characters (1 MiB): their messages and explanations quote
     * the agreement's texts, each up to {@link #MAX_STRING_LENGTH}, so they may be longer than any text read; the
     * writer refuses a longer one, so that what is written is read back.
     */
    public static final int MAX_RESULT_STRING_LENGTH = 1024 * 1024;
    /** The longest property name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;
    /** The longest number, in characters (digits, sign, point and exponent). */
    public static final int MAX_NUMBER_LENGTH = 40;
    /**
     * The most text a template's placeholders may expand to, in characters, summed over every string they stand in
     * (16 MiB, as a document): checked before each string is built, so no template can exhaust memory.
     */
    public static final long MAX_EXPANSION_CHARS = MAX_DOCUMENT_CHARS;

    private Limits() {}
}
