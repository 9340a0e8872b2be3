package io.github.rasd.parsers.knowledge;

import java.util.Objects;

/**
 * A knowledge data file is missing or has a bad line. The message reads {@code file:line:
 * message}; {@link #reason()} says what went wrong.
 *
 * @since 0.1.0
 */
public final class KnowledgeDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Reason {
    /** A bundled or given file does not exist or cannot be read. */
    MISSING_FILE,
    /** A block file line has a key the format does not know. */
    UNKNOWN_KEY,
    /** A required key or column is missing or empty. */
    MISSING_KEY,
    /** A key appears twice in one block. */
    DUPLICATE_KEY,
    /** Two entries have the same id. */
    DUPLICATE_ID,
    /** A value is not of the expected form (an unknown kind, a bad number, a bad code). */
    BAD_VALUE,
    /** A line is not a comment, a block header or a {@code key: value} line. */
    BAD_LINE,
    /** A TSV line has the wrong number of columns. */
    BAD_COLUMNS,
    /** A parent or allegiance names an id that no entry has. */
    UNKNOWN_REFERENCE
  }

  private final Reason reason;
  private final String file;
  private final int line;

  /**
   * A new exception; the message is {@code file:line: detail}.
   *
   * @param reason what went wrong
   * @param file the file name as given to the loader
   * @param line 1-based line number, or 0 when the whole file is concerned
   * @param detail the human-readable detail
   */
  public KnowledgeDataException(Reason reason, String file, int line, String detail) {
    super(file + ":" + line + ": " + detail);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
  }

  /**
   * What went wrong.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The file the error is in.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line of the error, 0 for the whole file.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }
}
