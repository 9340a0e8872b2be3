package io.github.rasd.parsers.text.numbers;

import io.github.rasd.model.Count;
import io.github.rasd.model.ImmutableCount;
import io.github.rasd.model.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity found in a text: the figure, its hedging and bounds, and the noun it counts.
 *
 * <ul>
 *   <li>{@code "نحو 1700 مقاتل"} ("about 1700 fighters"): span {@code "نحو 1700"}, value 1700,
 *       bounds 1700..1700, approximate, {@link Count.Qualifier#ABOUT}, counted noun
 *       {@code "مقاتل"};
 *   <li>{@code "أكثر من 20"} ("more than 20"): min 21, no max, {@link Count.Qualifier#MORE_THAN};
 *   <li>{@code "عشرات المسلحين"} ("dozens of gunmen"): no value, bounds 20..99, {@link
 *       Count.Qualifier#DOZENS}, counted noun {@code "المسلحين"} with stem {@code "مسلحين"};
 *   <li>{@code "الثالث"} ("the third"): value 3, {@link #ordinal()};
 *   <li>{@code "2016"} in {@code "مارس 2016"} (March 2016): value 2016, {@link #partOfDate()}.
 * </ul>
 *
 * <p>Immutable and thread-safe. Spans are offsets into the text the caller passed in.
 *
 * @since 0.1.0
 */
public final class Quantity {

  private final Span span;
  private final BigDecimal value;
  private final Long min;
  private final Long max;
  private final boolean approximate;
  private final boolean ordinal;
  private final boolean percent;
  private final boolean partOfDate;
  private final Count.Qualifier qualifier;
  private final Span countedNoun;
  private final String countedNounStem;

  Quantity(
      Span span,
      BigDecimal value,
      Long min,
      Long max,
      boolean approximate,
      boolean ordinal,
      boolean percent,
      boolean partOfDate,
      Count.Qualifier qualifier,
      Span countedNoun,
      String countedNounStem) {
    this.span = Objects.requireNonNull(span, "span");
    this.value = value;
    this.min = min;
    this.max = max;
    this.approximate = approximate;
    this.ordinal = ordinal;
    this.percent = percent;
    this.partOfDate = partOfDate;
    this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
    this.countedNoun = countedNoun;
    this.countedNounStem = countedNounStem;
  }

  /** The words that state the quantity and its hedges, in the original text. */
  public Span span() {
    return span;
  }

  /** The text of {@link #span()}. */
  public String text() {
    return span.text();
  }

  /**
   * The figure the text states: 1700 for {@code "1,700"}, 1.5 for {@code "1.5"}, 0.5 for {@code
   * "نصف"} (half), 1500000 for {@code "مليون ونصف"} (a million and a half); for a range its lower
   * end; empty for vague quantities ({@code "عشرات"} dozens). Integral values are exact.
   */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /** Smallest count the text allows ({@code "أكثر من 20"} gives 21), when it gives one. */
  public Optional<Long> min() {
    return Optional.ofNullable(min);
  }

  /** Largest count the text allows, when it gives one. */
  public Optional<Long> max() {
    return Optional.ofNullable(max);
  }

  /** True when the text hedges the figure (about, more than, dozens…). */
  public boolean approximate() {
    return approximate;
  }

  /** True for ordinals: {@code "الثالث"} (the third), {@code "الحادي عشر"} (the eleventh). */
  public boolean ordinal() {
    return ordinal;
  }

  /** True for percentages: {@code "20%"}, {@code "20 بالمئة"}, {@code "عشرين في المائة"}. */
  public boolean percent() {
    return percent;
  }

  /**
   * True when the number is part of a date, not a count: the day and year of {@code "1 أبريل
   * 2019"}, {@code "عام 2016"} (the year 2016), {@code "1440 هـ"}. Callers that want counts skip
   * these; {@code io.github.rasd.parsers.text.dates.DateParser} reads the dates. Numeric dates
   * such as {@code "1/4/2019"} are not reported as quantities at all.
   */
  public boolean partOfDate() {
    return partOfDate;
  }

  /** How the quantity is hedged or bounded. */
  public Count.Qualifier qualifier() {
    return qualifier;
  }

  /**
   * The noun the quantity counts, when one follows it ({@code "أربعة أفراد"} four members, {@code
   * "ثلاثة من المسلحين"} three of the gunmen), precedes {@code "واحد"} ({@code "مقاتل واحد"} one
   * fighter), or is itself a dual ({@code "جنديين"} two soldiers).
   */
  public Optional<Span> countedNoun() {
    return Optional.ofNullable(countedNoun);
  }

  /** The normalized stem of {@link #countedNoun()}, without clitics and article. */
  public Optional<String> countedNounStem() {
    return Optional.ofNullable(countedNounStem);
  }

  /**
   * This quantity as a core-model {@link Count} with its span. Percentages and fractional values
   * without a scale ({@code "نصف"} half) have no count bounds: they come out without min and max.
   */
  public Count toCount() {
    ImmutableCount.Builder b =
        ImmutableCount.builder()
            .approximate(approximate)
            .qualifier(qualifier)
            .text(span.text())
            .span(span);
    if (!percent) {
      if (min != null) {
        b.min(min);
      }
      if (max != null) {
        b.max(max);
      }
    }
    return b.build();
  }

  /** Largest count a {@link Count} bound can hold; a figure beyond it has no bounds. */
  private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Long.MAX_VALUE);

  /**
   * The nearest whole count for {@code v}, or null when {@code v} is not a count: a fraction
   * below a thousand, a negative figure, or one too large for a {@code long} bound ({@code
   * "99999999999999999999"}: its exact {@link #value()} stays). Never throws.
   */
  static Long asCount(BigDecimal v) {
    if (v == null || v.signum() < 0 || v.compareTo(MAX_COUNT) > 0) {
      return null;
    }
    if (v.stripTrailingZeros().scale() <= 0) {
      return v.longValue();
    }
    // "ثلث مليون" (a third of a million) is a count; "نصف" (half) alone is not
    return v.compareTo(BigDecimal.valueOf(1000)) >= 0
        ? v.setScale(0, RoundingMode.HALF_UP).min(MAX_COUNT).longValue() : null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q
        && span.equals(q.span)
        && Objects.equals(value, q.value)
        && Objects.equals(min, q.min)
        && Objects.equals(max, q.max)
        && approximate == q.approximate
        && ordinal == q.ordinal
        && percent == q.percent
        && partOfDate == q.partOfDate
        && qualifier == q.qualifier
        && Objects.equals(countedNoun, q.countedNoun);
  }

  @Override
  public int hashCode() {
    return Objects.hash(span, value, min, max, qualifier, countedNoun);
  }

  @Override
  public String toString() {
    return "Quantity{" + span.text() + " [" + span.start() + "," + span.end() + ") value=" + value
        + " min=" + min + " max=" + max + " " + qualifier + (approximate ? " approximate" : "")
        + (ordinal ? " ordinal" : "") + (percent ? " percent" : "") + (partOfDate ? " date" : "")
        + (countedNoun != null ? " noun=" + countedNoun.text() : "") + "}";
  }
}
