package dev.pacta.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.pacta.core.architecture.fixture.layers.engine.Engine;
import dev.pacta.core.architecture.fixture.layers.misc.Unplaced;
import dev.pacta.core.architecture.fixture.layers.model.Term;
import dev.pacta.core.architecture.fixture.layers.model.TermUsingEngine;
import dev.pacta.core.architecture.fixture.layers.report.Summary;
import dev.pacta.core.architecture.fixture.layers.report.SummaryUsingEngine;
import dev.pacta.core.architecture.fixture.modules.core.engine.Api;
import dev.pacta.core.architecture.fixture.modules.core.engine.SplitPackage;
import dev.pacta.core.architecture.fixture.modules.examples.UsesJsonInternal;
import dev.pacta.core.architecture.fixture.modules.json.UsesApi;
import dev.pacta.core.architecture.fixture.modules.json.UsesCoreInternal;
import dev.pacta.core.architecture.fixture.modules.json.internal.Own;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Core's layers and the module rules of {@link LayerRules} on core's main classes, and on fixture classes (package
 * {@code fixture.layers} and {@code fixture.modules}, test sources only) that break them, to show that each can fail.
 * The other modules check their own classes with the module rules ({@code ModuleRulesTest} in json, testing and
 * examples).
 */
class LayerRulesTest {
    private static final String LAYERS = "dev.pacta.core.architecture.fixture.layers";
    private static final String MODULES = "dev.pacta.core.architecture.fixture.modules";

    private static JavaClasses fixture(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    @Test
    void core_packagesAreLayered() {
        JavaClasses core = LayerRules.mainClassesOf(dev.pacta.core.model.Agreement.class);
        assertThat(core.contain(dev.pacta.core.engine.ComplianceEngine.class)).isTrue();
        assertThat(core.contain(LayerRulesTest.class)).isFalse();
        LayerRules.coreLayers("dev.pacta.core").check(core);
    }

    @Test
    void core_keepsToTheModuleRules() {
        JavaClasses core = LayerRules.mainClassesOf(dev.pacta.core.model.Agreement.class);
        LayerRules.moduleRules("core").forEach(rule -> rule.check(core));
    }

    @Test
    void coreLayers_cleanFixture_passes() {
        assertThatCode(() -> LayerRules.coreLayers(LAYERS).check(fixture(Term.class, Summary.class, Engine.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void coreLayers_modelUsingTheEngine_fails() {
        assertThat(violations(LayerRules.coreLayers(LAYERS), fixture(TermUsingEngine.class, Engine.class)))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("TermUsingEngine").contains("Engine"));
    }

    @Test
    void coreLayers_reportUsingTheEngine_fails() {
        assertThat(violations(LayerRules.coreLayers(LAYERS), fixture(SummaryUsingEngine.class, Engine.class)))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("SummaryUsingEngine").contains("Engine"));
    }

    @Test
    void coreLayers_classInNoLayer_fails() {
        assertThat(violations(LayerRules.coreLayers(LAYERS), fixture(Term.class, Unplaced.class)))
                .singleElement()
                .satisfies(d -> assertThat(d).contains("Unplaced").contains("not contained in architecture"));
    }

    @Test
    void otherModulesApiOnly_cleanFixture_passes() {
        assertThatCode(() -> LayerRules.otherModulesApiOnly(MODULES, "json").check(fixture(UsesApi.class, Own.class)))
                .doesNotThrowAnyException();
        assertThatCode(() -> LayerRules.ownPackagesOnly(MODULES, "json").check(fixture(UsesApi.class, Own.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void otherModulesApiOnly_jsonUsingCoresInternalPackage_fails() {
        assertThat(violations(LayerRules.otherModulesApiOnly(MODULES, "json"), fixture(UsesCoreInternal.class)))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("UsesCoreInternal").contains("core.internal.Secret"));
    }

    @Test
    void otherModulesApiOnly_examplesUsingJsonsInternalPackage_fails() {
        assertThat(violations(LayerRules.otherModulesApiOnly(MODULES, "examples"), fixture(UsesJsonInternal.class)))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("UsesJsonInternal").contains("json.internal.Own"));
    }

    @Test
    void otherModulesApiOnly_packagePrivateClassOfAnotherModule_fails() {
        // SplitPackage is checked as a class of the fixture's json module: it uses core's package-private Hidden.
        assertThat(violations(LayerRules.otherModulesApiOnly(MODULES, "json"), fixture(SplitPackage.class, Api.class)))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("SplitPackage").contains("engine.Hidden"));
    }

    @Test
    void ownPackagesOnly_classInAnotherModulesPackage_fails() {
        assertThat(violations(LayerRules.ownPackagesOnly(MODULES, "json"), fixture(UsesApi.class, SplitPackage.class)))
                .singleElement()
                .satisfies(d -> assertThat(d).contains("SplitPackage").doesNotContain("UsesApi"));
    }
}
