package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A stretch of the article text: UTF-16 offsets {@code [start, end)} and the text they cover.
 *
 * <p>Example: in {@code "قتل ثلاثة جنود"} ("three soldiers were killed") the span of
 * {@code "ثلاثة"} is {@code start=4, end=9}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
@JsonPropertyOrder({"start", "end", "text"})
public abstract class Span implements Comparable<Span> {

  /** Offset of the first UTF-16 unit, inclusive, at least 0. */
  @Value.Parameter
  public abstract int start();

  /** Offset after the last UTF-16 unit, exclusive, at least {@link #start()}. */
  @Value.Parameter
  public abstract int end();

  /** The covered text, exactly {@code articleText.substring(start, end)}. */
  @Value.Parameter
  public abstract String text();

  /** Number of UTF-16 units covered. */
  public final int length() {
    return end() - start();
  }

  /** True when this span and {@code other} share at least one position. */
  public final boolean overlaps(Span other) {
    return start() < other.end() && other.start() < end();
  }

  /** True when {@code other} lies entirely inside this span. */
  public final boolean contains(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  /**
   * The span of {@code source.substring(start, end)}.
   *
   * @throws IndexOutOfBoundsException when the offsets do not lie inside {@code source}
   */
  public static Span of(String source, int start, int end) {
    // the constructor, not the builder: spans are made at almost every token
    return ImmutableSpan.of(start, end, source.substring(start, end));
  }

  /** Orders by start, then by end. */
  @Override
  public final int compareTo(Span o) {
    return start() != o.start() ? Integer.compare(start(), o.start()) : Integer.compare(end(), o.end());
  }

  @Value.Check
  protected void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException("span offsets out of order: [" + start() + ", " + end() + ")");
    }
    if (text().length() != end() - start()) {
      throw new IllegalArgumentException(
          "span text length " + text().length() + " differs from end - start = " + (end() - start()));
    }
  }
}
