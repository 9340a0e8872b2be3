package io.github.rasd.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Article;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The batch contract of {@code rasd extract --jsonl}: one article per input line as JSON
 * ({@code id}, {@code text}, and optional {@code published}, {@code url}, {@code outlet},
 * {@code title}), one analysis per output line in the same order. A line that cannot be read
 * or parsed yields {@code {"id": …, "line": n, "error": "…"}} and the run goes on.
 *
 * <p>Streaming: memory is bounded by the longest line, not by the number of lines.
 */
final class JsonLinesBatch {

  /** Longest input line accepted, in bytes; a longer line becomes an error record. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  /** Counts of one run. */
  record Summary(long lines, long errors) {}

  private final ArticleParser parser;
  private final ObjectMapper mapper = RasdJson.newMapper();

  JsonLinesBatch(ArticleParser parser) {
    this.parser = parser;
  }

  /** Reads every line of {@code in}, writes one line per input line to {@code out}. */
  Summary run(InputStream in, OutputStream out) throws IOException {
    PrintStream printer = new PrintStream(out, false, StandardCharsets.UTF_8);
    LineReader lines = new LineReader(in);
    long count = 0;
    long errors = 0;
    byte[] line;
    while ((line = lines.next()) != null) {
      count++;
      String result;
      try {
        result = process(line, lines.truncated());
      } catch (BadLineException e) {
        errors++;
        result = errorRecord(e.id, count, e.getMessage());
      } catch (RuntimeException e) {
        // a bug in an extractor must cost one article, not the run; the message says what broke
        errors++;
        result = errorRecord(null, count, "internal error: " + e + where(e));
      }
      printer.print(result);
      printer.print('\n');
      printer.flush();
    }
    printer.flush();
    return new Summary(count, errors);
  }

  /** The first frame of Rasd's own code, so that a bug report can say where it broke. */
  private static String where(Throwable e) {
    StringBuilder at = new StringBuilder();
    int frames = 0;
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("io.github.rasd.") && frames++ < 3) {
        at.append(frames == 1 ? " at " : " < ").append(frame);
      }
    }
    return at.toString();
  }

  private String process(byte[] bytes, boolean truncated) {
    if (truncated) {
      throw new BadLineException(null, "line longer than " + MAX_LINE_BYTES + " bytes");
    }
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadLineException(null, "line is not valid UTF-8");
    }
    if (line.isBlank()) {
      throw new BadLineException(null, "empty line: expected a JSON object");
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadLineException(null, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadLineException(null, "expected a JSON object");
    }
    String id = textField(node, "id", null, true);
    ImmutableArticle.Builder article = ImmutableArticle.builder().id(id)
        .text(textField(node, "text", id, true));
    String published = textField(node, "published", id, false);
    try {
      ArticleFiles.parseDate(published).ifPresent(article::published);
    } catch (IllegalArgumentException e) {
      throw new BadLineException(id, "field 'published': " + e.getMessage());
    }
    optional(node, "url", id, article::url);
    optional(node, "outlet", id, article::outlet);
    optional(node, "title", id, article::title);
    Article a = article.build();
    try {
      return RasdJson.write(parser.parse(a));
    } catch (IllegalArgumentException e) {
      throw new BadLineException(id, e.getMessage());
    }
  }

  private static void optional(JsonNode node, String field, String id,
      java.util.function.Consumer<String> sink) {
    String value = textField(node, field, id, false);
    if (value != null && !value.isEmpty()) {
      sink.accept(value);
    }
  }

  private static String textField(JsonNode node, String field, String id, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new BadLineException(field.equals("id") ? null : id, "missing field '" + field + "'");
      }
      return null;
    }
    if (field.equals("id") && value.isNumber()) {
      return value.asText();
    }
    if (!value.isTextual()) {
      throw new BadLineException(field.equals("id") ? null : id,
          "field '" + field + "' must be a string, found " + value.getNodeType());
    }
    return value.asText();
  }

  private String errorRecord(String id, long line, String message) {
    ObjectNode error = mapper.createObjectNode();
    if (id == null) {
      error.putNull("id");
    } else {
      error.put("id", id);
    }
    error.put("line", line);
    error.put("error", message);
    return error.toString();
  }

  /** A line that yields an error record. */
  private static final class BadLineException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String id;

    BadLineException(String id, String message) {
      super(message, null, false, false);
      this.id = id;
    }
  }

  /** Splits a byte stream on '\n' without decoding, so a bad line cannot break the next. */
  private static final class LineReader {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean truncated;

    LineReader(InputStream in) {
      this.in = in;
    }

    boolean truncated() {
      return truncated;
    }

    byte[] next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      truncated = false;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            return any ? stripCr(line.toByteArray()) : null;
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
            truncated = true;
            line.reset();
          } else {
            line.write(buffer, start, n);
          }
        }
        if (position < limit) {
          position++;
          return stripCr(line.toByteArray());
        }
      }
    }

    private static byte[] stripCr(byte[] line) {
      return line.length > 0 && line[line.length - 1] == '\r'
          ? java.util.Arrays.copyOf(line, line.length - 1) : line;
    }
  }
}
