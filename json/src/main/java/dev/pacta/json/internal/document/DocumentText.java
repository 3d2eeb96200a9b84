package dev.pacta.json.internal.document;

import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A document's text from a stream, a reader or bytes: strict UTF-8 (a malformed byte is {@code INVALID_ENCODING} with
 * its line and column), a leading byte order mark dropped, bounded by {@link Limits#MAX_DOCUMENT_CHARS}.
 */
public final class DocumentText {
    private DocumentText() {}

    /** Reads a {@code long} from 8 bytes at any index, to test 8 bytes at a time in {@link #isAscii}. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static boolean isAscii(byte[] bytes) {
        // A byte is ASCII when its top bit is clear; 32 then 8 bytes at a time, since every byte of a document is
        // tested (one branch per 32 bytes).
        int i = 0;
        for (; i + 32 <= bytes.length; i += 32) {
            long any = (long) LONGS.get(bytes, i)
                    | (long) LONGS.get(bytes, i + 8)
                    | (long) LONGS.get(bytes, i + 16)
                    | (long) LONGS.get(bytes, i + 24);
            if ((any & 0x8080808080808080L) != 0) {
                return false;
            }
        }
        for (; i + 8 <= bytes.length; i += 8) {
            if (((long) LONGS.get(bytes, i) & 0x8080808080808080L) != 0) {
                return false;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a whole character stream, bounded by {@link Limits#MAX_DOCUMENT_CHARS}; a leading byte order mark is
     * dropped. The reader is not closed.
     *
     * @param reader the reader
     * @return the text
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the text is too long
     */
    public static String slurp(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > Limits.MAX_DOCUMENT_CHARS + 1) {
                    throw ReadFailures.tooLong();
                }
            }
        } catch (CharacterCodingException e) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new PactaJsonException(new JsonProblem(
                    JsonCodes.INVALID_ENCODING, "$", line, column, "the document is not valid UTF-8 at this point"));
        }
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    /**
     * Reads a whole byte stream as strict UTF-8 (malformed bytes are an error, never replaced). The stream is not
     * closed.
     *
     * @param in the stream
     * @return the text
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the bytes are not UTF-8 or the text is too long
     */
    public static String slurp(InputStream in) throws IOException {
        return decode(readBytes(in));
    }

    /**
     * Reads a whole byte stream, bounded by three times {@link Limits#MAX_DOCUMENT_CHARS}. The stream is not closed.
     *
     * @param in the stream
     * @return the bytes
     * @throws IOException if the stream fails
     * @throws PactaJsonException if there are too many bytes for a document
     */
    public static byte[] readBytes(InputStream in) throws IOException {
        // Every character takes at most 3 bytes in UTF-8 (a surrogate pair's 4 bytes make 2 characters).
        int limit = 3 * Limits.MAX_DOCUMENT_CHARS;
        // Sized by available(), which files and byte arrays answer exactly, the first buffer usually holds the whole
        // stream, and is returned without a copy (InputStream.readNBytes copies every byte twice).
        byte[] bytes = new byte[Math.min(Math.max(in.available(), 8192), limit + 1)];
        int n = 0;
        while (true) {
            int read = in.read(bytes, n, bytes.length - n);
            if (read < 0) {
                return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
            }
            n += read;
            if (n > limit) {
                throw ReadFailures.tooLong();
            }
            if (n == bytes.length) {
                int next = in.read();
                if (next < 0) {
                    return bytes;
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(2L * bytes.length, limit + 1L));
                bytes[n++] = (byte) next;
                if (n > limit) {
                    throw ReadFailures.tooLong();
                }
            }
        }
    }

    /**
     * Decodes bytes as strict UTF-8, as {@link #slurp(InputStream)} does once it has read them; a leading byte order
     * mark is dropped.
     *
     * @param bytes the bytes, at most three times {@link Limits#MAX_DOCUMENT_CHARS}
     * @return the text
     * @throws PactaJsonException if the bytes are not UTF-8 or the text is too long
     */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < output.position(); i++) {
                if (output.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new PactaJsonException(new JsonProblem(
                    JsonCodes.INVALID_ENCODING,
                    "$",
                    line,
                    column,
                    "the document is not valid UTF-8: byte " + input.position() + " starts a malformed sequence"));
        }
        output.flip();
        String text = output.toString();
        if (text.length() > Limits.MAX_DOCUMENT_CHARS + 1) {
            throw ReadFailures.tooLong();
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
