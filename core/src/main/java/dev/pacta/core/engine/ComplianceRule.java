package dev.pacta.core.engine;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import java.util.List;

/**
 * A custom check that adds findings to a report, e.g. "no point of contact designated" or "more than two scope
 * changes in a month".
 *
 * <p>Rules see the agreement and the evaluated report; they cannot change states, only add findings. Rules are
 * passed to the engine explicitly ({@link ComplianceEngine.Builder#addRule(ComplianceRule)}); there is no classpath
 * scanning. A rule that throws is reported as a {@code RULE_FAILED} finding instead of failing the evaluation.
 * Implementations must be pure and thread-safe. {@link ComplianceRules} has ready-made ones.
 */
@FunctionalInterface
public interface ComplianceRule {
    /**
     * The findings this rule adds for an evaluated agreement.
     *
     * @param agreement the agreement as declared (before amendments)
     * @param report the report with the built-in findings
     * @return the findings to add, possibly empty
     */
    List<Finding> check(Agreement agreement, ComplianceReport report);
}
