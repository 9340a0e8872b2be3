package io.github.rasd.parsers;

/**
 * Thrown by {@link ArticleParser#parse} when an article cannot be read as text at all: it is
 * too long for one article, or it is binary data, or (reason {@link Reason#INTERNAL_ERROR}) Rasd
 * failed on it. An empty or non-Arabic article is not an
 * error: it yields an honest empty analysis.
 *
 * @since 0.1.0
 */
public final class ArticleRejectedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why the article was rejected. */
  public enum Reason {
    /** Longer than {@link ArticleParser#MAX_TEXT_LENGTH} UTF-16 units. */
    TOO_LONG,
    /** Contains NUL or many other control characters: not text. */
    BINARY_CONTENT,
    /**
     * A stage of Rasd failed on this article: a defect of Rasd, not of the article, with the
     * failure as the cause. Parsing other articles goes on.
     */
    INTERNAL_ERROR
  }

  private final Reason reason;
  private final String articleId;

  ArticleRejectedException(Reason reason, String articleId, String message) {
    super("article '" + articleId + "': " + message);
    this.reason = reason;
    this.articleId = articleId;
  }

  ArticleRejectedException(Reason reason, String articleId, String message, Throwable cause) {
    super("article '" + articleId + "': " + message, cause);
    this.reason = reason;
    this.articleId = articleId;
  }

  /** Why the article was rejected. */
  public Reason reason() {
    return reason;
  }

  /** The id of the rejected article. */
  public String articleId() {
    return articleId;
  }
}
