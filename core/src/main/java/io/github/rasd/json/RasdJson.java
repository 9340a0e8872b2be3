package io.github.rasd.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.rasd.model.Analysis;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * The JSON form of the Rasd model: a configured Jackson mapper, reading with clear errors, and
 * the bundled JSON Schema of an {@link Analysis}.
 *
 * <p>Dates are written as {@code "YYYY-MM-DD"}; absent optional values as {@code null}; field
 * order is fixed, so the same analysis always gives the same bytes. Unknown fields are ignored
 * when reading, so newer writers stay readable. A lone surrogate of the caller's text (broken
 * UTF-16) is written as its JSON escape (a backslash, {@code u} and four hex digits), so that
 * the JSON is valid Unicode that any UTF-8 writer keeps, and reading it back gives the caller's
 * text unit for unit.
 *
 * <p>Thread-safe: the shared mapper is configured once and never changes.
 *
 * @since 0.1.0
 */
public final class RasdJson {

  /** Classpath location of the JSON Schema (draft 2020-12) of an analysis. */
  public static final String SCHEMA_RESOURCE = "/io/github/rasd/json/analysis.schema.json";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private RasdJson() {}

  /** A new mapper configured as Rasd writes and reads; callers may change their copy. */
  public static ObjectMapper newMapper() {
    return MAPPER.copy();
  }

  /** The analysis as compact JSON on one line. */
  public static String write(Object value) {
    try {
      return escapeLoneSurrogates(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The analysis as indented JSON. */
  public static String writePretty(Object value) {
    try {
      return escapeLoneSurrogates(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an analysis, checking its invariants.
   *
   * @throws RasdJsonException naming the field when the JSON is malformed or breaks the model
   */
  public static Analysis readAnalysis(String json) {
    return read(json, Analysis.class);
  }

  /**
   * Reads any model value ({@code Span}, {@code Count}, {@code Event}…) from JSON.
   *
   * @throws RasdJsonException naming the field when the JSON is malformed or breaks the model
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw new RasdJsonException("", "expected a JSON object, found null", null);
      }
      return value;
    } catch (JsonMappingException e) {
      String path = path(e);
      Throwable root = rootCause(e);
      String message = root == e ? e.getOriginalMessage() : root.getMessage();
      throw new RasdJsonException(path, message, e);
    } catch (JacksonException e) {
      throw new RasdJsonException("", "malformed JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr()), e);
    }
  }

  /** Opens the bundled JSON Schema of an analysis; the caller closes the stream. */
  public static InputStream openSchema() {
    InputStream in = RasdJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + SCHEMA_RESOURCE);
    }
    return in;
  }

  /**
   * Replaces every unpaired surrogate of {@code json} by its six-character escape. Jackson
   * writes them raw, and a UTF-8 encoder would turn them into {@code ?}; outside strings JSON
   * has none, so every one found lies inside a string, where the escape is valid.
   */
  static String escapeLoneSurrogates(String json) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        i++; // a valid pair
        continue;
      }
      if (out == null) {
        out = new StringBuilder(json.length() + 16);
      }
      out.append(json, copied, i).append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      copied = i + 1;
    }
    return out == null ? json : out.append(json, copied, json.length()).toString();
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }
}
