package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.Tokens;
import java.io.IOException;

/**
 * A scalar JSON value kept for later, when its type is known only after the rest of the document has been read (a
 * parameter's default before its {@code type}, a scenario's parameter values before its template): the token, its
 * text, its JSON path and where it was.
 *
 * @param token the token: a string, a number, {@code true} or {@code false}
 * @param text the token's text (the string's value, the number as written)
 * @param integral whether a number is a JSON integer that fits a {@code long}
 * @param path the JSON path
 * @param at where it starts in the document
 */
public record RawScalar(JsonToken token, String text, boolean integral, String path, JsonLocation at) {
    /**
     * Captures the scalar at the parser's current token.
     *
     * @param p the parser, at the value
     * @param expected what the value should be, for the error
     * @return the scalar
     * @throws ReadError if the value is an object, an array or null
     */
    static RawScalar capture(JsonParser p, String expected) throws IOException {
        JsonToken t = p.currentToken();
        if (!t.isScalarValue() || t == JsonToken.VALUE_NULL) {
            throw Scalars.wrongType(p, expected);
        }
        boolean integral = t == JsonToken.VALUE_NUMBER_INT
                && (p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG);
        String text = t == JsonToken.VALUE_STRING ? Scalars.unicode(p, p.getText(), expected) : p.getText();
        return new RawScalar(t, text, integral, JsonPaths.of(p), p.currentTokenLocation());
    }

    /**
     * The value in words for messages, as {@link Tokens#describe} would give it.
     *
     * @return e.g. {@code 'abc'} or {@code 12}
     */
    public String describe() {
        return token == JsonToken.VALUE_STRING ? "'" + Tokens.abbreviate(text) + "'" : Tokens.abbreviate(text);
    }

    /**
     * A problem with this value.
     *
     * @param code the code
     * @param message the message
     * @return the problem at this value's path and place
     */
    public JsonProblem problem(String code, String message) {
        return new JsonProblem(code, path, ReadError.line(at), ReadError.column(at), message);
    }
}
