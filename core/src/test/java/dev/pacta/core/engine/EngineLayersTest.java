package dev.pacta.core.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.pacta.core.architecture.LayerRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's layers (see {@code package-info.java}): the event loop and the views on top, the rules in the middle,
 * the ledger and its values underneath. Dependencies only point downwards: a rule never refers to the loop or a view,
 * and the state refers to no rule, the loop or a view.
 *
 * <p>Each rule is also applied to fixture classes of the same simple names (package {@code layers}, test sources only)
 * that break it, to show that it can fail.
 */
class EngineLayersTest {
    /** The event loop and what is built on it (reports, changes, the public entry points). */
    static final List<String> TOP = List.of(
            "Simulation",
            "Triggers",
            "Reporter",
            "NextChange",
            "MilestoneRows",
            "ReportView",
            "Row",
            "Scorecards",
            "Explanation",
            "ChangeTracker",
            "Evaluation",
            "EventColumns",
            "ComplianceEngine",
            "ComplianceRules",
            "Timed");

    /** The rules, one file per chapter of the design. */
    static final List<String> RULES = List.of(
            "Deadlines",
            "Matching",
            "Prerequisites",
            "Responsibility",
            "Milestones",
            "Payments",
            "PaymentBalances",
            "Remedies",
            "ControlEvents",
            "Suspensions",
            "Rights",
            "Amendments",
            "Terminations",
            "FollowUps");

    /** What the evaluation knows, and the values and caches it is made of. */
    static final List<String> STATE = List.of(
            "Ledger",
            "EventNames",
            "Inst",
            "Facts",
            "Obl",
            "Deadline",
            "Anchor",
            "Days",
            "GuardedCalendar",
            "NearDays",
            "ZoneOffsets");

    /** A regular expression for the classes (and their nested classes) of a package with the given simple names. */
    static String named(String pkg, List<String> names) {
        return pkg.replace(".", "\\.") + "\\.(" + String.join("|", names) + ")(\\$.*)?";
    }

    /** No rule file refers to the event loop or a view built on it. */
    static ArchRule rulesDoNotReferToTheLoop(String pkg) {
        return noClasses()
                .that()
                .haveNameMatching(named(pkg, RULES))
                .should()
                .dependOnClassesThat()
                .haveNameMatching(named(pkg, TOP))
                .because("rules return decisions and the loop applies them: dependencies point downwards");
    }

    /** The state refers to no rule, nor to the loop or a view. */
    static ArchRule stateIsUnderneath(String pkg) {
        return noClasses()
                .that()
                .haveNameMatching(named(pkg, STATE))
                .should()
                .dependOnClassesThat()
                .haveNameMatching(named(pkg, concat(TOP, RULES)))
                .because("the ledger records what is; the rules and the loop decide and apply");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static JavaClasses engine;

    /** The main classes of the engine's packages, from the import of core's main classes that the tests share. */
    static synchronized JavaClasses engine() {
        if (engine == null) {
            engine = LayerRules.mainClassesOf(Simulation.class)
                    .that(JavaClass.Predicates.resideInAPackage("dev.pacta.core.engine.."));
        }
        return engine;
    }

    private static JavaClasses fixture() {
        return new ClassFileImporter()
                .importClasses(
                        dev.pacta.core.engine.layers.Simulation.class,
                        dev.pacta.core.engine.layers.Matching.class,
                        dev.pacta.core.engine.layers.Ledger.class,
                        dev.pacta.core.engine.layers.Deadlines.class);
    }

    @Test
    void rules_doNotReferToTheLoop() {
        rulesDoNotReferToTheLoop("dev.pacta.core.engine").check(engine());
    }

    @Test
    void state_isUnderneath() {
        stateIsUnderneath("dev.pacta.core.engine").check(engine());
    }

    @Test
    void everyEngineClassIsInALayer() {
        List<String> layered = concat(concat(TOP, RULES), STATE);
        List<String> public_ = List.of("ComplianceRule", "package-info");
        assertThat(engine().contain(Simulation.class)).isTrue();
        assertThat(engine().contain(Matching.class)).isTrue();
        assertThat(engine().stream()
                        .filter(c -> c.getPackageName().equals("dev.pacta.core.engine"))
                        .filter(c -> !c.isNestedClass() && !c.isAnonymousClass())
                        .map(c -> c.getSimpleName())
                        .filter(n -> !n.startsWith("Immutable") && !public_.contains(n))
                        .toList())
                .allMatch(layered::contains, "is in TOP, RULES or STATE");
    }

    @Test
    void rules_aRuleThatRefersToTheLoop_fails() {
        JavaClasses fixture = fixture();
        assertThat(rulesDoNotReferToTheLoop("dev.pacta.core.engine.layers")
                        .evaluate(fixture)
                        .getFailureReport()
                        .getDetails())
                .anySatisfy(d -> assertThat(d).contains("Matching").contains("Simulation"))
                .noneSatisfy(d -> assertThat(d).contains("Deadlines"));
    }

    @Test
    void state_stateThatRefersToARule_fails() {
        JavaClasses fixture = fixture();
        assertThat(stateIsUnderneath("dev.pacta.core.engine.layers")
                        .evaluate(fixture)
                        .getFailureReport()
                        .getDetails())
                .anySatisfy(d -> assertThat(d).contains("Ledger").contains("Matching"));
    }
}
