package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A document that does not parse is told in Pacta's words: the place of the problem and of the object or array it
 * concerns, never Jackson's internals such as {@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`
 * disabled); line: 2, column: 27]}.
 */
class ParseErrorWordsTest {
    private static PactaJsonException error(ThrowingCallable read) {
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, read);
        assertThat(e).isNotNull();
        return e;
    }

    @Test
    void unclosedOrWronglyClosed_saysWhereTheObjectStarts_inPactasWords() {
        String wrongClose = "{\"pacta\": \"timeline/1\",\n  \"events\": [{\"id\": \"e1\"]}\n";
        PactaJsonException e = error(() -> PactaJson.TIMELINE.read(wrongClose));
        assertThat(e.code()).isEqualTo("SYNTAX");
        assertThat(e.problems().get(0).message())
                .isEqualTo("invalid JSON: unexpected ']': expected '}' to close the object that starts at line 2,"
                        + " column 14");
        assertThat(List.of(e.line(), e.column())).containsExactly(2, 25);

        PactaJsonException truncated =
                error(() -> PactaJson.TIMELINE.read("{\"pacta\": \"timeline/1\",\n  \"events\": [\n"));
        assertThat(truncated.code()).isEqualTo("TRUNCATED");
        assertThat(truncated.problems().get(0).message())
                .isEqualTo("the document ends too early: expected ']' to close the array that starts at line 2,"
                        + " column 13");

        PactaJsonException extra = error(() -> PactaJson.AGREEMENT.read("{\"pacta\": \"agreement/1\"}]"));
        assertThat(extra.getMessage()).doesNotContain("Source", "REDACTED", "StreamReadFeature");
    }

    @Test
    void noParseError_carriesJacksonsInternals() {
        List<DocumentKind> kinds = List.of(DocumentKind.AGREEMENT, DocumentKind.TIMELINE, DocumentKind.TEMPLATE);
        List<String> bases =
                List.of(Golden.text(Golden.AGREEMENT_FILE), Golden.text(Golden.TIMELINE_FILE), TemplateTest.TEMPLATE);
        String junk = "{}[]\",:0-1e.tnf\\\n ";
        Random random = new Random(20260403);
        int syntaxErrors = 0;
        for (int i = 0; i < 1500; i++) {
            StringBuilder s = new StringBuilder(bases.get(i % bases.size()));
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, junk.charAt(random.nextInt(junk.length())));
                default -> s.setLength(at);
            }
            DocumentKind kind = kinds.get(i % kinds.size());
            PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> {
                switch (kind) {
                    case AGREEMENT -> PactaJson.AGREEMENT.read(s.toString());
                    case TIMELINE -> PactaJson.TIMELINE.read(s.toString());
                    default -> PactaJson.TEMPLATE.read(s.toString());
                }
            });
            for (JsonProblem p : e == null ? List.<JsonProblem>of() : e.problems()) {
                assertThat(p.message())
                        .as("%s read as %s", s, kind)
                        .doesNotContain("[Source", "REDACTED", "StreamReadFeature", "`", "line:");
                if (p.code().equals("SYNTAX") || p.code().equals("TRUNCATED")) {
                    syntaxErrors++;
                    assertThat(p.line()).isPositive();
                }
            }
        }
        assertThat(syntaxErrors).isGreaterThan(500);
    }
}
