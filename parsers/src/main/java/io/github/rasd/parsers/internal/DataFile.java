package io.github.rasd.parsers.internal;

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
 * comment (to the end of the line), blank lines are skipped, fields are separated by tabs and
 * trimmed. A missing or empty file is an error; so is a short line, as {@code file:line:
 * message}. Not API.
 */
public final class DataFile {

  /**
   * One data line: its fields and where it stands, for {@code file:line: message} errors.
   *
   * @param file the resource name
   * @param number the line number, from 1
   * @param fields the trimmed fields
   */
  public record Line(String file, int number, List<String> fields) {

    /**
     * Field {@code i}, which must be there.
     *
     * @param i the field index, from 0
     * @return the field
     */
    public String field(int i) {
      if (i >= fields.size()) {
        throw error("expected at least " + (i + 1) + " tab-separated fields");
      }
      return fields.get(i);
    }

    /**
     * Field {@code i}, or {@code otherwise} when the line is shorter.
     *
     * @param i the field index, from 0
     * @param otherwise the value for a missing field
     * @return the field or {@code otherwise}
     */
    public String field(int i, String otherwise) {
      return i < fields.size() ? fields.get(i) : otherwise;
    }

    /**
     * An exception that names this line.
     *
     * @param message what is wrong
     * @return the exception, to throw
     */
    public IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + number + ": " + message);
    }
  }

  private DataFile() {}

  /**
   * The data lines of {@code resource}.
   *
   * @param anchor the class whose package a relative resource name is resolved against
   * @param resource the resource name
   * @return the lines, never empty
   */
  public static List<Line> read(Class<?> anchor, String resource) {
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
