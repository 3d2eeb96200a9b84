package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.Limits;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.Tokens;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every failure to read, as a {@link PactaJsonException} with a stable code, the JSON path, the line and the column:
 * Jackson's syntax errors and exceeded limits in Pacta's words, placed where the reader of the document would look.
 */
final class ReadFailures {
    private ReadFailures() {}

    /** Every failure to read, as the library's exception with the place it happened. */
    static PactaJsonException failure(Throwable e, JsonParser p) {
        if (e instanceof ReadError r) {
            return new PactaJsonException(r.subject(), r.problems());
        }
        if (e instanceof PactaJsonException pe) {
            return pe;
        }
        if (e instanceof StreamConstraintsException c) {
            return problem(p, limitPath(c, p), limitLocation(c, p), JsonCodes.LIMIT_EXCEEDED, limitMessage(c));
        }
        if (e instanceof JsonProcessingException j) {
            return syntax(p, j);
        }
        if (e instanceof IOException) {
            return problem(p, JsonPaths.of(p), p.currentLocation(), JsonCodes.SYNTAX, String.valueOf(e.getMessage()));
        }
        // A defect, never expected: still reported with the place it happened.
        return problem(
                p,
                JsonPaths.of(p),
                p.currentTokenLocation(),
                JsonCodes.INVALID_VALUE,
                "cannot read this value: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    static PactaJsonException tooLong() {
        return new PactaJsonException(new JsonProblem(
                JsonCodes.LIMIT_EXCEEDED,
                "$",
                1,
                1,
                "the document is longer than the limit of " + Limits.MAX_DOCUMENT_CHARS + " characters"));
    }

    /**
     * A too-long property name's problem placed at the name's opening quote: the parser gives up inside the name, at
     * a column that depends on its buffers. JSON strings hold no line break, so the problem's line is the name's, and
     * every line starts outside a string: the name is the first string of the line that is longer than the limit and
     * followed by a colon (or that runs to the line's end).
     */
    static PactaJsonException atLongName(PactaJsonException e, String text) {
        if (e.problems().size() != 1
                || !e.code().equals(JsonCodes.LIMIT_EXCEEDED)
                || !e.getMessage().contains("name length")) {
            return e;
        }
        JsonProblem problem = e.problems().get(0);
        int start = 0;
        for (int line = 1; line < problem.line(); line++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return e;
            }
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        int open = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                open = c == '"' ? i : -1;
            } else if (c == '\\') {
                i++;
            } else if (c == '"') {
                int after = i + 1;
                while (after < end && Character.isWhitespace(text.charAt(after))) {
                    after++;
                }
                if (i - open - 1 > Limits.MAX_NAME_LENGTH && after < end && text.charAt(after) == ':') {
                    break;
                }
                open = -1;
            }
        }
        if (open < 0) {
            return e;
        }
        return new PactaJsonException(
                new JsonProblem(problem.code(), problem.path(), problem.line(), open - start + 1, problem.message()));
    }

    static PactaJsonException syntax(JsonParser p, JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate field '")) {
            String name = original.substring("Duplicate field '".length(), original.length() - 1);
            // The parser stops right after the name's closing quote: point at its opening quote instead.
            JsonLocation after = location(e, p);
            int column = Math.max(1, after.getColumnNr() - name.length() - 2);
            return new PactaJsonException(new JsonProblem(
                    JsonCodes.DUPLICATE_PROPERTY,
                    JsonPaths.of(p),
                    ReadError.line(after),
                    column,
                    "property '" + Tokens.abbreviate(name) + "' appears twice in the same object"));
        }
        if (original.startsWith("Trailing token")) {
            return problem(
                    p,
                    "$",
                    location(e, p),
                    JsonCodes.TRAILING_TOKENS,
                    "unexpected content after the end of the document: found " + trailing(p));
        }
        boolean truncated = original.contains("end-of-input");
        String message = inOurWords(original.replaceAll("\\s*\\n.*", ""));
        return problem(
                p,
                JsonPaths.of(p),
                location(e, p),
                truncated ? JsonCodes.TRUNCATED : JsonCodes.SYNTAX,
                (truncated ? "the document ends too early: " : "invalid JSON: ") + lowerFirst(message));
    }

    /** Where Jackson says a structure starts: its source, which this reader never includes, then the place. */
    static final Pattern JACKSON_LOCATION = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    static final Pattern UNCLOSED = Pattern.compile(
            "Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at line (\\d+), column"
                    + " (\\d+)\\)");

    static final Pattern WRONG_CLOSE = Pattern.compile(
            "Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at line (\\d+), column"
                    + " (\\d+)\\)");

    static final Pattern NOTHING_TO_CLOSE =
            Pattern.compile("Unexpected close marker '(.)': no open (Object|Array) to close");

    /**
     * A message of Jackson's parser with Jackson's internals replaced by Pacta's words: the source description
     * ({@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 2, column: 27]})
     * becomes {@code line 2, column 27}, and an unclosed or wrongly closed object or array is named as such.
     */
    static String inOurWords(String jackson) {
        String message = JACKSON_LOCATION.matcher(jackson).replaceAll("line $1, column $2");
        Matcher m = UNCLOSED.matcher(message);
        if (m.matches()) {
            boolean object = m.group(1).equals("Object");
            return "expected '" + (object ? '}' : ']') + "' to close the " + (object ? "object" : "array")
                    + " that starts at line " + m.group(2) + ", column " + m.group(3);
        }
        m = WRONG_CLOSE.matcher(message);
        if (m.matches()) {
            return "unexpected '" + m.group(1) + "': expected '" + m.group(2) + "' to close the "
                    + (m.group(3).equals("Object") ? "object" : "array") + " that starts at line " + m.group(4)
                    + ", column " + m.group(5);
        }
        m = NOTHING_TO_CLOSE.matcher(message);
        if (m.matches()) {
            return "unexpected '" + m.group(1) + "': there is no " + (m.group(2).equals("Object") ? "object" : "array")
                    + " to close";
        }
        return message;
    }

    static String limitMessage(StreamConstraintsException e) {
        String original = String.valueOf(e.getOriginalMessage());
        int from = original.indexOf(", from `");
        int close = from < 0 ? -1 : original.indexOf("`)", from);
        if (close >= 0) {
            original = original.substring(0, from) + original.substring(close + 1);
        }
        return "the document exceeds a limit of the reader: " + lowerFirst(original.replaceAll("\\s*\\n.*", ""));
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The length Jackson reports in a limit's message: {@code Number value length (41) exceeds ...}. */
    static final Pattern LIMIT_LENGTH = Pattern.compile("length \\((\\d+)\\)");

    static boolean isNameLimit(JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("Name length");
    }

    /**
     * The path of a limit's problem: that of the current token, or for a too-long property name, that of the object
     * it is in (the parser's current name is still the previous property's).
     */
    static String limitPath(JsonProcessingException e, JsonParser p) {
        if (isNameLimit(e)
                && p.getParsingContext() != null
                && p.getParsingContext().inObject()) {
            return JsonPaths.of(p.getParsingContext().getParent());
        }
        return JsonPaths.of(p);
    }

    /**
     * Where a limit was exceeded: the start of a string (strings are read lazily, so the parser is at its token), the
     * start of a too-long number (the parser stops at its end, and says how long it is), about the opening quote of a
     * too-long property name (see {@link #atLongName}), else where the parser stopped (the too-deep bracket).
     */
    static JsonLocation limitLocation(JsonProcessingException e, JsonParser p) {
        JsonLocation current = p.currentLocation();
        if (isNameLimit(e)) {
            // The parser is still at the previous token; it stopped inside the name, on the name's line (a name holds
            // no
            // line break). The column is an estimate that atLongName corrects when the document's text is at hand.
            Matcher m = LIMIT_LENGTH.matcher(String.valueOf(e.getOriginalMessage()));
            int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
            return new JsonLocation(
                    current.contentReference(),
                    current.getCharOffset(),
                    current.getLineNr(),
                    Math.max(1, current.getColumnNr() - length - 2));
        }
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.currentTokenLocation();
        }
        JsonLocation at = location(e, p);
        Matcher number = LIMIT_LENGTH.matcher(String.valueOf(e.getOriginalMessage()));
        if (String.valueOf(e.getOriginalMessage()).startsWith("Number value length")
                && number.find()
                && at.getColumnNr() > Integer.parseInt(number.group(1))) {
            // The parser stops just after the number: its first character is its length before.
            int length = Integer.parseInt(number.group(1));
            return new JsonLocation(
                    at.contentReference(), at.getCharOffset() - length, at.getLineNr(), at.getColumnNr() - length);
        }
        if (String.valueOf(e.getOriginalMessage()).contains("nesting depth") && at.getColumnNr() > 1) {
            // The parser stops just after the bracket that goes too deep: point at the bracket.
            return new JsonLocation(
                    at.contentReference(), at.getCharOffset() - 1, at.getLineNr(), at.getColumnNr() - 1);
        }
        return at;
    }

    static JsonLocation location(JsonProcessingException e, JsonParser p) {
        JsonLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0 ? at : p.currentLocation();
    }

    static PactaJsonException problem(JsonParser p, String path, JsonLocation at, String code, String message) {
        return new PactaJsonException(new JsonProblem(code, path, ReadError.line(at), ReadError.column(at), message));
    }

    static String describe(JsonParser p) throws IOException {
        return Tokens.describe(p);
    }

    /** The content after the document in words; a string whose text is not valid JSON either is only named. */
    private static String trailing(JsonParser p) {
        try {
            return Tokens.describe(p);
        } catch (IOException e) {
            return "a string";
        }
    }
}
