package io.github.rasd.parsers.text.dates;

import io.github.rasd.model.DateRange;
import io.github.rasd.model.Span;
import java.util.Objects;

/**
 * A time expression found in a text and the interval of days it denotes.
 *
 * <p>{@code "نهاية مارس 2016"} ("the end of March 2016") is the span of those words, the range
 * 2016-03-21..2016-03-31 with granularity {@code PART_OF_MONTH}, not relative; {@code "أمس"}
 * ("yesterday") published 2019-04-10 is 2019-04-09, granularity {@code DAY}, relative.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DateMention {

  private final DateRange range;
  private final boolean relative;

  DateMention(DateRange range, boolean relative) {
    this.range = Objects.requireNonNull(range, "range");
    if (range.span().isEmpty()) {
      throw new IllegalArgumentException("a date mention needs a span");
    }
    this.relative = relative;
  }

  /** The words of the expression in the original text. */
  public Span span() {
    return range.span().orElseThrow();
  }

  /** The interval the expression denotes, with its text, span and granularity. */
  public DateRange range() {
    return range;
  }

  /**
   * True when the interval was resolved against the anchor date: {@code "أمس"} (yesterday),
   * {@code "الشهر الماضي"} (last month), and month names without a year ({@code "في مارس"}).
   */
  public boolean relative() {
    return relative;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateMention d && range.equals(d.range) && relative == d.relative;
  }

  @Override
  public int hashCode() {
    return Objects.hash(range, relative);
  }

  @Override
  public String toString() {
    return "DateMention{" + range.text() + " [" + span().start() + "," + span().end() + ") "
        + range.start() + ".." + range.end() + " " + range.granularity()
        + (relative ? " relative" : "") + "}";
  }
}
