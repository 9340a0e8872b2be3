package io.github.rasd.parsers.knowledge;

import io.github.rasd.parsers.knowledge.KnowledgeDataException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The lines of one data file and the name used in error messages. Package-private. */
record DataSource(String name, List<String> lines) {

  DataSource {
    lines = List.copyOf(lines);
  }

  /** The bundled resource {@code file} beside this class; missing data is an error. */
  static DataSource bundled(String file) {
    InputStream in = DataSource.class.getResourceAsStream(file);
    if (in == null) {
      throw new KnowledgeDataException(Reason.MISSING_FILE, file, 0, "bundled data file is missing");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return new DataSource(file, readAll(r));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
  }

  /** A user file. */
  static DataSource of(Path path) {
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return new DataSource(path.toString(), readAll(r));
    } catch (IOException e) {
      throw new KnowledgeDataException(Reason.MISSING_FILE, path.toString(), 0, "cannot read: " + e.getMessage());
    }
  }

  private static List<String> readAll(BufferedReader r) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
    }
    return lines;
  }
}
