package dev.pacta.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.pacta.core.architecture.fixture.Clean;
import dev.pacta.core.architecture.fixture.ReadsAFile;
import dev.pacta.core.architecture.fixture.ReadsTheClock;
import dev.pacta.core.architecture.fixture.UsesDefaultZone;
import dev.pacta.core.architecture.fixture.UsesJackson;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/design.md §1 for {@code pacta-core}'s main classes: no Jackson, no clock or ambient defaults, no I/O.
 *
 * <p>Each rule is also applied to deliberately violating fixture classes (in {@code fixture}, test sources only) to
 * show that it can fail. The enforcer's {@code bannedDependencies} rule in {@code core/pom.xml} guards the dependency
 * tree; these rules guard the code.
 */
class ArchitectureTest {
    private static final String CORE = "dev.pacta.core..";

    /** Core never imports Jackson (2 or 3): the JSON format lives in {@code pacta-json}. */
    static final ArchRule NO_JACKSON = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
            .because("the JSON format lives in pacta-json (docs/design.md §1)");

    /** Owners whose {@code now(..)} reads the system clock. */
    private static final Set<String> HAS_NOW = Set.of(
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.LocalTime",
            "java.time.ZonedDateTime",
            "java.time.OffsetDateTime",
            "java.time.OffsetTime",
            "java.time.Instant",
            "java.time.Year",
            "java.time.YearMonth",
            "java.time.MonthDay");

    /**
     * Calls that read the clock or other ambient, machine-dependent state: {@code X.now(..)} of java.time (including
     * {@code now(Clock)}: a clock must come from the caller as a value, and core has no reason to hold one),
     * {@code Clock.system*}, {@code ZoneId.systemDefault}, {@code TimeZone.getDefault}, {@code Locale.getDefault},
     * {@code System.currentTimeMillis / nanoTime / getenv / getProperty}, {@code new Date()},
     * {@code Calendar.getInstance}, and unseeded randomness ({@code Math.random}, {@code new Random()},
     * {@code ThreadLocalRandom.current}, {@code UUID.randomUUID}).
     */
    static final DescribedPredicate<JavaCall<?>> AMBIENT_STATE = DescribedPredicate.describe(
            "read the clock, the default zone or locale, the environment or unseeded randomness", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                int parameters = call.getTarget().getRawParameterTypes().size();
                return switch (owner) {
                    case "java.time.Clock" -> name.startsWith("system");
                    case "java.time.ZoneId" -> name.equals("systemDefault");
                    case "java.util.TimeZone", "java.util.Locale" -> name.equals("getDefault");
                    case "java.lang.System" ->
                        Set.of("currentTimeMillis", "nanoTime", "getenv", "getProperty", "getProperties")
                                .contains(name);
                    case "java.util.Date" -> name.equals("<init>") && parameters == 0;
                    case "java.util.Calendar" -> name.equals("getInstance");
                    case "java.lang.Math", "java.lang.StrictMath" -> name.equals("random");
                    case "java.util.Random" -> name.equals("<init>") && parameters == 0;
                    case "java.util.concurrent.ThreadLocalRandom" -> name.equals("current");
                    case "java.util.UUID" -> name.equals("randomUUID");
                    default -> HAS_NOW.contains(owner) && name.equals("now");
                };
            });

    /** Core is a pure function of its inputs: no clock, no default zone or locale, no environment. */
    static final ArchRule NO_CLOCK = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .callCodeUnitWhere(AMBIENT_STATE)
            .because(
                    "evaluation is deterministic: every instant, zone and locale comes from the caller (docs/design.md §1)");

    /**
     * Types that do I/O: {@code java.io} (except {@link java.io.Serializable}, which exceptions and values may
     * implement), {@code java.nio.file}, {@code java.nio.channels} and {@code java.net}.
     */
    static final DescribedPredicate<JavaClass> IO_TYPES = JavaClass.Predicates.resideInAnyPackage(
                    "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..")
            .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(java.io.Serializable.class)))
            .as("I/O types (java.io except Serializable, java.nio.file, java.nio.channels, java.net)");

    /** Core does no I/O: the application reads, writes, stores and sends. */
    static final ArchRule NO_IO = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat(IO_TYPES)
            .because("core computes; the application stores, schedules and displays (docs/design.md §7)");

    static final List<ArchRule> RULES = List.of(NO_JACKSON, NO_CLOCK, NO_IO);

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = LayerRules.mainClassesOf(dev.pacta.core.model.Agreement.class);
    }

    private static JavaClasses fixture(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void mainClasses_areImportedWithoutTests() {
        assertThat(main.contain("dev.pacta.core.model.Agreement")).isTrue();
        assertThat(main.contain(Clean.class)).isFalse();
        assertThat(main.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void core_doesNotDependOnJackson() {
        NO_JACKSON.check(main);
    }

    @Test
    void core_doesNotReadTheClockOrAmbientDefaults() {
        NO_CLOCK.check(main);
    }

    @Test
    void core_doesNoIo() {
        NO_IO.check(main);
    }

    @Test
    void noJackson_classUsingAJacksonPackage_fails() {
        assertThatThrownBy(() -> NO_JACKSON.check(fixture(UsesJackson.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("com.fasterxml.jackson.fake.Mapper");
    }

    @Test
    void noClock_localDateNow_fails() {
        assertThatThrownBy(() -> NO_CLOCK.check(fixture(ReadsTheClock.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LocalDate.now()");
    }

    @Test
    void noClock_systemDefaultZone_fails() {
        assertThatThrownBy(() -> NO_CLOCK.check(fixture(UsesDefaultZone.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ZoneId.systemDefault()");
    }

    @Test
    void noIo_readingAFile_fails() {
        assertThatThrownBy(() -> NO_IO.check(fixture(ReadsAFile.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.nio.file.Files");
    }

    @Test
    void rules_failOnlyOnTheirOwnViolation() {
        // Each fixture breaks exactly one rule; a clean class that is Serializable and is given its instant and zone
        // breaks none.
        assertThatCode(() -> NO_CLOCK.check(fixture(UsesJackson.class, ReadsAFile.class, Clean.class)))
                .doesNotThrowAnyException();
        assertThatCode(() -> NO_IO.check(
                        fixture(UsesJackson.class, ReadsTheClock.class, UsesDefaultZone.class, Clean.class)))
                .doesNotThrowAnyException();
        assertThatCode(() -> NO_JACKSON.check(
                        fixture(ReadsTheClock.class, UsesDefaultZone.class, ReadsAFile.class, Clean.class)))
                .doesNotThrowAnyException();
    }
}
