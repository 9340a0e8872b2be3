package io.github.rasd.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Articles and text parsed per benchmark thread, reported by JMH next to ops/s as secondary
 * results {@code articles} (articles per second), {@code chars} (UTF-16 units per second) and
 * {@code bytes} (UTF-8 bytes per second; divide by 10^6 for MB/s). Mutable, one per thread.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ArticleCounters {

  /** Articles parsed in this iteration. */
  public long articles;

  /** UTF-16 units parsed in this iteration. */
  public long chars;

  /** UTF-8 bytes parsed in this iteration. */
  public long bytes;

  /** Zeroes the counters before each iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    articles = 0;
    chars = 0;
    bytes = 0;
  }

  /** Counts a pass over {@code count} articles of the given total size. */
  void add(long count, long textChars, long textBytes) {
    articles += count;
    chars += textChars;
    bytes += textBytes;
  }
}
