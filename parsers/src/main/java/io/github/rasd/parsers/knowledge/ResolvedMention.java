package io.github.rasd.parsers.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link GazetteerMatch} after {@link Gazetteer#resolve(List)}: its candidates ranked by the
 * article's context, best first, and the country it belongs to. Immutable.
 *
 * @param match the match
 * @param ranked the candidates, best first, never empty
 * @param country the ISO alpha-2 code of the country: the best candidate's, or for a generic
 *     organisation (قوات الأمن, the security forces) the country of the context
 * @since 0.1.0
 */
public record ResolvedMention(GazetteerMatch match, List<KnowledgeEntry> ranked, Optional<String> country) {

  /** Copies the list and checks that nothing is null. */
  public ResolvedMention {
    Objects.requireNonNull(match, "match");
    ranked = List.copyOf(ranked);
    Objects.requireNonNull(country, "country");
    if (ranked.isEmpty()) {
      throw new IllegalArgumentException("no candidates");
    }
  }

  /**
   * The preferred candidate.
   *
   * @return the first ranked candidate
   */
  public KnowledgeEntry best() {
    return ranked.get(0);
  }
}
