package dev.pacta.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layer rules of Pacta's packages and modules (docs/design.md §1), for every module's architecture test.
 *
 * <p>Each rule takes the root package ({@code dev.pacta} for the real classes), so that {@code LayerRulesTest} can
 * apply the same rule to deliberately violating fixture classes under {@code fixture.layers} and
 * {@code fixture.modules} and show that it fails.
 *
 * <ul>
 *   <li>{@link #coreLayers}: the order of core's packages, dependencies pointing downwards only: {@code model} never
 *       uses {@code engine}, {@code report} never uses {@code engine} (the engine produces reports; its views extend
 *       report's abstract types).
 *   <li>{@link #ownPackagesOnly}: a module's classes live in its own packages, so no module can reach another's
 *       package-private details through a split package.
 *   <li>{@link #otherModulesApiOnly}: a module uses another module's public classes outside {@code internal} packages
 *       only: no one outside core uses {@code dev.pacta.core.internal}, no one outside json uses
 *       {@code dev.pacta.json.internal}.
 * </ul>
 */
public final class LayerRules {
    private LayerRules() {}

    /**
     * Core's packages in layers, from the bottom: the root package (ids, problems) with {@code internal}; {@code time}
     * and {@code money}; {@code model}; {@code report} and {@code template}; {@code engine}; {@code scenario}. Each
     * layer uses only the layers below it (report and template do not use each other; neither do time and money), and
     * every class is in a layer.
     *
     * @param core core's root package, {@code dev.pacta.core} for the real classes
     * @return the rule
     */
    public static ArchRule coreLayers(String core) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Base")
                .definedBy(core, core + ".internal..")
                .layer("Time")
                .definedBy(core + ".time..")
                .layer("Money")
                .definedBy(core + ".money..")
                .layer("Model")
                .definedBy(core + ".model..")
                .layer("Report")
                .definedBy(core + ".report..")
                .layer("Template")
                .definedBy(core + ".template..")
                .layer("Engine")
                .definedBy(core + ".engine..")
                .layer("Scenario")
                .definedBy(core + ".scenario..")
                .whereLayer("Base")
                .mayNotAccessAnyLayer()
                .whereLayer("Time")
                .mayOnlyAccessLayers("Base")
                .whereLayer("Money")
                .mayOnlyAccessLayers("Base")
                .whereLayer("Model")
                .mayOnlyAccessLayers("Base", "Time", "Money")
                .whereLayer("Report")
                .mayOnlyAccessLayers("Base", "Time", "Money", "Model")
                .whereLayer("Template")
                .mayOnlyAccessLayers("Base", "Time", "Money", "Model")
                .whereLayer("Engine")
                .mayOnlyAccessLayers("Base", "Time", "Money", "Model", "Report")
                .whereLayer("Scenario")
                .mayOnlyAccessLayers("Base", "Time", "Money", "Model", "Report", "Template", "Engine")
                .withOptionalLayers(true)
                .ensureAllClassesAreContainedInArchitecture()
                .because("dependencies point downwards: the model is what the engine reads, a report is what it"
                        + " produces (core's package-info)");
    }

    /**
     * Every class of a module lives in the module's own packages ({@code root.module..}): a class placed in another
     * module's package could use that package's package-private details, such as the engine's.
     *
     * @param root the root package of all modules, {@code dev.pacta} for the real classes
     * @param module the module's package name under the root: {@code core}, {@code json}, {@code testing} or
     *     {@code examples}
     * @return the rule, to be checked on that module's classes only
     */
    public static ArchRule ownPackagesOnly(String root, String module) {
        return classes()
                .should()
                .resideInAPackage(root + "." + module + "..")
                .because("a split package would reach into another module's package-private details");
    }

    /**
     * A module uses no other module's {@code internal} packages (unexported implementation: core's
     * {@code dev.pacta.core.internal}, json's {@code dev.pacta.json.internal..}) and no other module's non-public
     * classes (such as the engine's package-private classes or the generated {@code Immutable*} classes).
     *
     * @param root the root package of all modules, {@code dev.pacta} for the real classes
     * @param module the module's package name under the root
     * @return the rule, to be checked on that module's classes only
     */
    public static ArchRule otherModulesApiOnly(String root, String module) {
        DescribedPredicate<JavaClass> otherModule = JavaClass.Predicates.resideInAPackage(root + "..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(root + "." + module + "..")));
        DescribedPredicate<JavaClass> notApi = JavaClass.Predicates.resideInAPackage(root + ".*.internal..")
                .or(DescribedPredicate.not(HasModifiers.Predicates.modifier(JavaModifier.PUBLIC)));
        return noClasses()
                .should()
                .dependOnClassesThat(
                        otherModule.and(notApi).as("are in another Pacta module's internal package or not public"))
                .because("modules meet through each other's exported API only (module-info.java)");
    }

    /**
     * The module rules ({@link #ownPackagesOnly} and {@link #otherModulesApiOnly}) for one real module.
     *
     * @param module the module's package name under {@code dev.pacta}
     * @return the rules
     */
    public static List<ArchRule> moduleRules(String module) {
        return List.of(ownPackagesOnly("dev.pacta", module), otherModulesApiOnly("dev.pacta", module));
    }

    /** The imports made so far, by class folder (or jar): each is immutable and shared by the tests of a run. */
    private static final Map<java.net.URL, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /**
     * The main classes of the module that holds {@code anchor}: its class folder (or jar) only, without tests. Each
     * location is imported once per test run, and the import is shared by every architecture test that asks for it.
     *
     * @param anchor a main class of the module
     * @return the module's classes
     */
    public static JavaClasses mainClassesOf(Class<?> anchor) {
        java.net.URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
        return IMPORTED.computeIfAbsent(
                location,
                url -> new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importUrl(url));
    }
}
