/**
 * Incidents across articles: the events that many analyses report of one happening, fused into
 * one {@link io.github.rasd.fusion.Incident} that keeps every {@link
 * io.github.rasd.fusion.SourceEvent}, with low / best / high tolls and the statuses the sources
 * gave. {@link io.github.rasd.fusion.IncidentFuser} is the entry point; {@link
 * io.github.rasd.fusion.AnalysisLines} reads the JSON Lines that {@code rasd extract --jsonl}
 * writes; {@link io.github.rasd.fusion.IncidentCsv} writes incidents in ACLED's columns.
 *
 * <p>The value types follow the conventions of {@code io.github.rasd.model}: Immutables with a
 * builder, Jackson annotations, {@link java.util.Optional} for absent values.
 *
 * @since 0.2.0
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
    allowedClasspathAnnotations = {Override.class})
package io.github.rasd.fusion;

import org.immutables.value.Value;
