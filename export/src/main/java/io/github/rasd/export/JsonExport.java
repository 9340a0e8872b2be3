package io.github.rasd.export;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import java.io.IOException;
import java.io.Writer;

/**
 * Analyses in the JSON form of {@code rasd-core} ({@link RasdJson}): JSON Lines (one compact
 * analysis per line), or indented JSON where one analysis is an object and several are an array.
 * The JSON form keeps one analysis in memory to tell the two apart.
 *
 * <p>Not thread-safe.
 */
final class JsonExport implements AnalysisWriter {

  private final Writer out;
  private final boolean lines;
  private Analysis held;
  private int written;

  JsonExport(Writer out, boolean lines) {
    this.out = out;
    this.lines = lines;
  }

  @Override
  public void write(Analysis analysis) throws IOException {
    if (lines) {
      out.write(RasdJson.write(analysis));
      out.write('\n');
      return;
    }
    if (held != null) {
      out.write(written == 0 ? "[\n" : ",\n");
      out.write(RasdJson.writePretty(held));
      written++;
    }
    held = analysis;
  }

  @Override
  public void close() throws IOException {
    try (Writer w = out) {
      if (held != null) {
        w.write(written == 0 ? "" : ",\n");
        w.write(RasdJson.writePretty(held));
        w.write(written == 0 ? "\n" : "\n]\n");
      } else if (!lines) {
        w.write("[]\n");
      }
    }
  }
}
