package io.github.rasd.cli;

import io.github.rasd.model.Analysis;
import java.util.Optional;

/**
 * What became of one input of a batch: its analysis, or the reason it failed.
 *
 * @param index the position of the input in the batch, from 0
 * @param source where the input came from: a file path, or {@code "line N"}
 * @param line the input line number in JSON Lines mode, else 0
 * @param id the article id, when it is known
 * @param analysis the analysis, when the input was parsed
 * @param error why the input failed, one line, when it failed
 */
record Outcome(long index, String source, long line, Optional<String> id,
    Optional<Analysis> analysis, Optional<String> error) {

  static Outcome parsed(long index, String source, long line, Analysis analysis) {
    return new Outcome(index, source, line, Optional.of(analysis.article().id()),
        Optional.of(analysis), Optional.empty());
  }

  static Outcome failed(long index, String source, long line, Optional<String> id, String error) {
    return new Outcome(index, source, line, id, Optional.empty(), Optional.of(oneLine(error)));
  }

  boolean ok() {
    return analysis.isPresent();
  }

  /** A reason on one line: an error line must never break the output's line structure. */
  private static String oneLine(String message) {
    String m = message == null ? "unknown error" : message;
    return m.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
