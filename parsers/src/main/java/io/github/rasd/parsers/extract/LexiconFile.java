package io.github.rasd.parsers.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bundled lexicon: UTF-8, one entry a line, TAB-separated columns, {@code #} comments
 * and blank lines skipped. A missing file or a short line is an error naming {@code file:line}.
 */
final class LexiconFile {

  /** One entry: its columns (trimmed) and where it stands, for messages. */
  record Row(String file, int line, List<String> columns) {
    String get(int i) {
      return i < columns.size() ? columns.get(i) : "";
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + line + ": " + message);
    }
  }

  private LexiconFile() {}

  /** Reads {@code name} beside this class; each row must have at least {@code minColumns}. */
  static List<Row> read(String name, int minColumns) {
    try (InputStream in = LexiconFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled lexicon " + name);
      }
      return read(name, in, minColumns);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  static List<Row> read(String name, InputStream in, int minColumns) throws IOException {
    List<Row> rows = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> cols = new ArrayList<>();
      for (String c : line.split("\t", -1)) {
        cols.add(c.strip());
      }
      if (cols.size() < minColumns || cols.get(0).isEmpty()) {
        throw new IllegalStateException(name + ":" + n + ": expected at least " + minColumns
            + " TAB-separated columns, found " + cols.size());
      }
      rows.add(new Row(name, n, List.copyOf(cols)));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(name + ": no entries");
    }
    return List.copyOf(rows);
  }
}
