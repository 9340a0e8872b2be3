package io.github.rasd.parsers.io;

import io.github.rasd.model.Article;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a JSON Lines stream of articles, as {@link JsonLinesReader} read it: the article,
 * or the problem that kept the line from being one. The id is kept whenever the line named it,
 * so that an error can say which article failed.
 *
 * @param number the line number, from 1
 * @param id the article id when the line is a JSON object with an id
 * @param article the article, when the line is one
 * @param problem why the line is not an article, when it is not
 * @param message the problem in words, when there is one
 * @since 0.1.0
 */
public record ArticleLine(long number, Optional<String> id, Optional<Article> article,
    Optional<Problem> problem, Optional<String> message) {

  /** Why a line is not an article. */
  public enum Problem {
    /** Longer than {@link JsonLinesReader#MAX_LINE_BYTES}. */
    TOO_LONG,
    /** Bytes that are not UTF-8. */
    NOT_UTF8,
    /** An empty or blank line. */
    EMPTY,
    /** Not JSON, or JSON other than an object. */
    MALFORMED,
    /** A required field ({@code id}, {@code text}) is missing. */
    MISSING_FIELD,
    /** A field of the wrong JSON type, or a {@code published} value that is not a date. */
    BAD_FIELD
  }

  /** Checks that a line is an article or a problem, not both. */
  public ArticleLine {
    Objects.requireNonNull(id);
    Objects.requireNonNull(article);
    Objects.requireNonNull(problem);
    Objects.requireNonNull(message);
    if (article.isPresent() == problem.isPresent() || problem.isPresent() != message.isPresent()) {
      throw new IllegalArgumentException("a line is either an article or a problem with a message");
    }
  }

  static ArticleLine of(long number, Article article) {
    return new ArticleLine(number, Optional.of(article.id()), Optional.of(article),
        Optional.empty(), Optional.empty());
  }

  static ArticleLine failed(long number, String id, Problem problem, String message) {
    return new ArticleLine(number, Optional.ofNullable(id), Optional.empty(),
        Optional.of(problem), Optional.of(message));
  }

  /** Whether the line is an article. */
  public boolean ok() {
    return article.isPresent();
  }
}
