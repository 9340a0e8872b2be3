package io.github.rasd.parsers;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.parsers.extract.Extractor;
import io.github.rasd.parsers.knowledge.Gazetteer;
import io.github.rasd.parsers.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The one entry point of Rasd: reads an {@link Article} and returns its {@link Analysis}.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.standard();   // build once, share freely
 * Analysis analysis = parser.parse(Article.of("a1", text));
 * }</pre>
 *
 * <p>Thread-safe and immutable: build one parser and share it between threads. Parsing is
 * deterministic: the same article gives an equal analysis and the same JSON, byte for byte.
 *
 * @since 0.1.0
 */
public final class ArticleParser {

  /** Longest article text accepted, in UTF-16 units (8 Mi, far beyond any news article). */
  public static final int MAX_TEXT_LENGTH = 8 * 1024 * 1024;

  /**
   * Share of control characters (other than tab, newline, carriage return) above which a text
   * is taken for binary data. Real text has none; a stray one must not reject an article.
   */
  private static final double MAX_CONTROL_CHAR_SHARE = 0.01;

  private static final String VERSION = loadVersion();

  private final Extractor extractor;

  private ArticleParser(Extractor extractor) {
    this.extractor = extractor;
  }

  /** The parser with all bundled knowledge, built once on first use. */
  public static ArticleParser standard() {
    return Holder.STANDARD;
  }

  /**
   * A parser that knows {@code knowledge}: the bundled data plus the caller's own files, e.g.
   * {@code KnowledgeBase.builder().withBundledData().addGroups(path).build()}.
   *
   * @param knowledge the groups, places, organisations, outlets and titles to recognise
   * @return the parser; build it once and share it
   */
  public static ArticleParser withKnowledge(KnowledgeBase knowledge) {
    return new ArticleParser(Extractor.of(Gazetteer.of(knowledge)));
  }

  /** {@code "rasd <version>"}, written into every analysis as its extractor version. */
  public static String version() {
    return "rasd " + VERSION;
  }

  /**
   * Reads the article. A text that is not Arabic (rule {@code article/arabic-text}: Latin-only,
   * Persian, Urdu) gives an empty analysis, as an empty or blank text does. A text longer than
   * 32 Ki UTF-16 units is read in windows joined into one analysis (rule {@code
   * article/windows}), so that time and memory stay linear in its length.
   *
   * <p>Only {@link ArticleRejectedException} leaves this method: with reason {@code TOO_LONG}
   * or {@code BINARY_CONTENT} for a text Rasd refuses, and {@code INTERNAL_ERROR} (the defect
   * attached as the cause) should a stage of Rasd fail on an article, so that a caller reading
   * millions of pages loses one article, never the run.
   *
   * @throws ArticleRejectedException when the text is too long or is binary data, or when Rasd
   *     failed on it
   */
  public Analysis parse(Article article) {
    check(article);
    if (!LanguageGate.isArabic(article.text())) {
      return Analysis.empty(article, version());
    }
    try {
      if (article.text().length() > ArticleWindows.WINDOW_LENGTH) {
        return ArticleWindows.parse(article, window -> extractor.extract(window, version()));
      }
      return extractor.extract(article, version());
    } catch (RuntimeException | StackOverflowError e) {
      throw new ArticleRejectedException(ArticleRejectedException.Reason.INTERNAL_ERROR,
          article.id(), "Rasd failed on this article (" + e + "); please report it", e);
    }
  }

  private static void check(Article article) {
    String text = article.text();
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new ArticleRejectedException(ArticleRejectedException.Reason.TOO_LONG, article.id(),
          "text of " + text.length() + " UTF-16 units exceeds the limit of " + MAX_TEXT_LENGTH);
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new ArticleRejectedException(ArticleRejectedException.Reason.BINARY_CONTENT,
            article.id(), "text contains a NUL character at offset " + i + ": binary data?");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        controls++;
      }
    }
    if (controls > 8 && controls > text.length() * MAX_CONTROL_CHAR_SHARE) {
      throw new ArticleRejectedException(ArticleRejectedException.Reason.BINARY_CONTENT,
          article.id(), controls + " control characters in " + text.length() + ": binary data?");
    }
  }

  private static String loadVersion() {
    try (InputStream in = ArticleParser.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource version.properties");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the standard parser once, on first use. */
  private static final class Holder {
    static final ArticleParser STANDARD = new ArticleParser(Extractor.bundled()); // two loads at once
  }
}
