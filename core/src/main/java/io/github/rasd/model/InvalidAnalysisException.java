package io.github.rasd.model;

/**
 * Thrown when an {@link Analysis} breaks one of its invariants: a dangling id, a span outside
 * the article text, a span whose text differs from the article.
 *
 * @since 0.1.0
 */
public final class InvalidAnalysisException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Which invariant was broken. */
  public enum Reason {
    /** The schema version is not one this library reads. */
    UNSUPPORTED_SCHEMA_VERSION,
    /** Two records share an id. */
    DUPLICATE_ID,
    /** A record refers to an id that no record of the expected kind has. */
    MISSING_REFERENCE,
    /** A span's offsets lie outside the article text. */
    SPAN_OUTSIDE_TEXT,
    /** A span's text differs from the article text at its offsets. */
    SPAN_TEXT_MISMATCH
  }

  private final Reason reason;
  private final String path;

  InvalidAnalysisException(Reason reason, String path, String detail) {
    super(path + ": " + detail + " (" + reason + ")");
    this.reason = reason;
    this.path = path;
  }

  /** Which invariant was broken. */
  public Reason reason() {
    return reason;
  }

  /** Where, as a JSON-like path such as {@code events[2].evidence}. */
  public String path() {
    return path;
  }
}
