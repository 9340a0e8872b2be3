package io.github.rasd.parsers.knowledge;

import io.github.rasd.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One mention found by the {@link Gazetteer}: in {@code "وبالقصرين"} ("and in Kasserine") the
 * name {@code القصرين} with the clitic prefix {@code "وب"} stripped, and every entry it may
 * name (the governorate, the city). Immutable.
 *
 * @param span the original text of the name, clitic prefix excluded
 * @param firstToken index of the first token of the mention
 * @param endToken index after the last token of the mention
 * @param prefix the normalized clitic prefix that was stripped ({@code "وب"}, {@code "ل"} of a
 *     detached {@code لـ"داعش"}), empty when none
 * @param key the normalized name that matched ({@code "القصرين"})
 * @param introducedBy the normalized place noun right before the mention ({@code "ولايه"},
 *     {@code "مدينه"}), if any
 * @param candidates every entry the name may refer to, in table order, never empty
 * @since 0.1.0
 */
public record GazetteerMatch(
    Span span,
    int firstToken,
    int endToken,
    String prefix,
    String key,
    Optional<String> introducedBy,
    List<KnowledgeEntry> candidates) {

  /** Copies the candidates and checks the invariants. */
  public GazetteerMatch {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(introducedBy, "introducedBy");
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty() || endToken <= firstToken) {
      throw new IllegalArgumentException("a match needs candidates and at least one token");
    }
  }

  /**
   * True when the name may refer to more than one entry.
   *
   * @return whether there are several candidates
   */
  public boolean ambiguous() {
    return candidates.size() > 1;
  }

  /** Start of the {@link #key()} of a match read through the transliteration key. */
  public static final String TRANSLITERATED = "~";

  /**
   * True when the name matched through the transliteration key ({@code
   * places/transliteration-key}): "واجادوجو" for Ouagadougou, spelt واغادوغو in the data.
   *
   * @return whether the match is a spelling variant
   */
  public boolean transliterated() {
    return key.startsWith(TRANSLITERATED);
  }
}
