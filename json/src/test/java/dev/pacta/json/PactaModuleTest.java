package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.DeadlineRule;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module on a caller's own mapper: found by ServiceLoader, strict, embedded documents without markers. */
class PactaModuleTest {
    @Test
    void serviceLoader_findsTheModule() {
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.getRegisteredModuleIds()).contains("dev.pacta.json");
    }

    @Test
    void embeddedAgreement_mayOmitItsMarker() throws Exception {
        ObjectMapper mapper = JsonMapper.builder().addModule(new PactaModule()).build();
        String withoutMarker = RejectionTest.BASE.replace("\"pacta\": \"agreement/1\",", "");
        Agreement agreement = mapper.readValue(withoutMarker, Agreement.class);
        assertThat(agreement).isEqualTo(PactaJson.AGREEMENT.read(RejectionTest.BASE));
        String wrapped = "{\"contract\": " + PactaJson.AGREEMENT.write(agreement) + "}";
        Map<String, Agreement> map = mapper.readValue(
                wrapped, mapper.getTypeFactory().constructMapType(Map.class, String.class, Agreement.class));
        assertThat(map.get("contract")).isEqualTo(agreement);
    }

    @Test
    void deserializers_areStrictOnAnyMapper() {
        ObjectMapper lenient = JsonMapper.builder().addModule(new PactaModule()).build();
        assertThatThrownBy(() -> lenient.readValue("{\"businessDays\": \"2\"}", DeadlineRule.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining(
                        "$.businessDays: expected a whole number of business days from 0 to 2610, was '2'");
        assertThatThrownBy(() -> lenient.readValue("{\"days\": 1, \"days\": 2}", DeadlineRule.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void writing_viaTheModule_matchesTheFacadeShape() throws Exception {
        ObjectMapper mapper = JsonMapper.builder().addModule(new PactaModule()).build();
        assertThat(mapper.writeValueAsString(DeadlineRule.ofBusinessDays(2))).isEqualTo("{\"businessDays\":2}");
        assertThat(mapper.writeValueAsString(DeadlineRule.open())).isEqualTo("\"open\"");
    }
}
