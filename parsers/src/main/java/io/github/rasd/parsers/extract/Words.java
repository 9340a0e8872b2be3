package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.internal.DataFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Closed-class words of news Arabic ({@code function-words.tsv}), asked by normalized form.
 * Immutable and thread-safe.
 */
final class Words {

  /** Categories of {@code function-words.tsv}. */
  enum Category { COMPLEMENTIZER, PREPOSITION, PARTICLE, PRONOUN, RELATIVE, DEMONSTRATIVE, TIME, COMMON }

  /** Particles that join the parts of a name: بن (son of), أبو (father of), عبد (servant of). */
  private static final Set<String> NAME_LINKS = Set.of(
      "بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ولد", "اغ", "ال", "اق");

  private final Map<String, Category> categories;

  private Words(Map<String, Category> categories) {
    this.categories = categories;
  }

  static Words load() {
    Map<String, Category> map = new HashMap<>();
    ArabicNormalizer n = ArabicNormalizer.standard();
    for (DataFile.Line row : DataFile.read(Lexicons.class, "function-words.tsv")) {
      try {
        map.put(n.normalize(row.field(0, "")), Category.valueOf(row.field(1, "")));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown category " + row.field(1, ""));
      }
    }
    return new Words(Map.copyOf(map));
  }

  /** The category of the token, trying it whole and without a leading و / ف. */
  Category category(Token t) {
    Category c = categories.get(t.text());
    if (c != null) {
      return c;
    }
    for (Segmentation s : t.segmentations()) {
      if (!s.isWholeWord() && s.preposition().isEmpty() && !s.definite()) {
        c = categories.get(s.stem());
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  boolean is(Token t, Category category) {
    return category(t) == category;
  }

  /** Any listed word, frequent nouns of news prose (COMMON) included: none is a name. */
  boolean isFunctionWord(Token t) {
    return category(t) != null;
  }

  /** A word of a closed class (particles, prepositions, pronouns...), COMMON nouns excluded. */
  boolean isClosedClass(Token t) {
    Category c = category(t);
    return c != null && c != Category.COMMON;
  }

  static boolean isNameLink(Token t) {
    return NAME_LINKS.contains(t.text());
  }
}
