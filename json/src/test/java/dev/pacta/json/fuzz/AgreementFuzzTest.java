package dev.pacta.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Timeline;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link PactaJson#AGREEMENT}: an {@code agreement/1} document is rejected with a
 * {@link dev.pacta.json.PactaJsonException} or read, from bytes and from text alike; an agreement that reads
 * round-trips, and is evaluated with the seed timeline of the same agreement id (or none), its reports and changes
 * round-tripping too.
 */
class AgreementFuzzTest {
    /** The seed timelines by agreement id, to evaluate a read agreement with. */
    static final Map<AgreementId, Timeline> TIMELINES = SeedDocuments.of(DocumentKind.TIMELINE).stream()
            .map(PactaJson.TIMELINE::read)
            .filter(t -> t.agreement().isPresent())
            .collect(Collectors.toMap(t -> t.agreement().get(), Function.identity(), (a, b) -> a));

    @FuzzTest
    @Timeout(10)
    void fuzz(FuzzedDataProvider data) {
        FuzzInput input = FuzzInput.of(data, DocumentKind.AGREEMENT);
        Optional<Agreement> read =
                Oracle.read(input, DocumentKind.AGREEMENT, PactaJson.AGREEMENT::read, PactaJson.AGREEMENT::read);
        if (read.isEmpty()) {
            return;
        }
        Agreement agreement = read.get();
        Oracle.roundTrip("agreement", agreement, PactaJson.AGREEMENT::write, PactaJson.AGREEMENT::read);
        Oracle.evaluate(agreement, TIMELINES.getOrDefault(agreement.id(), Timeline.of(List.of())), data);
    }
}
