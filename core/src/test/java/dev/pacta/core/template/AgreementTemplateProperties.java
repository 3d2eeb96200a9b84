package dev.pacta.core.template;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pacta.core.Problem;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.Gens;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.Role;
import dev.pacta.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Instantiation reports every problem: k problems injected over distinct parameters give exactly k problems.
 *
 * <p>Coverage floors sit about five standard deviations below the shares seen with the fixed seeds (run with {@code
 * -Dpacta.stats=true} to see them).
 */
class AgreementTemplateProperties {

    enum Kind {
        MISSING_VALUE,
        WRONG_TYPE,
        OUT_OF_BOUNDS,
        UNKNOWN_PARAMETER
    }

    /** One parameter of each type, all required and all ordered ones bounded, with a valid value and two bad ones. */
    record Slot(Parameter parameter, Object valid, Object wrongType, Object outOfBounds) {}

    static final List<Slot> SLOTS = List.of(
            new Slot(
                    Parameter.builder()
                            .name("reviewDays")
                            .type(ParameterType.DAYS)
                            .min(ParameterValue.ofDays(1))
                            .max(ParameterValue.ofDays(30))
                            .build(),
                    7,
                    "7",
                    31),
            new Slot(
                    Parameter.builder()
                            .name("approvalDays")
                            .type(ParameterType.BUSINESS_DAYS)
                            .max(ParameterValue.ofBusinessDays(10))
                            .build(),
                    2,
                    ParameterValue.ofDays(2),
                    11),
            new Slot(
                    Parameter.builder()
                            .name("fee")
                            .type(ParameterType.AMOUNT)
                            .min(ParameterValue.ofAmount(Money.of("100", "EUR")))
                            .build(),
                    Money.of("250", "EUR"),
                    new BigDecimal("250"),
                    Money.of("99.99", "EUR")),
            new Slot(
                    Parameter.builder()
                            .name("deposit")
                            .type(ParameterType.PERCENTAGE)
                            .min(ParameterValue.ofPercentage(BigDecimal.TEN))
                            .max(ParameterValue.ofPercentage(new BigDecimal("90")))
                            .build(),
                    50,
                    0.5d,
                    new BigDecimal("95")),
            new Slot(
                    Parameter.builder()
                            .name("launch")
                            .type(ParameterType.DATE)
                            .min(ParameterValue.ofDate(LocalDate.of(2026, 1, 1)))
                            .build(),
                    LocalDate.of(2026, 6, 1),
                    "2026-06-01",
                    LocalDate.of(2025, 12, 31)),
            new Slot(Parameter.of("clientName", ParameterType.PARTY_NAME, ""), "Acme", 42, null),
            new Slot(Parameter.of("note", ParameterType.TEXT, ""), "hello", LocalDate.of(2026, 1, 1), null));

    static final AgreementTemplate TEMPLATE = AgreementTemplate.builder()
            .id(TemplateId.of("all-types"))
            .title("All types")
            .addAllParameters(SLOTS.stream().map(Slot::parameter).toList())
            .body(values -> {
                // Reads every value with its typed getter, so that a resolved value of the wrong type would fail.
                values.days("reviewDays");
                values.businessDays("approvalDays");
                values.amount("fee");
                values.percentage("deposit");
                values.date("launch");
                values.text("note");
                return Agreement.builder()
                        .id(AgreementId.of("all-types"))
                        .title("All types")
                        .addParties(
                                Party.of("client", values.partyName("clientName"), Role.CLIENT),
                                Party.of("studio", "Pixel", Role.PROVIDER))
                        .zone(ZoneId.of("UTC"))
                        .effectiveDate(LocalDate.of(2026, 1, 1))
                        .build();
            })
            .build();

    /** Which slots get which problem; slots are distinct, an unknown parameter uses a fresh name. */
    static Gen<Map<Integer, Kind>> injections() {
        Gen<Integer> sizes = integers().between(1, 5);
        Gen<Kind> anyKind = Generate.enumValues(Kind.class);
        // A text parameter has no bounds to leave.
        Gen<Kind> unboundedKind = Gens.of(Kind.MISSING_VALUE, Kind.WRONG_TYPE, Kind.UNKNOWN_PARAMETER);
        return in -> {
            List<Integer> left = new ArrayList<>();
            for (int i = 0; i < SLOTS.size(); i++) {
                left.add(i);
            }
            int size = sizes.generate(in);
            List<Integer> slots = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                slots.add(
                        left.remove((int) integers().between(0, left.size() - 1).generate(in)));
            }
            Collections.sort(slots);
            Map<Integer, Kind> m = new LinkedHashMap<>();
            for (int slot : slots) {
                m.put(slot, (SLOTS.get(slot).outOfBounds() == null ? unboundedKind : anyKind).generate(in));
            }
            return m;
        };
    }

    @Test
    void kProblemsInjected_kProblemsReported() {
        Coverage coverage = Coverage.forCaller();
        // 5-sigma floors below the shares seen (a text parameter cannot be out of bounds). The number of problems is
        // counted but has no floor: QuickTheories skips repeated examples, and there are only 26 with one problem.
        coverage.atLeast("kind", Kind.MISSING_VALUE, 0.24)
                .atLeast("kind", Kind.WRONG_TYPE, 0.22)
                .atLeast("kind", Kind.UNKNOWN_PARAMETER, 0.22)
                .atLeast("kind", Kind.OUT_OF_BOUNDS, 0.13);
        qt(1000).forAll(injections()).checkAssert(injections -> {
            Map<String, Object> values = new HashMap<>();
            for (Slot s : SLOTS) {
                values.put(s.parameter().name(), s.valid());
            }
            List<String> expected = new ArrayList<>();
            injections.forEach((slot, kind) -> {
                Slot s = SLOTS.get(slot);
                String name = s.parameter().name();
                switch (kind) {
                    case MISSING_VALUE -> values.remove(name);
                    case WRONG_TYPE -> values.put(name, s.wrongType());
                    case OUT_OF_BOUNDS -> values.put(name, s.outOfBounds());
                    case UNKNOWN_PARAMETER -> {
                        name = "unknown-" + name;
                        values.put(name, s.valid());
                    }
                }
                expected.add(kind + " parameters." + name);
                coverage.collect("kind", kind);
            });
            coverage.collect("k", injections.size());

            TemplateResult result = TEMPLATE.instantiate(values);

            assertThat(result.isValid()).isFalse();
            assertThat(result.problems())
                    .extracting((Problem p) -> p.code() + " " + p.path())
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(result.problems())
                    .allSatisfy(p -> assertThat(p.message()).contains("'"));
        });
        coverage.check();
    }
}
