package io.github.rasd.json;

/**
 * Thrown when JSON cannot be read as a Rasd value: malformed JSON, a missing or mistyped field,
 * or a value that breaks the model's invariants. {@link #field()} names where.
 *
 * @since 0.1.0
 */
public final class RasdJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  RasdJsonException(String field, String message, Throwable cause) {
    super((field.isEmpty() ? "" : field + ": ") + message, cause);
    this.field = field;
  }

  /** The JSON path of the offending field, e.g. {@code events[0].evidence.start}; empty when unknown. */
  public String field() {
    return field;
  }
}
