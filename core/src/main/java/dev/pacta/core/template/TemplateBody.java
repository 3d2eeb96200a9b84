package dev.pacta.core.template;

import dev.pacta.core.model.Agreement;

/**
 * Builds a template's agreement from its resolved parameter values.
 *
 * <p>A Java template's body is plain builder code that reads the values by name:
 *
 * <pre>{@code
 * TemplateBody body = values -> Agreement.builder()
 *         .id(AgreementId.of("web-2026"))
 *         .effectiveDate(values.date("startDate"))
 *         .addObligations(Obligation.builder()
 *                 ...
 *                 .deadline(DeadlineRule.ofBusinessDays(values.businessDays("approvalDays")))
 *                 .build())
 *         .build();
 * }</pre>
 *
 * A body should be a pure function of its values (no clock, no I/O). If it throws, {@link
 * AgreementTemplate#instantiate(java.util.Map)} does not let the exception escape: a
 * {@link dev.pacta.core.ValidationException} from {@code Agreement.build()} becomes the agreement's problems, any
 * other exception (asking for an undeclared parameter or the wrong type, a missing required attribute) one
 * {@link AgreementTemplate#TEMPLATE_BODY_ERROR} problem.
 */
@FunctionalInterface
public interface TemplateBody {
    /**
     * Builds the agreement.
     *
     * @param values every declared parameter's value (given or default)
     * @return the agreement
     */
    Agreement apply(ResolvedValues values);
}
