package io.github.rasd.export;

import io.github.rasd.model.Analysis;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes analyses one after another in one format; {@link #close()} ends the output (closing
 * brackets, the report's footer) and closes the files it opened.
 *
 * <p>Not thread-safe: one thread writes, in the order the output should keep.
 *
 * @since 0.2.0
 */
public interface AnalysisWriter extends Closeable {

  /** Writes {@code analysis} after the ones written before. */
  void write(Analysis analysis) throws IOException;
}
