package dev.pacta.json;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.pacta.core.architecture.LayerRules;
import dev.pacta.json.fixture.layers.Facade;
import dev.pacta.json.fixture.layers.Problem;
import dev.pacta.json.fixture.layers.internal.Helper;
import dev.pacta.json.fixture.layers.internal.deser.Reader;
import dev.pacta.json.fixture.layers.internal.document.Doc;
import dev.pacta.json.fixture.layers.internal.ser.Writer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layers of {@code pacta-json}'s packages (see the package-info of {@code dev.pacta.json.internal}), from the
 * bottom: the API value types ({@link DocumentKind}, {@link JsonProblem}, {@link PactaJsonException}); the shared
 * helpers in {@code internal}; the readers ({@code internal.deser}) and the writers ({@code internal.ser}), which do
 * not use each other; the tables of the wire types ({@code internal.wire}); the documents ({@code internal.document});
 * the facade ({@link PactaJson}, {@link PactaModule}).
 * The internal packages form no cycle, and use nothing of the public package but the value types.
 *
 * <p>The public package holds both the bottom and the top layer, so it alone is in a cycle with the internal ones;
 * that is a decision, recorded in the package-info of {@code dev.pacta.json}. The rules take the root package, so that
 * the fixture classes under {@code dev.pacta.json.fixture.layers} (test sources only) can show that each fails.
 */
class JsonLayersTest {
    /** The public types the internal packages may use: values, never the facade. */
    private static final Set<String> VALUE_TYPES = Set.of("DocumentKind", "JsonProblem", "PactaJsonException");

    private static final String FIXTURE = "dev.pacta.json.fixture.layers";

    /**
     * No cycle among the internal packages: each package is a slice.
     *
     * @param root the module's root package
     * @return the rule
     */
    static ArchRule internalPackagesFreeOfCycles(String root) {
        String internal = root + ".internal";
        return slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass c) {
                        String p = c.getPackageName();
                        return p.equals(internal) || p.startsWith(internal + ".")
                                ? SliceIdentifier.of(p.substring(root.length() + 1))
                                : SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "the packages under " + internal;
                    }
                })
                .should()
                .beFreeOfCycles()
                .because("a reader or writer never needs the documents that use it (json's package-info)");
    }

    /**
     * The layers, every class in one.
     *
     * @param root the module's root package
     * @param valueTypes the simple names of the public value types the internals may use
     * @return the rule
     */
    static ArchRule layers(String root, Set<String> valueTypes) {
        DescribedPredicate<JavaClass> inRoot = JavaClass.Predicates.resideInAPackage(root);
        DescribedPredicate<JavaClass> value = inRoot.and(DescribedPredicate.describe(
                "is a value type " + valueTypes,
                c -> valueTypes.contains(topLevel(c).getSimpleName())));
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Values")
                .definedBy(value)
                .layer("Helpers")
                .definedBy(root + ".internal")
                .layer("Readers")
                .definedBy(root + ".internal.deser..")
                .layer("Writers")
                .definedBy(root + ".internal.ser..")
                .layer("Wire")
                .definedBy(root + ".internal.wire..")
                .layer("Documents")
                .definedBy(root + ".internal.document..")
                .layer("Facade")
                .definedBy(inRoot.and(DescribedPredicate.not(value)).as("the facade"))
                .whereLayer("Values")
                .mayNotAccessAnyLayer()
                .whereLayer("Helpers")
                .mayOnlyAccessLayers("Values")
                .whereLayer("Readers")
                .mayOnlyAccessLayers("Values", "Helpers")
                .whereLayer("Writers")
                .mayOnlyAccessLayers("Values", "Helpers")
                .whereLayer("Wire")
                .mayOnlyAccessLayers("Values", "Helpers", "Readers", "Writers")
                .whereLayer("Documents")
                .mayOnlyAccessLayers("Values", "Helpers", "Readers", "Writers", "Wire")
                .withOptionalLayers(true)
                .ensureAllClassesAreContainedInArchitecture()
                .because("dependencies point downwards: documents are read and written by the per-type readers and"
                        + " writers, on helpers that know nothing above them (json's package-info)");
    }

    /** The top-level class of a class, nested or an array. */
    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c.getBaseComponentType();
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static JavaClasses fixture(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    private static Class<?> fixtureClass(String name) {
        try {
            return Class.forName(FIXTURE + "." + name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void mainClasses_internalPackagesFormNoCycle() {
        JavaClasses main = LayerRules.mainClassesOf(PactaJson.class);
        internalPackagesFreeOfCycles("dev.pacta.json").check(main);
    }

    @Test
    void mainClasses_keepToTheLayers() {
        JavaClasses main = LayerRules.mainClassesOf(PactaJson.class);
        assertThat(main.contain("dev.pacta.json.internal.document.Documents")).isTrue();
        layers("dev.pacta.json", VALUE_TYPES).check(main);
    }

    @Test
    void cleanFixture_passesBothRules() {
        JavaClasses clean = fixture(Problem.class, Facade.class, Helper.class, Reader.class, Writer.class, Doc.class);
        assertThatCode(() -> internalPackagesFreeOfCycles(FIXTURE).check(clean)).doesNotThrowAnyException();
        assertThatCode(() -> layers(FIXTURE, Set.of("Problem")).check(clean)).doesNotThrowAnyException();
    }

    @Test
    void internalPackagesFreeOfCycles_readerUsingTheDocuments_fails() {
        JavaClasses cycle = fixture(
                Helper.class, Reader.class, Writer.class, Doc.class, fixtureClass("internal.deser.ReaderUsingDoc"));
        assertThat(violations(internalPackagesFreeOfCycles(FIXTURE), cycle))
                .isNotEmpty()
                .anySatisfy(d -> assertThat(d)
                        .contains("internal.deser")
                        .contains("internal.document")
                        .contains("ReaderUsingDoc"));
        assertThat(violations(layers(FIXTURE, Set.of("Problem")), cycle))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("ReaderUsingDoc").contains("Doc"));
    }

    @Test
    void layers_helperUsingTheFacade_fails() {
        JavaClasses facade = fixture(
                Problem.class, Facade.class, Helper.class, Doc.class, fixtureClass("internal.HelperUsingFacade"));
        assertThat(violations(layers(FIXTURE, Set.of("Problem")), facade))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("HelperUsingFacade").contains("Facade"));
        // No cycle among the internal packages: only the layers see this.
        assertThatCode(() -> internalPackagesFreeOfCycles(FIXTURE).check(facade))
                .doesNotThrowAnyException();
    }

    @Test
    void layers_classInNoLayer_fails() {
        JavaClasses unplaced = fixture(Problem.class, JsonLayersTest.class);
        assertThat(violations(layers(FIXTURE, Set.of("Problem")), unplaced))
                .singleElement()
                .satisfies(d -> assertThat(d).contains("JsonLayersTest").contains("not contained in architecture"));
    }
}
