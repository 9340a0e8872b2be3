package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantity as the text states it, with its bounds and hedging.
 *
 * <ul>
 *   <li>{@code "3"} → min = max = 3, exact;
 *   <li>{@code "نحو 1700"} ("about 1700") → 1700..1700, approximate, {@link Qualifier#ABOUT};
 *   <li>{@code "أكثر من 20"} ("more than 20") → min 21, no max, {@link Qualifier#MORE_THAN};
 *   <li>{@code "عشرات"} ("dozens") → the vague range 20..99, approximate, {@link Qualifier#DOZENS};
 *   <li>{@code "عدد كبير"} ("a large number") → no bounds, {@link Qualifier#VAGUE}, text kept.
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCount.class)
@JsonDeserialize(as = ImmutableCount.class)
@JsonPropertyOrder({"min", "max", "approximate", "qualifier", "text", "span"})
public abstract class Count {

  /** How a count is hedged or bounded in the text. */
  public enum Qualifier {
    /** A plain number: "ثلاثة" (three). */
    EXACT,
    /** An approximation: نحو، حوالي، قرابة، زهاء (about). */
    ABOUT,
    /** An inclusive lower bound: ما لا يقل عن (no less than). */
    AT_LEAST,
    /** An exclusive lower bound: أكثر من، ما يزيد عن (more than). */
    MORE_THAN,
    /** An inclusive upper bound: على الأكثر (at most). */
    AT_MOST,
    /** An exclusive upper bound: أقل من (less than). */
    LESS_THAN,
    /** A range: بين 10 و20 (between 10 and 20). */
    RANGE,
    /** A few: عدة، بضعة (several), 3..9. */
    SEVERAL,
    /** Tens: عشرات (dozens), 20..99. */
    DOZENS,
    /** Hundreds: مئات, 200..999. */
    HUNDREDS,
    /** Thousands: آلاف, 2000..9999 (or more, "عشرات الآلاف" is 20000..99999). */
    THOUSANDS,
    /** No usable bounds: عدد كبير (a large number), العديد (many). */
    VAGUE
  }

  /** Smallest value the text allows, when it gives one. */
  public abstract Optional<Long> min();

  /** Largest value the text allows, when it gives one. */
  public abstract Optional<Long> max();

  /** True when the text hedges the figure (about, more than, dozens…). */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /** How the count is hedged or bounded. */
  @Value.Default
  public Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /** The words that state the count, as written. */
  public abstract String text();

  /** Where the count stands in the article, when it was read from it. */
  public abstract Optional<Span> span();

  /** An exact count of {@code value}, read from {@code text}. */
  public static Count exact(long value, String text) {
    return ImmutableCount.builder().min(value).max(value).text(text).build();
  }

  @Value.Check
  protected void check() {
    if (min().isPresent() && max().isPresent() && min().get() > max().get()) {
      throw new IllegalArgumentException("count min " + min().get() + " > max " + max().get());
    }
    if (min().isPresent() && min().get() < 0 || max().isPresent() && max().get() < 0) {
      throw new IllegalArgumentException("count bounds must not be negative");
    }
  }
}
