package io.github.rasd.cli;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.parsers.ArticleParser;
import io.github.rasd.parsers.ArticleRejectedException;
import java.util.Optional;

/**
 * Parses one article of a batch and turns every failure into an {@link Outcome} with a one-line
 * reason and the article's id: a batch never stops, and never prints a stack trace, for one bad
 * article.
 */
final class Analyze {

  private Analyze() {}

  /** The analysis of {@code article}, or why there is none. */
  static Outcome article(ArticleParser parser, long index, String source, long line,
      Article article) {
    Optional<String> id = Optional.of(article.id());
    try {
      Analysis analysis = parser.parse(article);
      return Outcome.parsed(index, source, line, analysis);
    } catch (ArticleRejectedException e) {
      return Outcome.failed(index, source, line, id, e.getMessage());
    } catch (RuntimeException e) {
      // a defect inside the library costs this article only; the reason names it, no frames
      return Outcome.failed(index, source, line, id, internal(e));
    } catch (StackOverflowError e) {
      return Outcome.failed(index, source, line, id,
          "internal error: text nested too deeply (stack overflow)");
    }
  }

  /** {@code internal error: ArithmeticException: long overflow}. */
  static String internal(RuntimeException e) {
    return "internal error: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
