package io.github.rasd.parsers.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rasd.json.RasdJson;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.io.ArticleLine.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines stream of articles: one JSON object per line, {@code id} and {@code text}
 * required, {@code published} ({@code YYYY-MM-DD}), {@code url}, {@code outlet} and
 * {@code title} optional ({@code null} or absent for none), other fields ignored. Each line gives
 * one {@link ArticleLine}, an article or the problem that kept it from being one, so that one bad
 * line (malformed JSON, missing text, bytes that are not UTF-8, a line over the limit) never
 * costs the lines after it.
 *
 * <pre>{@code
 * {"id": "a1", "text": "قتل ثلاثة جنود في هجوم ...", "published": "2024-03-12"}
 * }</pre>
 *
 * <p>Lines end with {@code \n} or {@code \r\n}; the last one may lack it. Lines are split on
 * bytes before they are decoded, and decoded as UTF-8 whatever the platform's default charset.
 * Streaming: memory is bounded by {@link #MAX_LINE_BYTES}, not by the number of lines.
 *
 * <p>Not thread-safe: one reader per stream.
 *
 * @since 0.1.0
 */
public final class JsonLinesReader {

  /**
   * Longest line read, in bytes: 64 MiB, room for an article of
   * {@link io.github.rasd.parsers.ArticleParser#MAX_TEXT_LENGTH} characters with JSON escapes. A
   * longer line is skipped to its end and reported as {@link Problem#TOO_LONG}.
   */
  public static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  /** The message of a line over {@link #MAX_LINE_BYTES}. */
  static final String TOO_LONG_MESSAGE =
      "line longer than " + (MAX_LINE_BYTES >> 20) + " MiB (JsonLinesReader.MAX_LINE_BYTES)";

  /** Jackson's own string limit raised to the line limit, so that Rasd's limit is the one met. */
  private static final ObjectMapper MAPPER = newMapper();

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long lineNumber;

  /** A reader of {@code in}; the caller closes the stream. */
  public JsonLinesReader(InputStream in) {
    this.in = in;
  }

  private static ObjectMapper newMapper() {
    ObjectMapper mapper = RasdJson.newMapper();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(MAX_LINE_BYTES).build());
    return mapper;
  }

  /**
   * The next line, or {@code null} at the end of the stream.
   *
   * @throws IOException when the stream itself cannot be read
   */
  public ArticleLine next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean truncated = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      if (!truncated) {
        int n = position - start;
        if (line.size() + n > MAX_LINE_BYTES) {
          truncated = true; // the rest of the line is skipped, not kept
          line = new ByteArrayOutputStream();
        } else {
          line.write(buffer, start, n);
        }
      }
      if (position < limit) {
        position++;
        break;
      }
    }
    lineNumber++;
    if (truncated) {
      return ArticleLine.failed(lineNumber, null, Problem.TOO_LONG, TOO_LONG_MESSAGE);
    }
    return read(lineNumber, stripCr(line.toByteArray()));
  }

  /** Reads one line's bytes (without its line break) as an article. */
  static ArticleLine read(long number, byte[] bytes) {
    try {
      return ArticleLine.of(number, article(bytes));
    } catch (BadLine e) {
      return ArticleLine.failed(number, e.id, e.problem, e.getMessage());
    }
  }

  private static io.github.rasd.model.Article article(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new BadLine(null, Problem.NOT_UTF8,
          "line is not valid UTF-8 (byte " + in.position() + " of the line)");
    }
    if (line.isBlank()) {
      throw new BadLine(null, Problem.EMPTY, "empty line: expected a JSON object");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadLine(null, Problem.MALFORMED, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadLine(null, Problem.MALFORMED, "expected a JSON object");
    }
    String id = textField(node, "id", null, true);
    ImmutableArticle.Builder article = ImmutableArticle.builder().id(id)
        .text(textField(node, "text", id, true));
    String published = textField(node, "published", id, false);
    try {
      ArticleFiles.parseDate(published).ifPresent(article::published);
    } catch (IllegalArgumentException e) {
      throw new BadLine(id, Problem.BAD_FIELD, "field 'published': " + e.getMessage());
    }
    optional(node, "url", id, article::url);
    optional(node, "outlet", id, article::outlet);
    optional(node, "title", id, article::title);
    return article.build();
  }

  private static void optional(JsonNode node, String field, String id, Consumer<String> sink) {
    String value = textField(node, field, id, false);
    if (value != null && !value.isEmpty()) {
      sink.accept(value);
    }
  }

  private static String textField(JsonNode node, String field, String id, boolean required) {
    JsonNode value = node.get(field);
    String known = field.equals("id") ? null : id;
    if (value == null || value.isNull()) {
      if (required) {
        throw new BadLine(known, Problem.MISSING_FIELD, "missing field '" + field + "'");
      }
      return null;
    }
    if (field.equals("id") && value.isIntegralNumber()) {
      return value.asText();
    }
    if (!value.isTextual()) {
      throw new BadLine(known, Problem.BAD_FIELD,
          "field '" + field + "' must be a string, found " + value.getNodeType());
    }
    return value.asText();
  }

  private static byte[] stripCr(byte[] line) {
    return line.length > 0 && line[line.length - 1] == '\r'
        ? Arrays.copyOf(line, line.length - 1) : line;
  }

  /** A line that is not an article; no stack trace, it is an expected outcome. */
  private static final class BadLine extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String id;
    final Problem problem;

    BadLine(String id, Problem problem, String message) {
      super(message, null, false, false);
      this.id = id;
      this.problem = problem;
    }
  }
}
