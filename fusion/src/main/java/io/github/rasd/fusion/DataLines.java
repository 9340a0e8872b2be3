package io.github.rasd.fusion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled data files of this package: non-blank lines, '#' comments skipped. */
final class DataLines {

  /** One data line with its place in the file, for {@code file:line: message} errors. */
  record Line(String resource, int number, String[] columns) {
    IllegalStateException error(String message) {
      return new IllegalStateException(resource + ":" + number + ": " + message);
    }
  }

  private DataLines() {}

  /** The data lines of {@code resource}, split on TAB; a missing resource is an error. */
  static List<Line> read(String resource) {
    List<Line> lines = new ArrayList<>();
    try (InputStream in = DataLines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        lines.add(new Line(resource, number, line.strip().split("\t", -1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(lines);
  }
}
