/**
 * Analyses to the formats analysts load: CSV in ACLED's columns with companion tables of force
 * estimates and claims, GeoJSON (RFC 7946) of events and places, JSON and JSON Lines, and a
 * self-contained HTML report to read an analysis over its article.
 *
 * <p>{@link io.github.rasd.export.Exports} is the entry point: it chooses the writer of an
 * {@link io.github.rasd.export.ExportFormat} and writes one analysis or a batch, to a stream or
 * to the files of a folder. {@link io.github.rasd.export.AcledRow} and
 * {@link io.github.rasd.export.AcledCsvWriter} let other code (incidents fused across articles)
 * write rows in ACLED's columns too.
 *
 * @since 0.2.0
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    defaultAsDefault = true,
    get = {"get*", "is*"},
    init = "*",
    allowedClasspathAnnotations = {Override.class})
package io.github.rasd.export;

import org.immutables.value.Value;
