package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a record was produced: the rule that made it, every rule that filtered, merged or changed
 * it afterwards, and how sure it is.
 *
 * <p>Evidence spans and the claims a record rests on are attributes of the record itself
 * ({@code evidence}, {@code claimIds}); this value says who made it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
@JsonPropertyOrder({"rule", "rules", "confidence"})
public abstract class Provenance {

  /** The extractor and rule that produced the record, e.g. {@code "events/trigger-lexicon"}. */
  public abstract String rule();

  /**
   * Every rule that touched the record, in the order they ran, the creating {@link #rule()}
   * first: e.g. {@code ["events/trigger-lexicon", "events/merge-same-clause",
   * "events/toll-after-result-verb"]}. Never empty.
   *
   * @since 0.2.0
   */
  public abstract List<String> rules();

  /** Confidence in [0, 1]: how likely the record is right. */
  @Value.Default
  public double confidence() {
    return 1.0;
  }

  /** Provenance of a record built by hand, e.g. in a test fixture: rule "manual", confidence 1. */
  public static Provenance manual() {
    return of("manual", 1.0);
  }

  /** Provenance for {@code rule} with {@code confidence}. */
  public static Provenance of(String rule, double confidence) {
    return ImmutableProvenance.builder().rule(rule).addRules(rule).confidence(confidence).build();
  }

  /**
   * Provenance for a record that {@code rules} made and changed, the first of them the creating
   * rule; repeated names are kept once.
   *
   * @since 0.2.0
   */
  public static Provenance of(List<String> rules, double confidence) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a record needs at least one rule");
    }
    return ImmutableProvenance.builder().rule(rules.get(0))
        .addAllRules(hasRepeats(rules) ? new java.util.LinkedHashSet<>(rules) : rules)
        .confidence(confidence).build();
  }

  /** Whether a name occurs twice in {@code rules}: a short list, compared pair by pair. */
  private static boolean hasRepeats(List<String> rules) {
    for (int i = 1; i < rules.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (rules.get(i).equals(rules.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reads analyses written before {@link #rules()} existed (schema version 1 without the field):
   * their rule list is the creating rule alone.
   */
  @Value.Check
  protected Provenance normalize() {
    if (rules().isEmpty()) {
      return ImmutableProvenance.builder().from(this).addRules(rule()).build();
    }
    return this;
  }

  @Value.Check
  protected void check() {
    if (!rules().isEmpty() && !rules().get(0).equals(rule())) {
      throw new IllegalArgumentException("rules must start with the creating rule " + rule());
    }
    if (!(confidence() >= 0.0 && confidence() <= 1.0)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence());
    }
  }
}
