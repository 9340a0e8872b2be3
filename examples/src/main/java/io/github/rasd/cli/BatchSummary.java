package io.github.rasd.cli;

import io.github.rasd.model.Analysis;
import java.time.Duration;
import java.util.Locale;

/**
 * The counts of a batch, for the line {@code rasd extract} prints on stderr at its end:
 * articles, records by kind, errors and time. Fed on one thread, in input order.
 */
final class BatchSummary {

  private final long startNanos = System.nanoTime();
  private long articles;
  private long errors;
  private long events;
  private long groups;
  private long persons;
  private long places;
  private long forceEstimates;
  private long claims;

  /** Counts one outcome. */
  void add(Outcome outcome) {
    if (outcome.analysis().isEmpty()) {
      errors++;
      return;
    }
    Analysis a = outcome.analysis().get();
    articles++;
    events += a.events().size();
    groups += a.groups().size();
    persons += a.persons().size();
    places += a.places().size();
    forceEstimates += a.forceEstimates().size();
    claims += a.claims().size();
  }

  long articles() {
    return articles;
  }

  long errors() {
    return errors;
  }

  /**
   * {@code 41 articles, 0 errors in 3.2 s (12.8 articles/s); 52 events, 60 groups, ...}; the
   * time is wall-clock time since the summary was made.
   */
  String line() {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    double seconds = elapsed.toNanos() / 1e9;
    long inputs = articles + errors;
    return String.format(Locale.ROOT,
        "%d %s, %d %s in %.1f s (%.1f articles/s); %d events, %d groups, %d persons,"
            + " %d places, %d force estimates, %d claims",
        articles, articles == 1 ? "article" : "articles", errors, errors == 1 ? "error" : "errors",
        seconds,
        seconds > 0 ? inputs / seconds : 0.0, events, groups, persons, places, forceEstimates,
        claims);
  }
}
