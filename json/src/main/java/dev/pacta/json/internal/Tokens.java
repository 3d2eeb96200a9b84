package dev.pacta.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Describes tokens and texts for error messages. */
public final class Tokens {
    private Tokens() {}

    /**
     * The parser's current token in words: {@code 'text'}, {@code 2.5}, {@code null}, {@code an object}, ...
     *
     * @param p the parser
     * @return the description
     */
    public static String describe(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the document";
        }
        try {
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case END_OBJECT -> "the end of an object";
                case END_ARRAY -> "the end of an array";
                case FIELD_NAME -> "property '" + abbreviate(p.currentName()) + "'";
                case VALUE_STRING -> "'" + abbreviate(p.getText()) + "'";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> abbreviate(p.getText());
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                default -> t.name();
            };
        } catch (IOException e) {
            return t.name();
        }
    }

    /**
     * A text cut to at most 64 characters.
     *
     * @param text the text
     * @return the text, or its first 61 characters and {@code ...}
     */
    public static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 61) + "...";
    }
}
