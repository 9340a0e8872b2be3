package io.github.rasd.cli;

import io.github.rasd.model.Article;
import io.github.rasd.model.ImmutableArticle;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article file: plain UTF-8 text, or a header of {@code key: value} lines (url,
 * outlet, published, title), a line {@code ---}, then the body, as in the evaluation kit.
 * Offsets are into the body with its leading and trailing newlines removed.
 */
final class ArticleFiles {

  /** Header keys this reader knows; any other key means the file has no header. */
  private static final java.util.Set<String> HEADER_KEYS =
      java.util.Set.of("url", "outlet", "published", "title", "id");

  private ArticleFiles() {}

  /** Reads {@code file}; the article id is the file name without its extension. */
  static Article read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not valid UTF-8 text", e);
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return parse(dot > 0 ? name.substring(0, dot) : name, text);
  }

  /** Reads the header-then-{@code ---} form when present, else takes the whole text as body. */
  static Article parse(String id, String content) {
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    ImmutableArticle.Builder article = ImmutableArticle.builder().id(id);
    String[] lines = content.split("\r?\n", -1);
    int separator = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals("---")) {
        separator = i;
        break;
      }
      int colon = line.indexOf(':');
      if (line.isEmpty() || colon <= 0
          || !HEADER_KEYS.contains(line.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
        break;
      }
    }
    if (separator < 0) {
      return article.text(trimNewlines(content)).build();
    }
    for (int i = 0; i < separator; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (value.isEmpty()) {
        continue;
      }
      switch (key) {
        case "url" -> article.url(value);
        case "outlet" -> article.outlet(value);
        case "title" -> article.title(value);
        case "id" -> article.id(value);
        case "published" -> parseDate(value).ifPresent(article::published);
        default -> throw new AssertionError(key);
      }
    }
    int bodyStart = 0;
    for (int i = 0; i <= separator; i++) {
      bodyStart = content.indexOf('\n', bodyStart) + 1;
    }
    return article.text(trimNewlines(content.substring(bodyStart))).build();
  }

  /** A {@code YYYY-MM-DD} date; {@code "unknown"} or empty gives none. */
  static Optional<LocalDate> parseDate(String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("unknown")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("published date '" + value + "' is not YYYY-MM-DD", e);
    }
  }

  private static String trimNewlines(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == '\n' || s.charAt(start) == '\r')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(start, end);
  }
}
