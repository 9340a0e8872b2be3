package io.github.rasd.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Text processed per benchmark thread, reported by JMH next to ops/s as secondary results
 * {@code chars} (UTF-16 units per second) and {@code bytes} (UTF-8 bytes per second; divide by
 * 10^6 for MB/s). Mutable, one per thread.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TextCounters {

  /** UTF-16 units processed in this iteration. */
  public long chars;

  /** UTF-8 bytes processed in this iteration. */
  public long bytes;

  /** Zeroes the counters before each iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    chars = 0;
    bytes = 0;
  }

  /** Counts one pass over a text of the given size. */
  void add(long textChars, long textBytes) {
    chars += textChars;
    bytes += textBytes;
  }
}
