/**
 * Agreement templates: an {@link dev.pacta.core.template.AgreementTemplate} is an agreement with typed
 * {@link dev.pacta.core.template.Parameter parameters} (days, business days, amounts, percentages, dates, party
 * names, text) with defaults, inclusive bounds and descriptions; {@link
 * dev.pacta.core.template.AgreementTemplate#instantiate(java.util.Map)} returns a
 * {@link dev.pacta.core.template.TemplateResult} with the agreement or <em>every</em> problem (unknown parameter,
 * missing value, wrong type, out of bounds — each at {@code parameters.<name>} — then the agreement's own validation
 * problems).
 *
 * <h2>Design: a template is a function of its values</h2>
 * A template holds a {@link dev.pacta.core.template.TemplateBody}: a function from
 * {@link dev.pacta.core.template.ResolvedValues} to an {@code Agreement}. For Java users a template is plain builder
 * code that reads {@code values.businessDays("approvalDays")}, so the compiler and the IDE help, and nothing in core
 * parses placeholders. The JSON module's {@code template/1} format supplies its own body, which substitutes the
 * placeholders of a template document and reads the result as an agreement; both kinds of template are the same
 * type and are checked, instantiated and tested (see {@code dev.pacta.core.scenario}) the same way.
 *
 * <pre>{@code
 * AgreementTemplate web = AgreementTemplate.builder()
 *         .id(TemplateId.of("web-development"))
 *         .title("Website development")
 *         .addParameters(Parameter.builder()
 *                 .name("approvalDays")
 *                 .type(ParameterType.BUSINESS_DAYS)
 *                 .defaultValue(ParameterValue.ofBusinessDays(2))
 *                 .min(ParameterValue.ofBusinessDays(1))
 *                 .max(ParameterValue.ofBusinessDays(10))
 *                 .description("business days the client has to approve each mock-up")
 *                 .build())
 *         .addParameters(Parameter.of("launchDate", ParameterType.DATE, "the planned launch"))
 *         .body(values -> Agreement.builder()
 *                 ...
 *                 .build())
 *         .build();
 * TemplateResult result = web.instantiate(Map.of("launchDate", LocalDate.of(2026, 6, 1)));
 * Agreement agreement = result.orElseThrow();
 * }</pre>
 *
 * <p>Values are strictly typed: a {@link dev.pacta.core.template.ParameterValue} must have exactly the parameter's
 * type ({@code DAYS} is not {@code BUSINESS_DAYS}), plain Java values are accepted as listed in
 * {@link dev.pacta.core.template.ParameterType}, and text is never parsed implicitly (use
 * {@link dev.pacta.core.template.ParameterValue#parse(dev.pacta.core.template.ParameterType, String)}).
 *
 * <p>Every type is immutable and thread-safe (a template as far as its body is).
 */
@PactaStyle
package dev.pacta.core.template;

import dev.pacta.core.internal.PactaStyle;
