package io.github.rasd.parsers.extract;

import io.github.rasd.model.Span;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Rule {@code forces/group-short-name}: the leading words of a group's long name, written again
 * later in the article, name that group: after "القوة المشتركة لحركات الكفاح المسلح" (the Joint
 * Force of the Armed Struggle Movements), "أما القوة المشتركة فتضم ... مقاتلين يقدر عددهم بنحو
 * عشرة آلاف" (as for the Joint Force, it has fighters put at about ten thousand) is that force's
 * size, not that of a group named in between. The short form is the long name's words up to the
 * first one glued to a preposition or a conjunction ("لحركات", "والوفاق") or that is a closed-class
 * word ("في"), at least {@link #MIN_WORDS} words and fewer than the long name's; it counts only
 * after the long name and where no other mention stands. One word is enough when the long name
 * begins with a head noun the press writes alone for its group ({@code SHORT_HEAD} rows of {@code
 * force-cues.tsv}) and the word is that noun with the article, not followed by an adjective or
 * another noun with the article: after "وحدات مقاومة سنجار" (the Sinjar Resistance Units),
 * "ويقدر عدد مقاتلي الوحدات في القضاء بنحو ألفين" (the Units' fighters in the district are put at
 * about two thousand) is theirs; "الوحدات العسكرية" (the military units) names no group. A long
 * name with no such word that ends in an adjective of relation is shortened by that adjective,
 * when no other definite adjective follows the short form: after "قوات العشائر العربية" (the
 * Arab Tribal Forces), "عدد مقاتلي «قوات العشائر»" is theirs, "قوات العشائر المحلية" is not.
 * Between quotation marks, the long name's first plain words (three or more) without the first
 * (its head noun) name the group too: after "جهاز دعم الاستقرار" (the Stability Support Apparatus),
 * "لمساندة «دعم الاستقرار»" is that apparatus. The force-estimate rules read these
 * mentions beside the gazetteer's ({@link ForceRules.Ctx#groupAt}); they add no group mention to
 * the analysis. Stateless; the table it returns is per article.
 */
final class GroupShortNames {

  /** The rule's name, written into the provenance of an estimate whose group it names. */
  static final String RULE = "forces/group-short-name";
  /** The fewest words of a short form: one word ("القوة", the force) names no group. */
  static final int MIN_WORDS = 2;
  /** The most words of a short form that is looked up. */
  static final int MAX_WORDS = 4;

  private GroupShortNames() {}

  /** For each token, the group whose short form covers it, or null. */
  static Doc.Mention[] of(Doc doc, Words words, ForceLexicon lexicon) {
    Doc.Mention[] at = new Doc.Mention[doc.tokens.size()];
    Map<String, Doc.Mention> shortForms = new HashMap<>();
    // the first words of the short forms: a token that is none of them starts no short form, and
    // its keys are not built (most tokens of an article)
    Set<String> firstWords = new HashSet<>();
    Set<String> withoutAdjective = new HashSet<>(); // short forms that drop the name's last adjective
    int next = 0; // the next group mention whose short form is not yet known
    java.util.List<Doc.Mention> groups = doc.mentions().stream().filter(m -> m.kind() == EntryKind.GROUP).toList();
    for (int i = 0; i < doc.tokens.size(); i++) {
      while (next < groups.size() && groups.get(next).end() <= i) {
        Doc.Mention m = groups.get(next++);
        int len = shortLength(doc, words, m);
        if (len > 0) {
          shortForms.putIfAbsent(key(doc, m.first(), m.first() + len), m);
          if (len == m.end() - m.first() - 1 && nisba(doc.tokens.get(m.end() - 1))) {
            withoutAdjective.add(key(doc, m.first(), m.first() + len));
          }
          firstWords.add(firstWord(doc.tokens.get(m.first())));
        }
        int tail = nameEnd(doc, words, m);
        if (tail - m.first() > MIN_WORDS) {
          shortForms.putIfAbsent(QUOTED + key(doc, m.first() + 1, tail), m); // «دعم الاستقرار»
          firstWords.add(firstWord(doc.tokens.get(m.first() + 1)));
        }
        String head = doc.tokens.get(m.first()).segmentations().get(0).stem();
        if (m.end() - m.first() > 1 && lexicon.shortHead(head)) {
          shortForms.put(ARTICLE + head + " ", m); // the latest group begun with the head noun
          firstWords.add(ARTICLE + head);
        }
      }
      if (shortForms.isEmpty() || doc.mentionAt(i).isPresent()
          || !firstWords.contains(firstWord(doc.tokens.get(i)))) {
        continue;
      }
      for (int n = Math.min(MAX_WORDS, doc.tokens.size() - i); n >= 1; n--) {
        if (anyMention(doc, i, i + n) || n < MIN_WORDS && !standsAlone(doc, i)) {
          continue;
        }
        Doc.Mention long_ = shortForms.get(key(doc, i, i + n));
        if (long_ == null && n >= MIN_WORDS && i > 0 && i + n < doc.tokens.size() && doc.isQuote(i - 1)
            && doc.isQuote(i + n)) {
          long_ = shortForms.get(QUOTED + key(doc, i, i + n));
        }
        if (long_ != null && withoutAdjective.contains(key(doc, i, i + n)) && i + n < doc.tokens.size()
            && !standsAlone(doc, i + n - 1)) {
          continue; // a short form without its adjective: "قوات العشائر المحلية" is not it
        }
        if (long_ != null) {
          Span span = Span.of(doc.article.text(), doc.tokens.get(i).span().start(), doc.tokens.get(i + n - 1).span().end());
          Doc.Mention m = new Doc.Mention(i, i + n, long_.entry(), span, long_.country());
          for (int k = i; k < i + n; k++) {
            at[k] = m;
          }
          i += n - 1;
          break;
        }
      }
    }
    return at;
  }

  /** The mark of a key that counts only between quotation marks: the name without its head noun. */
  private static final String QUOTED = "\"";

  /** The article, as the normalizer writes it. */
  private static final String ARTICLE = "ال";

  /**
   * A head noun with the article and no adjective or noun with the article after it: "الوحدات في
   * القضاء" stands alone, "الوحدات العسكرية" does not.
   */
  private static boolean standsAlone(Doc doc, int i) {
    if (!doc.tokens.get(i).segmentations().get(0).definite()) {
      return false;
    }
    if (i + 1 >= doc.tokens.size()) {
      return true;
    }
    Token next = doc.tokens.get(i + 1);
    Segmentation n = next.segmentations().get(0);
    return !(next.is(Token.Type.ARABIC) && n.definite() && n.conjunction().isEmpty() && n.preposition().isEmpty());
  }

  /**
   * The end of the mention's first run of plain words: before the first word glued to a
   * preposition or a conjunction, a closed-class word or a mark ("جهاز دعم الاستقرار | في طرابلس").
   */
  private static int nameEnd(Doc doc, Words words, Doc.Mention m) {
    int j = m.first() + 1;
    while (j < m.end()) {
      Token t = doc.tokens.get(j);
      Segmentation s = t.segmentations().get(0);
      if (!t.is(Token.Type.ARABIC) || !s.preposition().isEmpty() || !s.conjunction().isEmpty()
          || words.isClosedClass(t)) {
        break;
      }
      j++;
    }
    return j;
  }

  /** How many leading words of the group mention {@code m} form its short form, 0 when none. */
  private static int shortLength(Doc doc, Words words, Doc.Mention m) {
    int j = nameEnd(doc, words, m);
    int n = j - m.first();
    if (j == m.end() && n > MIN_WORDS && nisba(doc.tokens.get(m.end() - 1))) {
      return n - 1; // "قوات العشائر العربية" is later "قوات العشائر"
    }
    return n >= MIN_WORDS && j < m.end() ? n : 0;
  }

  /** A definite adjective of relation ending the name: "العربية", "الكردستاني", "الصومالية". */
  private static boolean nisba(Token t) {
    Segmentation s = t.segmentations().get(0);
    String stem = s.stem();
    return t.is(Token.Type.ARABIC) && s.definite() && stem.length() > 3
        && (stem.endsWith("يه") || stem.endsWith("ية") || stem.endsWith("ي"));
  }

  private static boolean anyMention(Doc doc, int from, int end) {
    for (int k = from; k < end; k++) {
      if (doc.mentionAt(k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The first word of a key: the word without a conjunction or preposition glued to it. */
  private static String firstWord(Token t) {
    return t.segmentations().get(0).stemWithArticle();
  }

  /** The words of {@code [from, end)}, the first without a conjunction or preposition glued to it. */
  private static String key(Doc doc, int from, int end) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < end; k++) {
      Token t = doc.tokens.get(k);
      b.append(k == from ? firstWord(t) : t.text()).append(' ');
    }
    return b.toString();
  }
}
