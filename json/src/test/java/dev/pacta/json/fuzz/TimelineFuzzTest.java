package dev.pacta.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Timeline;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJson;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link PactaJson#TIMELINE}: a {@code timeline/1} document is rejected with a
 * {@link dev.pacta.json.PactaJsonException} or read, and the fast reader of bytes agrees with the reader of text; a
 * timeline that reads round-trips, and is evaluated with the seed agreement it names (or the golden web redesign
 * agreement), its reports and changes round-tripping too.
 */
class TimelineFuzzTest {
    /** The seed agreements by id. */
    private static final Map<AgreementId, Agreement> AGREEMENTS = SeedDocuments.of(DocumentKind.AGREEMENT).stream()
            .map(PactaJson.AGREEMENT::read)
            .collect(Collectors.toMap(Agreement::id, Function.identity(), (a, b) -> a));

    private static final Agreement DEFAULT =
            PactaJson.AGREEMENT.read(SeedDocuments.named(DocumentKind.AGREEMENT, "web-redesign.agreement"));

    @FuzzTest
    @Timeout(10)
    void fuzz(FuzzedDataProvider data) {
        FuzzInput input = FuzzInput.of(data, DocumentKind.TIMELINE);
        Optional<Timeline> read =
                Oracle.read(input, DocumentKind.TIMELINE, PactaJson.TIMELINE::read, PactaJson.TIMELINE::read);
        if (read.isEmpty()) {
            return;
        }
        Timeline timeline = read.get();
        Oracle.roundTrip("timeline", timeline, PactaJson.TIMELINE::write, PactaJson.TIMELINE::read);
        Agreement agreement = timeline.agreement().map(AGREEMENTS::get).orElse(DEFAULT);
        Oracle.evaluate(agreement != null ? agreement : DEFAULT, timeline, data);
    }
}
