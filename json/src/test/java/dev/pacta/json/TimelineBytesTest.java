package dev.pacta.json;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.gen.Coverage;
import dev.pacta.core.model.Timeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A timeline read from bytes (a stream or a file), which takes a faster route for plain ASCII, reads exactly as its
 * text does: the same timeline, or the same problems with the same paths, lines and columns.
 */
class TimelineBytesTest {
    private static final String GOLDEN = Golden.text(Golden.TIMELINE_FILE);

    /** Documents whose problems differ in kind: duplicates found by Jackson, by the reader, or not at all. */
    private static final List<String> CASES = List.of(
            GOLDEN,
            RejectionTest.TIMELINE,
            "",
            "   ",
            "[]",
            "{}",
            "{\"pacta\": \"timeline/1\"}",
            "{\"pacta\": \"timeline/1\", \"pacta\": \"timeline/1\"}",
            "{\"pacta\": \"timeline/1\", \"events\": [], \"events\": []}",
            "{\"pacta\": \"timeline/1\", \"events\": [{\"id\": \"e1\", \"id\": \"e2\", \"at\": \"2026-03-04\"}]}",
            "{\"pacta\": \"timeline/1\", \"events\": [{\"x\": 1, \"x\": 2}]}",
            "{\"pacta\": \"timeline/1\", \"events\": [{\"i\\u0064\": \"e1\", \"id\": \"e2\"}]}",
            "{\"pacta\": \"timeline/1\", \"events\": [{\"id\": \"e1\", \"at\": \"2026-03-04\", \"kind\": \"amendment\","
                    + " \"actor\": \"p\", \"amendment\": {\"milestoneTargets\": {\"m\": \"2026-04-01\","
                    + " \"m\": \"2026-04-02\"}}}]}",
            "{\"pacta\": \"timeline/1\", \"events\": [{\"id\": \"e1\", \"at\": \"2026-03-04\", \"kind\": \"a\","
                    + " \"actor\": \"p\"}, {\"id\": \"e1\", \"at\": \"2026-03-04\", \"kind\": \"a\", \"actor\": \"p\"}]}",
            "{\"pacta\": \"timeline/1\", \"events\": [{\"id\": \"e1\", \"at\": \"2026-03-04\", \"kind\": \"a\","
                    + " \"actor\": \"p\", \"note\": \"caf\u00e9\"}]}",
            "\uFEFF" + RejectionTest.TIMELINE,
            RejectionTest.TIMELINE + " {\"a\": 1, \"a\": 2}",
            RejectionTest.TIMELINE.replace("2026-03-04", "2026-02-30"),
            RejectionTest.TIMELINE.replace("\"p\"", "\"p\", \"at\": \"2026-03-04\""),
            RejectionTest.TIMELINE.replace("\"e1\"", "\"e1\u0000\""),
            RejectionTest.TIMELINE.replace("]", ""));

    @Test
    void everyCase_readsFromBytesAsFromText(@TempDir Path folder) throws IOException {
        for (String json : CASES) {
            assertSameOutcome(json, folder);
        }
    }

    @Test
    void invalidUtf8_isReportedAsBefore() throws IOException {
        byte[] bytes = RejectionTest.TIMELINE.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length / 2] = (byte) 0xC3;
        String viaSlurp = outcome(() -> PactaJson.TIMELINE.read(
                dev.pacta.json.internal.document.DocumentText.slurp(new ByteArrayInputStream(bytes))));
        assertThat(outcome(() -> PactaJson.TIMELINE.read(new ByteArrayInputStream(bytes))))
                .isEqualTo(viaSlurp)
                .contains("INVALID_ENCODING");
    }

    /**
     * A malformed UTF-8 sequence is rejected wherever it sits among the bytes (the faster route for plain ASCII tests
     * 32, then 8, then single bytes at a time): an overlong encoding (C1 A1, which a lenient decoder reads as "a").
     */
    @Test
    void anOverlongEncoding_isInvalidUtf8_atEveryPosition() throws IOException {
        for (int pad = 0; pad < 40; pad++) {
            String head = "{\"pacta\": \"timeline/1\", \"events\": [{\"id\": \"e1\", \"at\": \"2026-03-04\","
                    + " \"kind\": \"a\", \"actor\": \"p\", \"note\": \"" + "n".repeat(pad);
            String tail = "\"}]}";
            byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = java.util.Arrays.copyOf(h, h.length + 2 + tail.length());
            bytes[h.length] = (byte) 0xC1;
            bytes[h.length + 1] = (byte) 0xA1;
            System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, bytes, h.length + 2, tail.length());
            assertThat(outcome(() -> PactaJson.TIMELINE.read(new ByteArrayInputStream(bytes))))
                    .as("%d bytes", bytes.length)
                    .contains("INVALID_ENCODING")
                    .contains("byte " + h.length + " starts a malformed sequence");
        }
    }

    @Test
    void aStreamOfManyBuffersThatAnswersAvailableWithZero_isReadWhole() throws IOException {
        // 20,000 characters of note: the first buffer (8 KiB) grows twice.
        String json = RejectionTest.TIMELINE.replace(
                "\"actor\": \"p\"", "\"actor\": \"p\", \"note\": \"" + "n".repeat(20_000) + "\"");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        InputStream unsized = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int available() {
                return 0;
            }
        };
        Timeline read = PactaJson.TIMELINE.read(unsized);
        assertThat(read).isEqualTo(PactaJson.TIMELINE.read(json));
        assertThat(read.events().get(0).note()).contains("n".repeat(20_000));
    }

    @Test
    void aStrictReaderThatMeetsMalformedBytes_isInvalidUtf8AsFarAsItRead() {
        // The reader (not Pacta) decodes here, and fails at a malformed byte after 20,000 characters of note on line 4:
        // the problem is placed after what it read, on that line (the reader's buffering decides the column).
        String json = RejectionTest.TIMELINE.replace(
                "\"actor\": \"p\"", "\"actor\": \"p\", \"note\": \"" + "n".repeat(20_000) + "\u00e9\"");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int bad = json.indexOf('\u00e9') + 1; // the second byte of the é, now not a continuation byte
        bytes[bad] = (byte) 0x28;
        java.io.Reader strict = new java.io.InputStreamReader(
                new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT));
        PactaJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                PactaJsonException.class, () -> PactaJson.TIMELINE.read(strict));
        assertThat(List.of(e.code(), e.path(), e.line()))
                .as(e.getMessage())
                .containsExactly("INVALID_ENCODING", "$", 4);
        int lineStart = json.lastIndexOf('\n', bad) + 1;
        assertThat(e.column()).as(e.getMessage()).isBetween(1_000, bad - lineStart + 1);
    }

    @Test
    void aByteOrderMark_readThroughAReader_isDropped() throws IOException {
        Timeline plain = PactaJson.TIMELINE.read(RejectionTest.TIMELINE);
        assertThat(PactaJson.TIMELINE.read(new java.io.StringReader("\uFEFF" + RejectionTest.TIMELINE)))
                .isEqualTo(plain);
        assertThat(PactaJson.TIMELINE.read(new java.io.StringReader(RejectionTest.TIMELINE)))
                .isEqualTo(plain);
    }

    @Test
    void aStreamLongerThanItsAvailableBytes_isReadWhole() throws IOException {
        byte[] bytes = GOLDEN.getBytes(StandardCharsets.UTF_8);
        // A stream that answers available() with 0 and reads a few bytes at a time.
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }

            @Override
            public synchronized int available() {
                return 0;
            }
        };
        assertThat(PactaJson.TIMELINE.read(trickle)).isEqualTo(PactaJson.TIMELINE.read(GOLDEN));
    }

    /**
     * A mutated timeline: which document (the golden one or the rejection tests' base), which mutation, and the seed
     * of the mutation's own choices, drawn apart so that a failure shrinks towards the golden document and the
     * simplest mutation.
     *
     * @param golden whether the golden timeline is mutated, else {@link RejectionTest#TIMELINE}
     * @param mutation the mutation
     * @param seed the seed of the mutation's choices
     */
    record Mutated(boolean golden, FuzzProperties.Mutation mutation, long seed) {
        /** The mutated document. */
        String text() {
            return mutation.apply(golden ? GOLDEN : RejectionTest.TIMELINE, new Random(seed));
        }
    }

    static Gen<Mutated> mutatedTimelines() {
        return Generate.booleans()
                .zip(
                        Generate.enumValues(FuzzProperties.Mutation.class),
                        SourceDSL.longs().all(),
                        Mutated::new);
    }

    @Test
    void mutatedTimelines_readFromBytesAsFromText() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("outcome", "timeline", 0.05)
                .atLeast("outcome", "problems", 0.85)
                .atLeast("plain ASCII", true, 0.85)
                .atLeast("plain ASCII", false, 0.04);
        for (FuzzProperties.Mutation mutation : FuzzProperties.Mutation.values()) {
            coverage.atLeast("mutation", mutation, 0.06);
        }
        qt(2000).forAll(mutatedTimelines()).checkAssert(m -> {
            String mutated = m.text();
            String fromText = uncheckedOutcome(() -> PactaJson.TIMELINE.read(mutated));
            coverage.collect("mutation", m.mutation());
            coverage.collect("outcome", fromText.substring(0, fromText.indexOf(' ')));
            coverage.count("plain ASCII", mutated.chars().allMatch(c -> c < 0x80));
            assertThat(uncheckedOutcome(() -> PactaJson.TIMELINE.read(
                            new ByteArrayInputStream(mutated.getBytes(StandardCharsets.UTF_8)))))
                    .as(mutated)
                    .isEqualTo(fromText);
        });
        coverage.check();
    }

    private static String uncheckedOutcome(Read read) {
        try {
            return outcome(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameOutcome(String json, Path folder) throws IOException {
        String fromText = outcome(() -> PactaJson.TIMELINE.read(json));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(outcome(() -> PactaJson.TIMELINE.read(new ByteArrayInputStream(bytes))))
                .as(json)
                .isEqualTo(fromText);
        Path file = folder.resolve("t.timeline.json");
        Files.write(file, bytes);
        String fromFile = outcome(() -> PactaJson.TIMELINE.read(file));
        assertThat(fromFile).as(json).isEqualTo(fromText.replace("<no source>", file.toString()));
    }

    @FunctionalInterface
    private interface Read {
        Timeline read() throws IOException;
    }

    /** The timeline, or every problem with its code, path, line, column and message. */
    private static String outcome(Read read) throws IOException {
        try {
            return "timeline " + read.read();
        } catch (PactaJsonException e) {
            return "problems " + e.problems() + " / " + e.problemsMessage() + " / "
                    + e.source().orElse("<no source>");
        }
    }
}
