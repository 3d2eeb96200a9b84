package dev.pacta.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.pacta.core.architecture.LayerRules;
import org.junit.jupiter.api.Test;

/**
 * {@code pacta-flink}'s main classes keep to the module rules of {@link LayerRules}: they live in {@code dev.pacta.flink..}
 * only, and use no other module's {@code internal} packages or non-public classes. {@code LayerRulesTest} in core shows
 * with fixtures that each rule can fail.
 */
class ModuleRulesTest {
    @Test
    void mainClasses_keepToTheModuleRules() {
        JavaClasses main = LayerRules.mainClassesOf(PactaFlink.class);
        assertThat(main.contain(PactaFlink.class)).isTrue();
        assertThat(main.contain(ModuleRulesTest.class)).isFalse();
        LayerRules.moduleRules("flink").forEach(rule -> rule.check(main));
    }
}
