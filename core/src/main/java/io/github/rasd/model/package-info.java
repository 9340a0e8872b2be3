/**
 * The immutable domain model of Rasd: what an Arabic news article says about armed
 * groups, events, force estimates and who claimed what.
 *
 * <p>Every type is an interface or abstract class annotated with {@code @Value.Immutable};
 * Immutables generates the {@code Immutable*} implementation with a builder. Values never
 * hold {@code null}: absent values are {@link java.util.Optional}. All offsets are UTF-16
 * offsets into {@link io.github.rasd.model.Article#text()}.
 *
 * @since 0.1.0
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    allParameters = false,
    defaultAsDefault = true,
    get = {"get*", "is*"},
    init = "*",
    forceJacksonPropertyNames = false,
    deepImmutablesDetection = true,
    // no @Generated on generated classes: users compile against rasd-core without the
    // Immutables annotations jar, and javac would warn about the missing annotation type
    allowedClasspathAnnotations = {Override.class})
package io.github.rasd.model;

import org.immutables.value.Value;
