package dev.pacta.examples;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.ComplianceRules;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.examples.cases.WebDevelopmentCase;
import dev.pacta.examples.report.TextReport;

/** The README's "run" command: evaluates the seed's web-development case study and prints the report. */
public final class Demo {
    private Demo() {}

    /**
     * Prints the demo report to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Agreement agreement = WebDevelopmentCase.agreement();
        ComplianceEngine engine = ComplianceEngine.builder()
                .addRule(ComplianceRules.pointOfContactRequired())
                .addRule(ComplianceRules.recurringMissedInARow(2))
                .build();
        ComplianceReport report = engine.evaluate(agreement, WebDevelopmentCase.timeline(), WebDevelopmentCase.AS_OF);
        System.out.print(TextReport.render(agreement, report));
    }
}
