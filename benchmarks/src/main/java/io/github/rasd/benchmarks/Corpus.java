package io.github.rasd.benchmarks;

import io.github.rasd.model.Article;
import io.github.rasd.parsers.io.ArticleFileException;
import io.github.rasd.parsers.io.ArticleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles a benchmark measures, read once in {@code @Setup} from a folder of article files
 * ({@code *.txt}, read by {@link ArticleFiles}: a header of {@code key: value} lines, a line
 * {@code ---}, then the body; a file without that line is all body). The texts are third-party news, read for measurement only and
 * never copied into the project.
 *
 * <p>Where the folder is: the JMH parameter {@code corpus} when it is not {@code "default"}, else
 * the system property {@code rasd.corpus}, else {@code ../shared/eval/dev} relative to the
 * working directory, else {@code examples/articles}. Immutable.
 */
final class Corpus {

  /** The {@code corpus} parameter value that asks for the default search. */
  static final String DEFAULT = "default";

  /** The system property that may name the corpus folder. */
  static final String PROPERTY = "rasd.corpus";

  /** Size the text-engine benchmarks repeat the corpus to: about 2 MB of UTF-8. */
  static final int LARGE_TEXT_BYTES = 2_000_000;

  /** Anchor of relative dates when no article has a publication date. */
  private static final LocalDate FALLBACK_ANCHOR = LocalDate.of(2019, 4, 10);

  private static final List<Path> DEFAULT_FOLDERS =
      List.of(Path.of("..", "shared", "eval", "dev"), Path.of("examples", "articles"));

  private final Path folder;
  private final List<Article> articles;

  private Corpus(Path folder, List<Article> articles) {
    this.folder = folder;
    this.articles = List.copyOf(articles);
  }

  /**
   * Reads the corpus the {@code corpus} parameter or the defaults name.
   *
   * @throws IllegalStateException when no folder with article files is found
   */
  static Corpus load(String parameter) {
    Path folder = locate(parameter);
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the corpus folder " + folder, e);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no *.txt article in the corpus folder " + folder);
    }
    List<Article> articles = new ArrayList<>();
    for (Path file : files) {
      articles.add(read(file));
    }
    return new Corpus(folder.toAbsolutePath().normalize(), articles);
  }

  private static Path locate(String parameter) {
    String named = parameter == null || parameter.equals(DEFAULT)
        ? System.getProperty(PROPERTY, "") : parameter;
    if (!named.isBlank()) {
      Path folder = Path.of(named);
      if (!Files.isDirectory(folder)) {
        throw new IllegalStateException("corpus folder " + folder.toAbsolutePath() + " not found");
      }
      return folder;
    }
    for (Path candidate : DEFAULT_FOLDERS) {
      if (Files.isDirectory(candidate) && hasArticles(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no corpus: none of " + DEFAULT_FOLDERS + " (relative to "
        + Path.of("").toAbsolutePath() + ") holds *.txt articles; pass -p corpus=FOLDER or "
        + "java -D" + PROPERTY + "=FOLDER -jar benchmarks.jar");
  }

  private static boolean hasArticles(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.anyMatch(p -> p.getFileName().toString().endsWith(".txt"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads one article file with the library's reader of the format. */
  private static Article read(Path file) {
    try {
      return ArticleFiles.read(file);
    } catch (ArticleFileException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder the articles were read from. */
  Path folder() {
    return folder;
  }

  /** The articles, in file-name order. */
  List<Article> articles() {
    return articles;
  }

  /** The bodies joined by blank lines, once. */
  String concatenated() {
    StringBuilder text = new StringBuilder();
    for (Article article : articles) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(article.text());
    }
    return text.toString();
  }

  /** The concatenated bodies repeated (whole copies, blank line between) to at least {@code bytes}. */
  String repeatedTo(int bytes) {
    String once = concatenated();
    int onceBytes = utf8Length(once);
    StringBuilder text = new StringBuilder();
    int total = 0;
    while (total < bytes) {
      if (text.length() > 0) {
        text.append("\n\n");
        total += 2;
      }
      text.append(once);
      total += onceBytes;
    }
    return text.toString();
  }

  /** The first publication date in file order: the anchor of relative dates. */
  LocalDate anchor() {
    return articles.stream().flatMap(a -> a.published().stream()).findFirst()
        .orElse(FALLBACK_ANCHOR);
  }

  /** Total body length in UTF-16 units. */
  long chars() {
    return articles.stream().mapToLong(a -> a.text().length()).sum();
  }

  /** Total body length in UTF-8 bytes. */
  long utf8Bytes() {
    return articles.stream().mapToLong(a -> utf8Length(a.text())).sum();
  }

  /** Length of {@code s} in UTF-8 bytes. */
  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Prints what a benchmark measures, so MB/s can be derived from ops/s. */
  static void report(String benchmark, Corpus corpus, String measured) {
    System.out.printf("%n[%s] corpus %s: %d articles, %d chars, %d UTF-8 bytes; measured text: "
        + "%s%n", benchmark, corpus.folder(), corpus.articles().size(), corpus.chars(),
        corpus.utf8Bytes(), measured);
  }

  /** {@code "N chars, M UTF-8 bytes"}. */
  static String size(String text) {
    return text.length() + " chars, " + utf8Length(text) + " UTF-8 bytes";
  }
}
