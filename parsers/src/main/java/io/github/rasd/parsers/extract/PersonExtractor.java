package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.Nationality;
import io.github.rasd.parsers.knowledge.TitleCategory;
import io.github.rasd.parsers.knowledge.TitleEntry;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds named persons through the words around names:
 *
 * <ul>
 *   <li>a title chain before the name: "المتحدث باسم الحرس الوطني حسام الدين الجبابلي" (the
 *       National Guard spokesman H. al-Jababli), "الخبير العسكري التونسي العميد مختار بن نصر";
 *   <li>a title after the name, behind a speech verb: "وقال فيكتور إيسوكو المتحدث باسم الشرطة";
 *   <li>a leadership or naming cue: "بقيادة أبو الوليد الصحراوي" (led by), "المدعو" (the
 *       so-called).
 * </ul>
 *
 * <p>Later references are linked to the same person: the family name alone ("الجبابلي") and a
 * title with the nationality ("الخبير التونسي", the Tunisian expert) are mentions of the last
 * person who bore them. Immutable and thread-safe.
 */
final class PersonExtractor {

  /** Longest name taken, in tokens, links (بن، أبو، عبد) included. */
  private static final int MAX_NAME_TOKENS = 5;

  /** A person found in one article, with everything said of them. */
  static final class Found {
    String name;
    int first;
    int end;
    final List<int[]> mentions = new ArrayList<>();
    private final java.util.Set<Integer> mentionStarts = new java.util.HashSet<>();

    /** Adds the mention {@code [first, end)} unless one starts there already. */
    void addMention(int first, int end) {
      if (mentionStarts.add(first)) {
        mentions.add(new int[] {first, end});
      }
    }
    final List<String> titles = new ArrayList<>();
    final List<TitleCategory> categories = new ArrayList<>();
    String role;
    String nationality;
    Doc.Mention affiliation;
    String rule;

    Optional<String> nationality() {
      return Optional.ofNullable(nationality);
    }
  }

  private final PhraseTable<TitleEntry> titles;
  private final PhraseTable<String> nameCues;
  private final PhraseTable<ClaimCue> speechCues;
  private final PhraseTable<Trigger> triggers;
  private final PhraseTable<String> relations;
  private final Words words;

  PersonExtractor(PhraseTable<TitleEntry> titles, PhraseTable<String> nameCues,
      PhraseTable<ClaimCue> speechCues, PhraseTable<Trigger> triggers,
      PhraseTable<String> relations, Words words) {
    this.relations = relations;
    this.titles = titles;
    this.nameCues = nameCues;
    this.speechCues = speechCues;
    this.triggers = triggers;
    this.words = words;
  }

  List<Found> extract(Doc doc) {
    Map<String, Found> byName = new LinkedHashMap<>();
    List<Token> tokens = doc.tokens;
    int i = 0;
    while (i < tokens.size()) {
      int next = i + 1;
      Optional<PhraseTable.Hit<TitleEntry>> title = titles.at(doc, i);
      Optional<PhraseTable.Hit<String>> cue = nameCues.at(doc, i);
      if (title.isPresent()) {
        next = titleChain(doc, i, byName);
      } else if (cue.isPresent()) {
        int end = nameAt(doc, cue.get().end(), false);
        if (end > cue.get().end()) {
          Found f = record(doc, byName, cue.get().end(), end, "persons/" + cue.get().value());
          f.role = f.role == null ? cue.get().value() : f.role;
          next = end;
        }
      } else if (speechCues.at(doc, i).isPresent()) {
        // "وقال فيكتور إيسوكو المتحدث باسم ..." : a name, then a title
        int start = speechCues.at(doc, i).get().end();
        int end = nameAt(doc, start, false);
        if (end - start >= 2 && end < tokens.size() && titles.at(doc, end).isPresent()) {
          Found f = record(doc, byName, start, end, "persons/name-then-title");
          next = titleChainFor(doc, end, f);
        }
      }
      i = Math.max(next, i + 1);
    }
    List<Found> found = new ArrayList<>(byName.values());
    linkLaterMentions(doc, found);
    return found;
  }

  /** Reads titles, nationality and affiliation from {@code i}, then the name they introduce. */
  private int titleChain(Doc doc, int i, Map<String, Found> byName) {
    Found pending = new Found();
    int j = readTitles(doc, i, pending);
    boolean oneWord = pending.categories.stream().anyMatch(PersonExtractor::allowsOneWordName);
    int end = nameAt(doc, j, oneWord);
    if (end <= j) {
      // "الباحث المغربي في شؤون الجماعات المتطرفة يوسف أزروال": a prepositional phrase first
      int k = afterPrepositionalPhrase(doc, j);
      if (k > j && nameAt(doc, k, false) > k) {
        j = k;
        end = nameAt(doc, k, false);
      }
    }
    if (end <= j) {
      // "المتحدث باسم هيئة إدارة الطوارئ في ولاية بورنو، إبراهيم باكورا، إن": the name
      // stands apart, between commas, after the organisation
      int comma = commaAfter(doc, j);
      if (comma > 0) {
        int k = readTitles(doc, comma + 1, pending);
        int e = nameAt(doc, k, false);
        if (e > k && closesApposition(doc, e)) {
          j = k;
          end = e;
        }
      }
    }
    if (end <= j) {
      return j;
    }
    Found f = record(doc, byName, j, end, "persons/title-then-name");
    merge(pending, f);
    return end;
  }

  private int titleChainFor(Doc doc, int i, Found f) {
    Found pending = new Found();
    int j = readTitles(doc, i, pending);
    merge(pending, f);
    return j;
  }

  private static void merge(Found from, Found into) {
    for (int k = 0; k < from.titles.size(); k++) {
      if (!into.titles.contains(from.titles.get(k))) {
        into.titles.add(from.titles.get(k));
        into.categories.add(from.categories.get(k));
      }
    }
    if (into.role == null) {
      into.role = from.role;
    }
    if (into.nationality == null) {
      into.nationality = from.nationality;
    }
    if (into.affiliation == null) {
      into.affiliation = from.affiliation;
    }
  }

  /** How far a title may stand from the comma that sets its name apart, in tokens. */
  private static final int APPOSITION_REACH = 8;

  /** The first comma within {@link #APPOSITION_REACH} tokens of {@code j}, in its sentence, or -1. */
  private static int commaAfter(Doc doc, int j) {
    int sentence = j < doc.tokens.size() ? doc.sentenceOf(j) : -1;
    for (int k = j; k < Math.min(doc.tokens.size(), j + APPOSITION_REACH); k++) {
      if (doc.sentenceOf(k) != sentence) {
        return -1;
      }
      if (doc.isPunct(k, "،", ",")) {
        return k;
      }
    }
    return -1;
  }

  /** A name set apart by commas ends with one, or with أن / إن, or with a speech verb. */
  private boolean closesApposition(Doc doc, int e) {
    return e >= doc.tokens.size() || doc.isPunct(e, "،", ",", ":") || speechCues.at(doc, e).isPresent()
        || words.is(doc.tokens.get(e), Words.Category.COMPLEMENTIZER);
  }

  /** After "في شؤون الجماعات المتطرفة": في, a noun and the definite words that qualify it. */
  private int afterPrepositionalPhrase(Doc doc, int j) {
    if (j + 2 >= doc.tokens.size() || !doc.tokens.get(j).hasText("في")) {
      return j;
    }
    String noun = doc.tokens.get(j + 1).text();
    if (!noun.startsWith("ال") && !words.in(Words.WordList.FIELD_NOUN, noun)) {
      return j; // "في آخر معقل لهم" (in their last stronghold) is no field of expertise
    }
    int k = j + 2;
    while (k < Math.min(doc.tokens.size(), j + 6) && doc.tokens.get(k).text().startsWith("ال")) {
      k++;
    }
    return k;
  }

  /** Consumes a chain of titles, nationality adjectives and affiliations; returns where it ends. */
  private int readTitles(Doc doc, int i, Found f) {
    List<Token> tokens = doc.tokens;
    int j = i;
    int guard = 0;
    while (j < tokens.size() && guard++ < 12) {
      Optional<PhraseTable.Hit<TitleEntry>> t = titles.at(doc, j);
      if (t.isPresent()) {
        TitleEntry e = t.get().value();
        f.titles.add(e.phrase());
        f.categories.add(e.category());
        if (f.role == null || e.category() != TitleCategory.MILITARY_RANK) {
          f.role = e.role();
        }
        j = t.get().end();
        continue;
      }
      Optional<Doc.Mention> m = doc.mentionAt(j);
      if (m.isPresent() && m.get().first() == j) {
        EntryKind k = m.get().kind();
        if (k == EntryKind.NATIONALITY) {
          f.nationality = ((Nationality) m.get().entry()).countryCode();
          j = m.get().end();
          continue;
        }
        if (k == EntryKind.GROUP || k == EntryKind.ORGANIZATION || k == EntryKind.OUTLET) {
          f.affiliation = m.get();
          j = m.get().end();
          continue;
        }
        boolean introduced = j > 0 && isAttributive(tokens.get(j - 1)) && !tokens.get(j - 1).text().startsWith("ال");
        if (k == EntryKind.COUNTRY || k == EntryKind.PLACE && (introduced || m.get().end() - j > 1)) {
          // "المتحدث باسم شرطة ولاية بورنو": the place belongs to the affiliation; a one-word
          // place right after a rank is more likely a first name ("العميد عماد ...")
          j = m.get().end();
          continue;
        }
      }
      Token tok = tokens.get(j);
      if (tok.hasText("في") && doc.mentionOfKind(j + 1, EntryKind.ORGANIZATION, EntryKind.GROUP)) {
        j++; // "الضابط في الشرطة الصومالية": the affiliation follows في
        continue;
      }
      if (doc.isPunct(j, "\"", "«", "»", "(", ")")) {
        j++;
        continue;
      }
      if (tok.is(Token.Type.ARABIC) && isAttributive(tok)) {
        // nisba adjectives and nouns of an affiliation: "العسكري", "الاستراتيجي", "شرطة"
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  /** Definite nisba adjectives ("الأمني") and affiliation nouns ("شرطة", "ولاية"). */
  private boolean isAttributive(Token t) {
    String s = t.text();
    if (words.isFunctionWord(t)) {
      return false;
    }
    return s.startsWith("ال") && (s.endsWith("ي") || s.endsWith("يه")) && s.length() >= 5
        || s.equals("شرطه") || s.equals("ولايه") || s.equals("محافظه") || s.equals("باسم");
  }

  private static boolean allowsOneWordName(TitleCategory c) {
    return c == TitleCategory.MILITARY_RANK || c == TitleCategory.OTHER;
  }

  /**
   * The end of a name starting at token {@code i}, or {@code i} when there is none. A name is
   * two to five name-like words (one when {@code oneWordOk}), its first word indefinite.
   */
  int nameAt(Doc doc, int i, boolean oneWordOk) {
    List<Token> tokens = doc.tokens;
    if (i >= tokens.size() || !nameLike(doc, i)) {
      return i;
    }
    Token first = tokens.get(i);
    if (first.text().startsWith("ال") && !words.isNameLink(first) || hasConjunction(first)) {
      return i; // "وامرأة ..." (and a woman) starts a clause, not a name
    }
    int j = i;
    int nameWords = 0;
    while (j < tokens.size() && j - i < MAX_NAME_TOKENS && nameLike(doc, j)) {
      Token t = tokens.get(j);
      if (j > i && (!t.spaceBefore() && !words.isNameLink(tokens.get(j - 1))
          || t.paragraphBreakBefore() || hasConjunction(t))) {
        break;
      }
      if (!words.isNameLink(t)) {
        nameWords++;
      }
      j++;
    }
    while (j > i && words.isNameLink(tokens.get(j - 1))) {
      j--;
    }
    if (nameWords < (oneWordOk ? 1 : 2) || j == i || !boundary(doc, j)) {
      return i;
    }
    if (nameWords == 1 && tokens.get(i).text().length() < 4) {
      return i;
    }
    return j;
  }

  /**
   * A conjunction و glued to a word that is not itself a name link. Only و: many names start
   * with ف (فيصل، فاطمة، فيكتور) and the segmenter cannot tell them from ف + word.
   */
  private boolean hasConjunction(Token t) {
    var seg = t.segmentations().get(0);
    return seg.conjunction().equals("و") && !words.isNameLink(t);
  }

  /**
   * What may follow a name: punctuation, the end, a function word, a title, a speech verb, a
   * clause opened by و, or another entity. A run of words with none of these after it is prose
   * ("يسعى التنظيم لإعادة تمركزه جنوب الصحراء"), not a name.
   */
  private boolean boundary(Doc doc, int j) {
    if (j >= doc.tokens.size()) {
      return true;
    }
    Token t = doc.tokens.get(j);
    return !t.is(Token.Type.ARABIC) || t.paragraphBreakBefore() || words.isFunctionWord(t)
        || hasConjunction(t) || titles.at(doc, j).isPresent() || speechCues.at(doc, j).isPresent()
        || doc.mentionAt(j).isPresent() || !t.segmentations().get(0).preposition().isEmpty();
  }

  private boolean nameLike(Doc doc, int j) {
    Token t = doc.tokens.get(j);
    if (!t.is(Token.Type.ARABIC) || t.text().length() < 2) {
      return false;
    }
    if (t.hasText("علي") && t.span().text().endsWith("ي")) {
      return true; // علي (Ali) written with ي, not the preposition على that folds to it
    }
    if (words.isFunctionWord(t) || titles.at(doc, j).isPresent() || triggers.at(doc, j).isPresent()
        || relations.at(doc, j).isPresent()
        || speechCues.at(doc, j).isPresent() || nameCues.at(doc, j).isPresent()) {
      return false;
    }
    Optional<Doc.Mention> m = doc.mentionAt(j).filter(x -> x.kind() != EntryKind.TITLE);
    if (m.isPresent()) {
      // titles are asked of the title table above, which keeps their article: "عماد" (a first
      // name) is not the rank "العماد"; a one-word place or a nisba inside a name: "أبو الوليد الصحراوي", "ولد الشيخ"
      EntryKind k = m.get().kind();
      boolean oneWord = m.get().end() - m.get().first() == 1;
      return oneWord && (k == EntryKind.PLACE || k == EntryKind.NATIONALITY && j > 0
          && !doc.mentionOfKind(j - 1, EntryKind.TITLE) && nameLikeBefore(doc, j));
    }
    return true;
  }

  /** The word before {@code j} could itself be part of a name (a nisba follows a name). */
  private boolean nameLikeBefore(Doc doc, int j) {
    Token prev = doc.tokens.get(j - 1);
    return prev.is(Token.Type.ARABIC) && !words.isFunctionWord(prev)
        && titles.at(doc, j - 1).isEmpty() && doc.mentionAt(j - 1).isEmpty();
  }

  private Found record(Doc doc, Map<String, Found> byName, int first, int end, String rule) {
    StringBuilder name = new StringBuilder();
    name.append(doc.span(first, end).text());
    String key = doc.view.normalized().substring(doc.tokens.get(first).start(), doc.tokens.get(end - 1).end());
    Found f = byName.get(key);
    if (f == null) {
      f = new Found();
      f.name = name.toString();
      f.first = first;
      f.end = end;
      f.rule = rule;
      byName.put(key, f);
    }
    f.addMention(first, end);
    return f;
  }

  /** Family names alone ("الجبابلي") become mentions of the person who bears them. */
  private void linkLaterMentions(Doc doc, List<Found> found) {
    Map<String, Found> byFamilyName = new HashMap<>();
    for (Found f : found) {
      Token last = doc.tokens.get(f.end - 1);
      if (f.end - f.first >= 2 && last.text().length() >= 4 && !last.text().equals("الدين")) {
        byFamilyName.putIfAbsent(last.text(), f);
      }
    }
    if (byFamilyName.isEmpty()) {
      return;
    }
    boolean[] covered = new boolean[doc.tokens.size()];
    for (Found f : found) {
      for (int[] m : f.mentions) {
        for (int k = m[0]; k < m[1]; k++) {
          covered[k] = true;
        }
      }
    }
    for (int j = 0; j < doc.tokens.size(); j++) {
      Token t = doc.tokens.get(j);
      Found f = byFamilyName.get(t.text());
      if (f == null) {
        for (var s : t.segmentations()) {
          f = byFamilyName.get(s.definite() ? s.stemWithArticle() : s.stem());
          if (f != null) {
            break;
          }
        }
      }
      if (f != null && !covered[j]) {
        f.addMention(j, j + 1);
      }
    }
  }
}
