package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pacta.json.internal.Limits;
import dev.pacta.json.internal.Tokens;
import java.io.IOException;

/** A generator that refuses every string and name the reader would refuse, before writing it. */
final class ReadableStrings extends com.fasterxml.jackson.core.util.JsonGeneratorDelegate {
    private final int maxString;

    ReadableStrings(JsonGenerator g, int maxString) {
        super(g, false);
        this.maxString = maxString;
    }

    private static void check(String text, int max, String what) {
        if (text.length() > max) {
            throw new IllegalArgumentException(what + " of " + text.length() + " characters is longer than the " + max
                    + " characters the reader takes: '" + Tokens.abbreviate(text) + "'");
        }
        int lone = Tokens.loneSurrogate(text);
        if (lone >= 0) {
            throw new IllegalArgumentException(
                    what + " '" + Tokens.abbreviate(text) + "': " + Tokens.loneSurrogateMessage(text, lone));
        }
    }

    @Override
    public void writeString(String text) throws IOException {
        if (text != null) {
            check(text, maxString, "a text");
        }
        super.writeString(text);
    }

    @Override
    public void writeString(char[] text, int offset, int len) throws IOException {
        check(new String(text, offset, len), maxString, "a text");
        super.writeString(text, offset, len);
    }

    @Override
    public void writeString(com.fasterxml.jackson.core.SerializableString text) throws IOException {
        check(text.getValue(), maxString, "a text");
        super.writeString(text);
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        check(name, Limits.MAX_NAME_LENGTH, "a property name");
        super.writeFieldName(name);
    }

    @Override
    public void writeFieldName(com.fasterxml.jackson.core.SerializableString name) throws IOException {
        check(name.getValue(), Limits.MAX_NAME_LENGTH, "a property name");
        super.writeFieldName(name);
    }
}
