package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.internal.DataFile;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The closed word lists of the claim rules, read from {@code claim-words.tsv}: document nouns
 * ("بيان", statement) and their links to an author ("صادر عن", issued by), "أحد" (one of),
 * naming verbs ("يدعى", is called), the auxiliaries of a fronted speaker ("كانت ... قد"). Loaded
 * once; immutable and thread-safe.
 */
final class ClaimWords {

  /** The lists of {@code claim-words.tsv}; see the file's header for each. */
  enum WordList { DOCUMENT, DOCUMENT_LINK, ONE_OF, NAMING, COPULA, PERFECT, VERBAL_NOUN, VERB_PREPOSITION, TITLE_HEAD, SPEECH_NOUN,
    SOURCE_PREPOSITION, QUOTING_NOUN, ON_BEHALF, AS, WHAT, IDIOM_OBJECT, PRONOUN_HOST, PRONOUN_SUFFIX,
    RESPONSIBILITY, ORG_HEAD, OUTLET_NOUN, MEDIUM_NOUN, CHANNEL_LINK, OUTLET_STOP, PLATFORM, PLATFORM_HEAD,
    PAGE_NOUN, PAGE_LINK, ACCUSATIVE_PARTICLE, IMPERSONAL, TOPIC, PASSIVE_READ, ANONYMITY, DATELINE_MARK, ADDRESSEE, EXPRESSING, INTENSIFIER, FEELING, WORDS_FIRST, BY_SAYING,
    ESTIMATING, ESTIMATED_QUANTITY, SOURCE_ANAPHOR_HEAD, SOURCE_ANAPHOR_LEAD, SAME_MARK, CONTRAST, OWN_REPORTER, CLAUSE_LINK, ACCUSING, TIME_NOUN, TIME_ADJECTIVE, DESCRIPTION_LINK, CUSTODY }

  private final Map<WordList, PhraseTable<String>> tables;
  private final Map<WordList, java.util.Set<String>> normalized;

  private ClaimWords(Map<WordList, PhraseTable<String>> tables, Map<WordList, java.util.Set<String>> normalized) {
    this.tables = tables;
    this.normalized = normalized;
  }

  /** True when the normalized word {@code w} is an entry of {@code list}. */
  boolean has(WordList list, String w) {
    return normalized.get(list).contains(w);
  }

  /** The entries of {@code list}, normalized. */
  java.util.Set<String> words(WordList list) {
    return normalized.get(list);
  }

  static ClaimWords bundled() {
    return Holder.BUNDLED;
  }

  /** The phrase of {@code list} that starts at token {@code i}, clitics stripped. */
  Optional<PhraseTable.Hit<String>> at(WordList list, Doc doc, int i) {
    return i >= 0 && i < doc.tokens.size() ? tables.get(list).at(doc, i) : Optional.empty();
  }

  /** The end of the phrase of {@code list} at token {@code i}, or -1. */
  int end(WordList list, Doc doc, int i) {
    return at(list, doc, i).map(PhraseTable.Hit::end).orElse(-1);
  }

  private static ClaimWords load() {
    Map<WordList, Map<String, String>> rows = new EnumMap<>(WordList.class);
    for (WordList l : WordList.values()) {
      rows.put(l, new LinkedHashMap<>());
    }
    for (DataFile.Line r : DataFile.read(ClaimWords.class, "claim-words.tsv")) {
      WordList list;
      try {
        list = WordList.valueOf(r.field(0, "").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("column 1: '" + r.field(0, "") + "' is not a claim word list");
      }
      rows.get(list).put(r.field(1), r.field(2, ""));
    }
    Map<WordList, PhraseTable<String>> tables = new EnumMap<>(WordList.class);
    Map<WordList, java.util.Set<String>> normalized = new EnumMap<>(WordList.class);
    io.github.rasd.parsers.text.ArabicNormalizer n = io.github.rasd.parsers.text.ArabicNormalizer.standard();
    rows.forEach((l, m) -> {
      if (m.isEmpty()) {
        throw new IllegalStateException("claim-words.tsv: list " + l + " is empty");
      }
      tables.put(l, PhraseTable.of(m));
      java.util.Set<String> set = new java.util.HashSet<>();
      m.keySet().forEach(w -> set.add(n.normalize(w)));
      normalized.put(l, java.util.Set.copyOf(set));
    });
    return new ClaimWords(Map.copyOf(tables), Map.copyOf(normalized));
  }

  private static final class Holder {
    static final ClaimWords BUNDLED = load();
  }
}
