package dev.pacta.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.pacta.core.architecture.LayerRules;
import org.junit.jupiter.api.Test;

/**
 * {@code pacta-holidays}' main classes keep to the module rules of {@link LayerRules}: they live in
 * {@code dev.pacta.holidays..} only, and use no other module's {@code internal} packages or non-public classes.
 */
class ModuleRulesTest {
    @Test
    void mainClasses_keepToTheModuleRules() {
        JavaClasses main = LayerRules.mainClassesOf(PublicHolidays.class);
        assertThat(main.contain(PublicHolidays.class)).isTrue();
        assertThat(main.contain(ModuleRulesTest.class)).isFalse();
        LayerRules.moduleRules("holidays").forEach(rule -> rule.check(main));
    }
}
