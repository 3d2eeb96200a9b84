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
     * @throws IOException if the token's text is not valid JSON (an escape it does not have, a control character):
     *     the parser finds it only when the text is read, and the document's problem is then that syntax error
     */
    public static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the document";
        }
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
    }

    /**
     * Where a text has a lone surrogate: a high surrogate not followed by a low one, or a low one not preceded by a
     * high one. JSON's {@code \\uD800} escape can write one; I-JSON (RFC 7493, section 2.1) forbids it, and no UTF-8
     * writer can write it.
     *
     * @param text the text
     * @return the index of the first lone surrogate, or -1 if there is none
     */
    public static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // One test for most characters: surrogates are D800 to DFFF.
            if ((c & 0xF800) != 0xD800) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /**
     * Why a text with a lone surrogate is refused, for messages.
     *
     * @param text the text
     * @param at the index of the lone surrogate
     * @return e.g. {@code "character 3 is a lone surrogate \\uD800, which I-JSON (RFC 7493, section 2.1) forbids"}
     */
    public static String loneSurrogateMessage(String text, int at) {
        return "character " + (at + 1) + " is a lone surrogate \\u"
                + Integer.toHexString(text.charAt(at)).toUpperCase(java.util.Locale.ROOT)
                + ", which I-JSON (RFC 7493, section 2.1) forbids: it is half of a character and no UTF-8 text can"
                + " hold it";
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
