package dev.pacta.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Pacta's value types, applied on each model package's {@code package-info}.
 *
 * <p>Implementations ({@code ImmutableX}) are package-private and hidden behind the abstract type
 * ({@code overshadowImplementation}); users build values through a public nested {@code Builder}
 * that extends the generated one, created with {@code new} so that reflective readers (Jackson
 * under JPMS) can call it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builder = "new",
        defaults = @Value.Immutable(copy = true),
        allowedClasspathAnnotations = {Override.class},
        jdkOnly = true)
public @interface PactaStyle {}
