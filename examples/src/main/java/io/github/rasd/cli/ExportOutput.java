package io.github.rasd.cli;

import io.github.rasd.export.AnalysisWriter;
import io.github.rasd.export.ExportFormat;
import io.github.rasd.export.Exports;
import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The output options of {@code rasd extract}, {@code --format} and {@code --out}, and the
 * writer they choose (from {@code rasd-export}). Without either, each analysis is printed as
 * JSON, indented or with {@code --compact} on one line, as before they existed.
 */
final class ExportOutput {

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "json (default), jsonl, csv, geojson or html. To standard output a format"
          + " gives its main file: the events table of csv, the events of geojson.")
  ExportFormat format;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write the format's files into DIR: csv gives events.csv, force-estimates.csv"
          + " and claims.csv; geojson events.geojson and places.geojson; html report.html;"
          + " json analyses.json; jsonl analyses.jsonl.")
  Path out;

  /** True when the user asked for a format or a folder. */
  boolean requested() {
    return format != null || out != null;
  }

  /** The writer the options choose; {@code stdout} is flushed, never closed. */
  AnalysisWriter open(PrintWriter stdout, PrintWriter stderr, boolean compact) throws IOException {
    ExportFormat f = format == null ? ExportFormat.JSON : format;
    if (out != null) {
      AnalysisWriter files = Exports.toFolder(f, out);
      return new AnalysisWriter() {
        @Override
        public void write(Analysis analysis) throws IOException {
          files.write(analysis);
        }

        @Override
        public void close() throws IOException {
          files.close();
          stderr.println("rasd extract: wrote " + String.join(", ",
              f.fileNames().stream().map(n -> out.resolve(n).toString()).toList()));
        }
      };
    }
    if (f == ExportFormat.JSON) {
      return new AnalysisWriter() {
        @Override
        public void write(Analysis analysis) {
          stdout.println(compact ? RasdJson.write(analysis) : RasdJson.writePretty(analysis));
          stdout.flush();
        }

        @Override
        public void close() {
          stdout.flush();
        }
      };
    }
    return Exports.toWriter(f, new FilterWriter(stdout) {
      @Override
      public void close() throws IOException {
        flush();
      }
    });
  }

  /** Reads a format name in any case, listing the names there are when it is unknown. */
  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      return ExportFormat.forName(value);
    }
  }
}
