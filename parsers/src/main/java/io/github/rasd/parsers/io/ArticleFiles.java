package io.github.rasd.parsers.io;

import io.github.rasd.model.Article;
import io.github.rasd.model.ImmutableArticle;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the article-file format of Rasd and of its evaluation kit. A file is either plain UTF-8
 * text, all body, or a header, a line {@code ---}, then the body:
 *
 * <pre>
 * url: https://example.org/news/1
 * outlet: وكالة الأنباء
 * published: 2024-03-12
 * title: كمين في جبل الشعانبي
 * ---
 * قتل عنصران من الحرس الوطني ...
 * </pre>
 *
 * <p>The header is the run of {@code key: value} lines before the first {@code ---} line; keys
 * are {@code url}, {@code outlet}, {@code published} ({@code YYYY-MM-DD} or {@code unknown}),
 * {@code title} and {@code id}; other keys ({@code note:}, {@code author:}) describe the file and
 * are skipped. A text whose first lines are not all {@code key: value} lines has no header, even
 * if a {@code ---} line follows. The body is what follows the separator with its leading and
 * trailing line breaks removed: every offset of the analysis is an offset into that body. A
 * byte-order mark is dropped. The article id is the file name without its extension, unless the
 * header names one.
 *
 * <p>The bytes are decoded as UTF-8 whatever the platform's default charset; bytes that are not
 * UTF-8 are an error, never replaced. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ArticleFiles {

  /** The line that ends the header. */
  public static final String SEPARATOR = "---";

  /** The extension of article files in a folder. */
  public static final String EXTENSION = ".txt";

  /**
   * A header line: a simple ASCII key, a colon, a value. Bounded key length, no nested
   * quantifiers: linear. An Arabic first line ("قال المتحدث: ...") is not a header line.
   */
  private static final Pattern HEADER_LINE = Pattern.compile("[A-Za-z][A-Za-z_-]{0,30}\\s*:.*");

  private ArticleFiles() {}

  /**
   * Reads one article file.
   *
   * @throws ArticleFileException when the file is missing or unreadable, or not UTF-8
   * @throws IllegalArgumentException when its {@code published} value is not a date
   */
  public static Article read(Path file) throws ArticleFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ArticleFileException(file, reason(e), e);
    }
    return parse(idOf(file), decode(file, bytes));
  }

  /**
   * Reads an article from its file content: the header-then-{@code ---} form when present, else
   * the whole text as body.
   *
   * @param id the article id unless the header names one
   * @throws IllegalArgumentException when its {@code published} value is not a date
   */
  public static Article parse(String id, String content) {
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    ImmutableArticle.Builder article = ImmutableArticle.builder().id(id);
    int lineStart = 0;
    int bodyStart = -1;
    List<String> header = new ArrayList<>();
    while (lineStart < content.length()) {
      int newline = content.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? content.length() : newline;
      String line = content.substring(lineStart, lineEnd).strip();
      if (line.equals(SEPARATOR)) {
        bodyStart = newline < 0 ? content.length() : newline + 1;
        break;
      }
      if (!HEADER_LINE.matcher(line).matches()) {
        break;
      }
      header.add(line);
      lineStart = lineEnd + 1;
    }
    if (bodyStart < 0) {
      return article.text(trimLineBreaks(content)).build();
    }
    for (String line : header) {
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
        default -> { } // other keys (note:, author:) describe the file, not the article
      }
    }
    return article.text(trimLineBreaks(content.substring(bodyStart))).build();
  }

  /**
   * A publication date as the format writes it: {@code YYYY-MM-DD}; {@code null}, blank or
   * {@code unknown} give none.
   *
   * @throws IllegalArgumentException when the value is another text
   */
  public static Optional<LocalDate> parseDate(String value) {
    if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("unknown")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("published date '" + value + "' is not YYYY-MM-DD", e);
    }
  }

  /**
   * The article files that paths name, in order: a file stands for itself (whether or not it
   * exists, so that reading it reports it), a folder for its {@code .txt} files in name order.
   *
   * @throws ArticleFileException when a folder cannot be listed
   */
  public static List<Path> expand(List<Path> paths) throws ArticleFileException {
    List<Path> out = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          files.filter(f -> f.getFileName().toString().endsWith(EXTENSION))
              .filter(f -> !Files.isDirectory(f)).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new ArticleFileException(path, reason(e), e);
        }
      } else {
        out.add(path);
      }
    }
    return out;
  }

  /** The id of the article a file holds: its name without the extension. */
  public static String idOf(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String decode(Path file, byte[] bytes) throws ArticleFileException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      // the decoder stops at the first byte that is not UTF-8
      throw new ArticleFileException(file, "not valid UTF-8 text (byte " + in.position() + ")", e);
    }
  }

  /** A reason in a few words, without the path that the exception's message repeats. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String trimLineBreaks(String s) {
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
