package dev.pacta.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.pacta.json.DocumentKind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One input of a fuzz test, as the document's bytes. An input that starts as JSON text can start (white space, a byte
 * order mark, or the first character of a JSON value) is the document's bytes as they are, so that a committed JSON
 * file is an input that reads that file. Any other input (such as one whose first byte is {@link #STRUCTURED}) is a
 * recipe for a structure-aware mutation of a seed document ({@link JsonMutator}): so the fuzzer's byte mutations of the
 * first byte keep switching between both kinds of input, rather than seldom leaving the raw one.
 *
 * @param bytes the document, usually UTF-8
 * @param structured whether it was made by {@link JsonMutator}
 */
record FuzzInput(byte[] bytes, boolean structured) {
    /** The first byte of a structure-aware input. */
    static final byte STRUCTURED = 0x01;

    /**
     * Takes the document from the fuzzer's data; further choices of the test come from what is left.
     *
     * @param data the fuzzer's data
     * @param kind the kind of seed document a structure-aware input starts from
     * @return the input
     */
    static FuzzInput of(FuzzedDataProvider data, DocumentKind kind) {
        byte[] first = data.consumeBytes(1);
        if (first.length == 1 && !startsJson(first[0])) {
            return new FuzzInput(JsonMutator.mutate(data, kind).getBytes(StandardCharsets.UTF_8), true);
        }
        byte[] rest = data.consumeRemainingAsBytes();
        byte[] all = new byte[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return new FuzzInput(all, false);
    }

    /** Whether a document may start with this byte: white space, a byte order mark's first byte, or a value's. */
    private static boolean startsJson(byte b) {
        return switch (b) {
            case ' ', '\t', '\n', '\r', '{', '[', '"', '-', 't', 'f', 'n', (byte) 0xEF -> true;
            default -> b >= '0' && b <= '9';
        };
    }

    /**
     * The document as text, if its bytes are well-formed UTF-8: then reading the text and reading the bytes must agree.
     *
     * @return the text, or empty for bytes that are not UTF-8
     */
    Optional<String> text() {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
