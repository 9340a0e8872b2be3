package io.github.rasd.export;

import io.github.rasd.model.Analysis;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of exports: the writer of an {@link ExportFormat}, to the files of a folder
 * or to one stream, and shortcuts for one analysis or a batch.
 *
 * <pre>{@code
 * try (AnalysisWriter out = Exports.toFolder(ExportFormat.CSV, Path.of("out"))) {
 *   for (Analysis a : analyses) {
 *     out.write(a);              // out/events.csv, out/force-estimates.csv, out/claims.csv
 *   }
 * }
 * String report = Exports.toString(ExportFormat.HTML, analysis);
 * }</pre>
 *
 * <p>Files are UTF-8. Stateless and thread-safe; each writer it returns is for one thread.
 *
 * @since 0.2.0
 */
public final class Exports {

  private Exports() {}

  /**
   * A writer of {@code format} into {@code folder} (created when missing), one file per name
   * of {@link ExportFormat#fileNames()}, each replaced if it exists.
   */
  public static AnalysisWriter toFolder(ExportFormat format, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Writer> writers = new ArrayList<>();
    try {
      for (String name : format.fileNames()) {
        writers.add(Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8));
      }
      return open(format, writers);
    } catch (IOException | RuntimeException e) {
      for (Writer w : writers) {
        w.close();
      }
      throw e;
    }
  }

  /**
   * A writer of {@code format} to {@code out}, which gets the format's first file (the events
   * table of {@link ExportFormat#CSV}, the events of {@link ExportFormat#GEOJSON}); closing the
   * writer closes {@code out}.
   */
  public static AnalysisWriter toWriter(ExportFormat format, Writer out) throws IOException {
    List<Writer> writers = new ArrayList<>();
    writers.add(out);
    for (int i = 1; i < format.fileNames().size(); i++) {
      writers.add(Writer.nullWriter());
    }
    return open(format, writers);
  }

  /** {@code analysis} in {@code format} (its first file), as text. */
  public static String toString(ExportFormat format, Analysis analysis) {
    return toString(format, List.of(analysis));
  }

  /** The batch {@code analyses} in {@code format} (its first file), as text. */
  public static String toString(ExportFormat format, Iterable<Analysis> analyses) {
    StringWriter out = new StringWriter();
    try (AnalysisWriter w = toWriter(format, out)) {
      for (Analysis a : analyses) {
        w.write(a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the batch {@code analyses} in {@code format} into {@code folder}; returns the files. */
  public static List<Path> write(ExportFormat format, Iterable<Analysis> analyses, Path folder)
      throws IOException {
    try (AnalysisWriter w = toFolder(format, folder)) {
      for (Analysis a : analyses) {
        w.write(a);
      }
    }
    return format.fileNames().stream().map(folder::resolve).toList();
  }

  private static AnalysisWriter open(ExportFormat format, List<Writer> w) throws IOException {
    return switch (format) {
      case JSON -> new JsonExport(w.get(0), false);
      case JSONL -> new JsonExport(w.get(0), true);
      case CSV -> new CsvExport(w.get(0), w.get(1), w.get(2));
      case GEOJSON -> new GeoJsonExport(w.get(0), w.get(1));
      case HTML -> new HtmlReport(w.get(0));
    };
  }
}
