package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule {@value #RULE}: a group whose one-word name is a common noun with the article
 * ("القاعدة", al-Qaeda, also "the base") is the noun, not the group, when the word is written
 * without the article ("هجوم على قاعدة للجيش", an attack on an army base), when a modifier of
 * the noun follows it ("القاعدة الجوية", the air base), or when the article named the noun
 * without the article before and the group by no longer name ("... على قاعدة للجيش، ثم اقتحم
 * المسلحون القاعدة", then the gunmen stormed the base). Its words are in {@code
 * common-noun-names.tsv}. Immutable and thread-safe.
 */
final class CommonNounNames {

  /** The rule's name. */
  static final String RULE = "groups/common-noun-name";

  /** A group's noun and the words that make it the common noun. */
  private record Noun(String noun, Set<String> modifiers) {}

  private final Map<String, Noun> byGroup = new HashMap<>();

  CommonNounNames() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    for (DataFile.Line r : DataFile.read(CommonNounNames.class, "common-noun-names.tsv")) {
      Set<String> modifiers = new HashSet<>();
      for (String m : r.field(2).split("\\|")) {
        modifiers.add(n.normalize(m.strip()));
      }
      byGroup.put(r.field(0), new Noun(n.normalize(r.field(1).strip()), Set.copyOf(modifiers)));
    }
  }

  /** The mentions of {@code doc} without those that are the common noun. */
  List<Doc.Mention> apply(Doc doc) {
    List<Doc.Mention> out = new ArrayList<>(doc.mentions().size());
    Set<String> namedLonger = new HashSet<>();
    for (Doc.Mention m : doc.mentions()) {
      Noun noun = m.kind() == EntryKind.GROUP ? byGroup.get(m.entry().id()) : null;
      if (noun == null) {
        out.add(m);
        continue;
      }
      Segmentation s = nounReading(doc.tokens.get(m.first()), noun.noun());
      if (m.end() - m.first() > 1 || s == null) {
        namedLonger.add(m.entry().id()); // "تنظيم القاعدة": the group, named for sure
        out.add(m);
        continue;
      }
      boolean common = !s.definite()
          || m.end() < doc.tokens.size() && nounReading(doc.tokens.get(m.end()), noun.modifiers()) != null
          || !namedLonger.contains(m.entry().id()) && indefiniteBefore(doc, m.first(), noun.noun());
      if (!common) {
        out.add(m);
      }
    }
    return out.size() == doc.mentions().size() ? doc.mentions() : out; // none dropped: the same list
  }

  /** Whether the noun stands without the article before token {@code to}. */
  private static boolean indefiniteBefore(Doc doc, int to, String noun) {
    for (int i = 0; i < to; i++) {
      Segmentation s = nounReading(doc.tokens.get(i), noun);
      if (s != null && !s.definite()) {
        return true;
      }
    }
    return false;
  }

  private static Segmentation nounReading(Token t, String noun) {
    return nounReading(t, Set.of(noun));
  }

  /** The reading of {@code t} whose stem is one of {@code words}, or null. */
  private static Segmentation nounReading(Token t, Set<String> words) {
    return t.analysisIn(words);
  }
}
