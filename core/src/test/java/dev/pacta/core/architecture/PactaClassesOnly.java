package dev.pacta.core.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.resolvers.ClassResolver;
import com.tngtech.archunit.core.importer.resolvers.ClassResolverFromClasspath;
import java.util.Optional;

/**
 * ArchUnit's class resolver for Pacta's architecture tests (named in {@code archunit.properties}): a class that an
 * imported class refers to is imported from the class path only when it is one of Pacta's own ({@code dev.pacta..});
 * any other class (the JDK, Jackson, AssertJ) stays a stub that has its name and nothing more.
 *
 * <p>Why: by default ArchUnit resolves every referenced class and, transitively, all of their supertypes, which
 * imports a large part of the JDK and of each module's dependencies and took several seconds per test class. The
 * rules need no more than this: the layer, clock, I/O and Jackson rules look at the names of the classes depended
 * on, and the module rules ({@link LayerRules#otherModulesApiOnly}) at the package and modifiers of Pacta classes,
 * which are resolved in full.
 */
public final class PactaClassesOnly implements ClassResolver {
    private final ClassResolverFromClasspath classPath = new ClassResolverFromClasspath();

    /** Called by ArchUnit, which finds this class through {@code archunit.properties}. */
    public PactaClassesOnly() {}

    @Override
    public void setClassUriImporter(ClassUriImporter importer) {
        classPath.setClassUriImporter(importer);
    }

    @Override
    public Optional<JavaClass> tryResolve(String typeName) {
        return typeName.startsWith("dev.pacta.") ? classPath.tryResolve(typeName) : Optional.empty();
    }
}
