package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.internal.Lookup;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.internal.DataFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closed-class words of news Arabic ({@code function-words.tsv}), asked by normalized form.
 * Immutable and thread-safe.
 */
final class Words {

  /** Categories of {@code function-words.tsv}. */
  enum Category { COMPLEMENTIZER, PREPOSITION, PARTICLE, PRONOUN, RELATIVE, DEMONSTRATIVE, TIME, COMMON }

  /** The closed lists of {@code word-lists.tsv}. */
  enum WordList {
    NAME_LINK, NEGATION, REPORTING_VERB, FIELD_NOUN, RESULT_VERB, FRAME, REFLEXIVE, TARGETING,
    GENERIC_PLURAL, COMPASS, BYLINE, PRONOUN_PREPOSITION, SPEECH_PARTICLE
  }

  private final Map<String, Category> categories;
  private final Map<WordList, Set<String>> lists;

  private Words(Map<String, Category> categories, Map<WordList, Set<String>> lists) {
    this.categories = categories;
    this.lists = lists;
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
    Map<WordList, Set<String>> lists = new java.util.EnumMap<>(WordList.class);
    for (WordList l : WordList.values()) {
      lists.put(l, new java.util.HashSet<>());
    }
    for (DataFile.Line row : DataFile.read(Lexicons.class, "word-lists.tsv")) {
      WordList list;
      try {
        list = WordList.valueOf(row.field(0));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown list " + row.field(0));
      }
      lists.get(list).add(n.normalize(row.field(1)));
    }
    lists.replaceAll((k, v) -> Lookup.set(v));
    // an EnumMap, not Map.copyOf: asked at almost every token, an array index instead of a probe
    return new Words(Lookup.map(map), java.util.Collections.unmodifiableMap(lists));
  }

  /** The category of the token, trying it whole and without a leading و / ف. */
  Category category(Token t) {
    Category c = categories.get(t.text());
    if (c != null) {
      return c;
    }
    List<Segmentation> sAll = t.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
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

  boolean isNameLink(Token t) {
    return in(WordList.NAME_LINK, t.text());
  }

  /** Whether the normalized word {@code w} is on {@code list}. */
  boolean in(WordList list, String w) {
    return lists.get(list).contains(w);
  }
}
