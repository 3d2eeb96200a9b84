package dev.pacta.examples.docs;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.TemplateResult;
import dev.pacta.json.PactaJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The web-development template filled in for one client. */
public class InstantiateTemplate {
    public static void main(String[] args) throws IOException {
        AgreementTemplate template = PactaJson.TEMPLATE.read(
                Path.of("src/main/resources/templates/web-development/web-development.template.json"));
        TemplateResult result = template.instantiate(Map.of("clientName", "Acme Bakery S.L.", "approvalDays", 3));
        Agreement agreement = result.orElseThrow(); // or result.problems(): every problem, with the template's paths
        System.out.println(agreement.id() + ": " + agreement.parties().get(0).name());
    }
}
