package io.github.rasd.parsers.text.dates;

import io.github.rasd.model.DateRange;
import io.github.rasd.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in a text, the interval of days it denotes, and the rule that read it.
 *
 * <p>{@code "نهاية مارس 2016"} ("the end of March 2016") is the span of those words, the range
 * 2016-03-21..2016-03-31 with granularity {@code PART_OF_MONTH}, not relative, rule {@code
 * dates/period-part}; {@code "أمس"} ("yesterday") published 2019-04-10 is 2019-04-09, granularity
 * {@code DAY}, relative, rule {@code dates/relative-day}.
 *
 * <p>An <em>unresolved</em> mention is a time expression whose days the text alone does not give:
 * {@code "فجر الأحد"} (at dawn on Sunday) in an article without a publication date, {@code "بعد
 * ثلاثة أيام من الهجوم"} (three days after the attack). It has its span and rule but no {@link
 * #range()}; {@link DateParser#parseAll} returns such mentions, {@link DateParser#parse} does not.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DateMention {

  private final Span span;
  private final DateRange range;
  private final boolean relative;
  private final String rule;

  DateMention(DateRange range, boolean relative, String rule) {
    this.range = Objects.requireNonNull(range, "range");
    if (range.span().isEmpty()) {
      throw new IllegalArgumentException("a date mention needs a span");
    }
    this.span = range.span().get();
    this.relative = relative;
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  private DateMention(Span span, String rule) {
    this.span = Objects.requireNonNull(span, "span");
    this.range = null;
    this.relative = true;
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** A time expression at {@code span} whose days the anchor cannot give. */
  static DateMention unresolved(Span span, String rule) {
    return new DateMention(span, rule);
  }

  /** The words of the expression in the original text. */
  public Span span() {
    return span;
  }

  /** True when the mention has its interval of days ({@link #range()}). */
  public boolean resolved() {
    return range != null;
  }

  /**
   * The interval the expression denotes, with its text, span and granularity.
   *
   * @throws IllegalStateException for an unresolved mention (see {@link #resolved()})
   */
  public DateRange range() {
    if (range == null) {
      throw new IllegalStateException("unresolved time expression: " + span.text());
    }
    return range;
  }

  /**
   * The interval, or empty for an unresolved mention.
   *
   * @since 0.2.0
   */
  public Optional<DateRange> resolvedRange() {
    return Optional.ofNullable(range);
  }

  /**
   * True when the interval was resolved against the anchor date, or would need it: {@code "أمس"}
   * (yesterday), {@code "الشهر الماضي"} (last month), and month names without a year ({@code "في
   * مارس"}).
   */
  public boolean relative() {
    return relative;
  }

  /**
   * The name of the rule that read the expression ({@code dates/explicit}, {@code
   * dates/relative-period}, {@code dates/holiday}...), for provenance.
   *
   * @since 0.2.0
   */
  public String rule() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateMention d && span.equals(d.span) && Objects.equals(range, d.range)
        && relative == d.relative && rule.equals(d.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(span, range, relative, rule);
  }

  @Override
  public String toString() {
    return "DateMention{" + span.text() + " [" + span.start() + "," + span.end() + ") "
        + (range != null ? range.start() + ".." + range.end() + " " + range.granularity() : "unresolved")
        + (relative ? " relative" : "") + " " + rule + "}";
  }
}
