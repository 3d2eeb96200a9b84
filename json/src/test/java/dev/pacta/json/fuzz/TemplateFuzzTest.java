package dev.pacta.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pacta.core.Problem;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.Parameter;
import dev.pacta.core.template.ParameterType;
import dev.pacta.core.template.ParameterValue;
import dev.pacta.core.template.TemplateResult;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link PactaJson#TEMPLATE}: a {@code template/1} document is rejected with a
 * {@link dev.pacta.json.PactaJsonException} or read, from bytes and from text alike; a template that reads round-trips
 * and is instantiated (defaults, else minimums, else sample values, some left out by the fuzzer) to an agreement or to
 * problems, never to an exception nor to a failing body. An agreement instantiated round-trips and is evaluated like a
 * read one.
 */
class TemplateFuzzTest {
    @FuzzTest
    @Timeout(10)
    void fuzz(FuzzedDataProvider data) {
        FuzzInput input = FuzzInput.of(data, DocumentKind.TEMPLATE);
        Optional<AgreementTemplate> read =
                Oracle.read(input, DocumentKind.TEMPLATE, PactaJson.TEMPLATE::read, PactaJson.TEMPLATE::read);
        if (read.isEmpty()) {
            return;
        }
        AgreementTemplate template = read.get();
        Oracle.roundTrip("template", template, PactaJson.TEMPLATE::write, PactaJson.TEMPLATE::read);

        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : template.parameters()) {
            if (data.consumeInt(0, 7) != 0) {
                values.put(p.name(), p.defaultValue().or(p::min).orElseGet(() -> sample(p.type())));
            }
        }
        TemplateResult result = template.instantiate(values);
        for (Problem problem : result.problems()) {
            if (problem.code().equals(AgreementTemplate.TEMPLATE_BODY_ERROR)) {
                throw new AssertionError("a JSON template's body failed: " + problem);
            }
        }
        if (result.isValid()) {
            Agreement agreement = result.orElseThrow();
            Oracle.roundTrip(
                    "instantiated agreement", agreement, PactaJson.AGREEMENT::write, PactaJson.AGREEMENT::read);
            Oracle.evaluate(
                    agreement, AgreementFuzzTest.TIMELINES.getOrDefault(agreement.id(), Timeline.of(List.of())), data);
        }
    }

    private static ParameterValue sample(ParameterType type) {
        return ParameterValue.parse(
                type,
                switch (type) {
                    case DAYS -> "10";
                    case BUSINESS_DAYS -> "3";
                    case AMOUNT -> "EUR 1200.00";
                    case PERCENTAGE -> "5";
                    case DATE -> "2026-03-02";
                    case PARTY_NAME -> "Acme Bakery S.L.";
                    case TEXT -> "a text";
                    case CALENDAR -> "WEEKENDS";
                });
    }
}
