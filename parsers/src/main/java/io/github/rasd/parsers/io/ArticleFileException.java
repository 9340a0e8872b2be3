package io.github.rasd.parsers.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An article file that cannot be read: missing, unreadable, a folder, or not UTF-8 text. The
 * message is {@code "PATH: reason"}, with the path once, so that a tool can print it as it is.
 *
 * @since 0.1.0
 */
public final class ArticleFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String reason;

  ArticleFileException(Path file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }

  /** Why, in a few words ("no such file", "not valid UTF-8 at byte 17"). */
  public String reason() {
    return reason;
  }
}
