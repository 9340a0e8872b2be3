package io.github.rasd.parsers.text.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a commented, tab-separated data file bundled with the library: {@code #} starts a
 * comment, blank lines are skipped, fields are separated by tabs. A missing file is an error.
 */
final class LexiconFile {

  /** One data line: its fields and where it stands, for {@code file:line: message} errors. */
  record Line(String file, int number, List<String> fields) {

    String field(int i) {
      if (i >= fields.size()) {
        throw error("expected at least " + (i + 1) + " tab-separated fields");
      }
      return fields.get(i);
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + number + ": " + message);
    }
  }

  private LexiconFile() {}

  /** The data lines of {@code resource}, a path relative to {@code anchor}'s package. */
  static List<Line> read(Class<?> anchor, String resource) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing bundled data file " + resource);
    }
    List<Line> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String raw;
      int number = 0;
      while ((raw = r.readLine()) != null) {
        number++;
        int hash = raw.indexOf('#');
        String text = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (text.isEmpty()) {
          continue;
        }
        List<String> fields = new ArrayList<>();
        for (String f : text.split("\t", -1)) {
          fields.add(f.strip());
        }
        lines.add(new Line(resource, number, List.copyOf(fields)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data file " + resource, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalStateException(resource + ": data file has no entries");
    }
    return List.copyOf(lines);
  }
}
