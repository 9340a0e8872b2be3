package io.github.rasd.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats Rasd exports, each with the files it writes into an output folder; written to a
 * single stream, a format gives its first file only.
 *
 * @since 0.2.0
 */
public enum ExportFormat {
  /** The analysis JSON of {@code rasd-core}: one analysis is an object, several an array. */
  JSON("analyses.json"),
  /** One compact analysis JSON per line. */
  JSONL("analyses.jsonl"),
  /**
   * One row per event in ACLED's columns, then Rasd's ({@link CsvExport#EVENT_COLUMNS}); the
   * companion tables of force estimates and claims.
   */
  CSV("events.csv", "force-estimates.csv", "claims.csv"),
  /** RFC 7946 FeatureCollections of events and of places. */
  GEOJSON("events.geojson", "places.geojson"),
  /** One self-contained HTML report of every article: no network, right to left. */
  HTML("report.html");

  private final List<String> fileNames;

  ExportFormat(String... fileNames) {
    this.fileNames = List.of(fileNames);
  }

  /** The name on the command line: {@code json}, {@code jsonl}, {@code csv}, {@code geojson}, {@code html}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The files this format writes into an output folder, the main one first. */
  public List<String> fileNames() {
    return fileNames;
  }

  /**
   * The format named {@code name}, in any case.
   *
   * @throws IllegalArgumentException naming the formats there are
   */
  public static ExportFormat forName(String name) {
    for (ExportFormat f : values()) {
      if (f.cliName().equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "'; expected one of "
        + Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", ")));
  }
}
