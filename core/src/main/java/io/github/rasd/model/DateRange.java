package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The interval of days a time expression denotes, both ends inclusive.
 *
 * <p>{@code "أواخر 2016"} ("late 2016") is 2016-09-01..2016-12-31 with granularity
 * {@link Granularity#PART_OF_YEAR}; {@code "أمس"} ("yesterday") published 2019-04-10 is
 * 2019-04-09..2019-04-09, {@link Granularity#DAY}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDateRange.class)
@JsonDeserialize(as = ImmutableDateRange.class)
@JsonPropertyOrder({"start", "end", "granularity", "text", "span"})
public abstract class DateRange {

  /** How precise a time expression is. */
  public enum Granularity {
    /** One day: "1 أبريل 2019", "أمس". */
    DAY,
    /** Part of a day named by the text: "فجر اليوم" (dawn today), "الليلة". */
    PART_OF_DAY,
    /** A week: "الأسبوع الماضي". */
    WEEK,
    /** Part of a month: "مطلع مارس", "منتصف أبريل", "أواخر يونيو". */
    PART_OF_MONTH,
    /** A calendar month: "مارس 2016", "الشهر الماضي". */
    MONTH,
    /** A season: "صيف 2016". */
    SEASON,
    /** Part of a year: "مطلع 2016", "أواخر 2016". */
    PART_OF_YEAR,
    /** A calendar year: "2016", "العام الماضي". */
    YEAR,
    /** A decade: "التسعينيات". */
    DECADE,
    /** Any other stretch: "منذ ثلاثة أيام" up to the anchor, "بين 2014 و2016". */
    INTERVAL
  }

  /** First day of the interval, inclusive. */
  public abstract LocalDate start();

  /** Last day of the interval, inclusive. */
  public abstract LocalDate end();

  /** How precise the expression is. */
  @Value.Default
  public Granularity granularity() {
    return Granularity.DAY;
  }

  /** The expression as written. */
  public abstract String text();

  /** Where the expression stands in the article, when it was read from it. */
  public abstract Optional<Span> span();

  /** The single day {@code day}, written as {@code text}. */
  public static DateRange day(LocalDate day, String text) {
    return ImmutableDateRange.builder().start(day).end(day).text(text).build();
  }

  @Value.Check
  protected void check() {
    if (end().isBefore(start())) {
      throw new IllegalArgumentException("date range ends " + end() + " before it starts " + start());
    }
  }
}
