package dev.pacta.json;

import dev.pacta.core.model.ValidationCodes;

/**
 * The stable codes of the problems the JSON module reports itself, one constant per code: the catalogue of this
 * family, as {@link JsonProblem#code()} carries them. {@code docs/json-format.md} lists exactly these codes with the
 * template and calendar codes the reader passes on, which a test checks.
 *
 * <p>A document's domain problems keep the core model's codes ({@link ValidationCodes}); a scenario's parameter
 * values keep the template's ({@link dev.pacta.core.template.AgreementTemplate}); a calendar that cannot be built keeps
 * the calendar's ({@link dev.pacta.core.time.BusinessCalendar}). Each code is the name of its constant, in upper-case
 * words joined by underscores.
 */
public final class JsonCodes {
    private JsonCodes() {}

    /** Not JSON (including comments, single quotes, {@code NaN}, leading zeros). */
    public static final String SYNTAX = "SYNTAX";

    /** The document ends too early. */
    public static final String TRUNCATED = "TRUNCATED";

    /** Nothing but white space. */
    public static final String EMPTY_DOCUMENT = "EMPTY_DOCUMENT";

    /** A stream or file that is not UTF-8. */
    public static final String INVALID_ENCODING = "INVALID_ENCODING";

    /** Content after the document's closing brace. */
    public static final String TRAILING_TOKENS = "TRAILING_TOKENS";

    /** The document has no {@code "pacta"} property at its top level. */
    public static final String MISSING_MARKER = "MISSING_MARKER";

    /** The {@code "pacta"} marker names no known kind of document. */
    public static final String UNKNOWN_MARKER = "UNKNOWN_MARKER";

    /** The marker of another kind of document. */
    public static final String WRONG_DOCUMENT = "WRONG_DOCUMENT";

    /** A property this object does not have (the message lists those it has). */
    public static final String UNKNOWN_PROPERTY = "UNKNOWN_PROPERTY";

    /** A key twice in one object. */
    public static final String DUPLICATE_PROPERTY = "DUPLICATE_PROPERTY";

    /** {@code null} (optional properties are omitted instead). */
    public static final String NULL_VALUE = "NULL_VALUE";

    /** A required property is absent (at the object's opening brace). */
    public static final String MISSING_PROPERTY = "MISSING_PROPERTY";

    /** A property that belongs to another kind (an {@code event} on an {@code ON_MILESTONE} trigger). */
    public static final String UNEXPECTED_PROPERTY = "UNEXPECTED_PROPERTY";

    /** Two properties where exactly one is allowed ({@code days} and {@code hours} in one deadline). */
    public static final String CONFLICTING_PROPERTIES = "CONFLICTING_PROPERTIES";

    /** A JSON type other than the expected one ({@code "2"} or {@code 2.5} for a whole number). */
    public static final String WRONG_TYPE = "WRONG_TYPE";

    /** The right JSON type in the wrong form ({@code ""} or {@code 2024-02-30} for a date, a bad id or zone). */
    public static final String INVALID_VALUE = "INVALID_VALUE";

    /** A name outside a closed list (trigger, remedy, category, convention, ...). */
    public static final String UNKNOWN_KIND = "UNKNOWN_KIND";

    /** A number outside its range, or a decimal out of bounds. */
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";

    /** A limit of the reader: document length, nesting depth, string, property name or number length. */
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

    /** A template whose placeholders would fill in more than 16 MiB of text. */
    public static final String EXPANSION_LIMIT_EXCEEDED = "EXPANSION_LIMIT_EXCEEDED";

    /**
     * Two things of one document, or of one folder, share an id: two events of a timeline, two parameters of a
     * template, two calendar files (the code the agreement's validation has for the same mistake).
     */
    public static final String DUPLICATE_ID = ValidationCodes.DUPLICATE_ID;

    /** {@code ${} without a closing {@code }}, or a placeholder name that is not an id. */
    public static final String PLACEHOLDER_SYNTAX = "PLACEHOLDER_SYNTAX";

    /** A placeholder names no parameter. */
    public static final String UNDECLARED_PARAMETER = "UNDECLARED_PARAMETER";

    /** A parameter that no placeholder uses. */
    public static final String UNUSED_PARAMETER = "UNUSED_PARAMETER";

    /** A placeholder whose parameter's type is not the position's. */
    public static final String PLACEHOLDER_WRONG_TYPE = "PLACEHOLDER_WRONG_TYPE";

    /** A placeholder inside text where a number, date or amount belongs. */
    public static final String PLACEHOLDER_NOT_WHOLE = "PLACEHOLDER_NOT_WHOLE";

    /** A placeholder where no parameter may stand (an id, a kind, an hour count, a property name). */
    public static final String PLACEHOLDER_NOT_ALLOWED = "PLACEHOLDER_NOT_ALLOWED";

    /** Bounds on an unordered type, {@code min} above {@code max}, a default out of bounds, mixed currencies. */
    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";

    /** A scenario's template file does not exist. */
    public static final String TEMPLATE_NOT_FOUND = "TEMPLATE_NOT_FOUND";

    /** A scenario that names a template file was read from text, without a folder. */
    public static final String NO_TEMPLATE_FOLDER = "NO_TEMPLATE_FOLDER";

    /** A template reference that leads outside the folder templates may be read from: absolute, or {@code ..}. */
    public static final String TEMPLATE_OUTSIDE_ROOT = "TEMPLATE_OUTSIDE_ROOT";

    /** A template reference that leads to a file that is not a {@code template/1} document (never quoted). */
    public static final String NOT_A_TEMPLATE = "NOT_A_TEMPLATE";

    /** A scenario's calendar file does not exist. */
    public static final String CALENDAR_NOT_FOUND = "CALENDAR_NOT_FOUND";

    /** A scenario that names a calendar file was read from text, without a folder. */
    public static final String NO_CALENDAR_FOLDER = "NO_CALENDAR_FOLDER";

    /** A calendar reference that leads outside the folder files may be read from: absolute, or {@code ..}. */
    public static final String CALENDAR_OUTSIDE_ROOT = "CALENDAR_OUTSIDE_ROOT";

    /** A calendar reference that leads to a file that is not a {@code calendar/1} document (never quoted). */
    public static final String NOT_A_CALENDAR = "NOT_A_CALENDAR";

    /** A scenario expects a scorecard figure that does not exist. */
    public static final String UNKNOWN_FIGURE = "UNKNOWN_FIGURE";

    /** A calendar id that no file nor source knows. */
    public static final String UNKNOWN_CALENDAR = "UNKNOWN_CALENDAR";

    /** Calendar files that combine themselves ({@code a -> b -> a}). */
    public static final String CALENDAR_CYCLE = "CALENDAR_CYCLE";

    /** A value the writer cannot write so that the reader reads it back equal (no line or column). */
    public static final String UNWRITABLE = "UNWRITABLE";
}
