package io.github.rasd.parsers.knowledge;

import io.github.rasd.model.PlaceKind;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.text.FormMemo;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.TableMemo;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every mention of a {@link KnowledgeBase} entry in tokenized text: armed groups, places,
 * countries, organisations, outlets, titles and nationality adjectives.
 *
 * <p>Names are matched on normalized tokens (see {@code ArabicNormalizer}) with a trie, leftmost
 * longest match first, in time linear in the number of tokens. The first word of a name may
 * carry clitics: a name written {@code "القصرين"} (Kasserine) matches {@code القصرين بالقصرين
 * وبالقصرين للقصرين} and {@code قصرين}; a name written {@code "داعش"} (ISIS) matches {@code
 * لداعش} and the detached {@code لـ"داعش"}. Latin names and acronyms (ISIS, AQIM) match case
 * blind. Names listed in {@code ambiguous.tsv} (الكاف Kef, also CAF; مالي Mali, also
 * "financial") keep their place candidates only after a context word such as ولاية
 * (governorate) or مدينة (city).
 *
 * <p>Every candidate is kept; {@link #resolve(List)} ranks them by the article's context.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Gazetteer {

  /** Shortest stem (after removing ال) for which a name written with ال also matches without. */
  static final int MIN_BARE_STEM = 4;

  /** Preceding words that satisfy the {@value AmbiguityRule#PREPOSITION} trigger. */
  static final Set<String> PREPOSITION_WORDS = Set.of("في", "من", "الي", "قرب", "نحو", "داخل",
      "حول", "بين", "عند", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي");

  /** Hyphen, dashes and minus: one key in names ({@code tokenKey}). */
  private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";

  private static final String ARTICLE = "ال";
  private static final String LAM_ARTICLE = "لل";
  private static final String KAF = "ك";

  private final KnowledgeBase knowledge;
  private final Tokenizer tokenizer;
  private final TokenTrie trie = new TokenTrie();
  /** Ambiguity rules by the trie key of their name. */
  private final Map<String, List<AmbiguityRule>> rules;
  /** Each trigger of the rules as the one matching key a word before the name is compared with. */
  private final Map<String, Set<String>> triggerWords;
  /** Places and countries with a transliterated name, by {@link TransliterationKey}. */
  private final Map<String, List<Transliterated>> byTransliteration;
  /**
   * Bits of the hashes of {@link #byTransliteration}'s keys ({@link #KEY_BITS} of them): a
   * candidate name whose key's bit is clear spells no entry, and its text is never built.
   */
  private final long[] keyBits = new long[KEY_BITS / Long.SIZE];
  /** Size of {@link #keyBits}: a power of two, large enough that few keys collide. */
  private static final int KEY_BITS = 1 << 16;

  /** A name indexed by its transliteration key, with its count of long vowels. */
  private record Transliterated(KnowledgeEntry entry, String name) {}
  /** Most words read together through the transliteration key ("هونج كونج"). */
  static final int MAX_TRANSLITERATED_WORDS = 3;

  private Gazetteer(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    this.tokenizer = Tokenizer.standard();
    // a name is tokenized once: many entries share a name, and the index of transliterations
    // below reads the names of the places again
    Map<String, List<String>> keysOfName = new HashMap<>();
    for (KnowledgeEntry e : knowledge.entries()) {
      for (String name : e.names()) {
        List<String> keys = keysOfName.computeIfAbsent(name, this::tokenKeys);
        if (keys.isEmpty()) {
          continue;
        }
        trie.add(keys, e);
        String first = keys.get(0);
        if (first.startsWith(ARTICLE) && first.length() - ARTICLE.length() >= MIN_BARE_STEM) {
          List<String> bare = new ArrayList<>(keys);
          bare.set(0, first.substring(ARTICLE.length()));
          trie.add(bare, e);
        }
      }
    }
    trie.freeze();
    Map<String, List<Transliterated>> byKey = new HashMap<>();
    for (KnowledgeEntry e : knowledge.entries()) {
      if (e.entryKind() != EntryKind.PLACE && e.entryKind() != EntryKind.COUNTRY
          || e.country().map(TransliterationKey.ARABIC_SPELLED::contains).orElse(true)) {
        continue;
      }
      for (String name : e.names()) {
        List<String> words = keysOfName.computeIfAbsent(name, this::tokenKeys);
        if (words.isEmpty() || PlaceNouns.bundled().of(words.get(0)).isPresent()) {
          continue; // "ولاية كانو": the bare name is indexed on its own
        }
        String joined = String.join(" ", words);
        String key = TransliterationKey.of(joined);
        if (!key.isEmpty() && TransliterationKey.looksTransliterated(joined)) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>())
              .add(new Transliterated(e, joined));
        }
      }
    }
    byKey.replaceAll((k, v) -> List.copyOf(v));
    this.byTransliteration = Map.copyOf(byKey);
    for (String key : byKey.keySet()) {
      int h = key.hashCode() & (KEY_BITS - 1);
      keyBits[h >>> 6] |= 1L << h;
    }
    Map<String, List<AmbiguityRule>> r = new HashMap<>();
    Map<String, Set<String>> words = new HashMap<>();
    for (AmbiguityRule rule : knowledge.ambiguityRules()) {
      r.computeIfAbsent(String.join(" ", tokenKeys(rule.name())), k -> new ArrayList<>()).add(rule);
      for (String trigger : rule.triggers()) {
        words.computeIfAbsent(trigger, t -> Set.of(KnowledgeBase.key(t)));
      }
    }
    this.rules = Map.copyOf(r);
    this.triggerWords = Map.copyOf(words);
  }

  /** Lazy holder of the gazetteer over the bundled knowledge base. */
  private static final class BundledHolder {
    static final Gazetteer INSTANCE = new Gazetteer(KnowledgeBase.bundled());
  }

  /**
   * The gazetteer over {@link KnowledgeBase#bundled()}, built once on first use.
   *
   * @return the shared bundled gazetteer
   */
  public static Gazetteer bundled() {
    return BundledHolder.INSTANCE;
  }

  /**
   * A gazetteer over {@code knowledge}.
   *
   * @param knowledge the tables to match
   * @return a new gazetteer
   */
  public static Gazetteer of(KnowledgeBase knowledge) {
    return new Gazetteer(Objects.requireNonNull(knowledge, "knowledge"));
  }

  /**
   * The tables this gazetteer matches.
   *
   * @return the knowledge base
   */
  public KnowledgeBase knowledgeBase() {
    return knowledge;
  }

  /** The trie keys of a name: its tokens' normalized texts, Latin lower-cased; immutable. */
  private List<String> tokenKeys(String name) {
    List<Token> tokens = tokenizer.tokenize(name);
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = tokenKey(tokens.get(i));
    }
    return List.of(keys);
  }

  /**
   * A token's trie key. Dashes are one key: "الحركة الشعبية لتحرير السودان – شمال" (an en dash)
   * names the entry written with a hyphen, as outlets write either.
   */
  private static String tokenKey(Token t) {
    if (t.type() == Token.Type.LATIN) {
      return t.text().toLowerCase(Locale.ROOT);
    }
    boolean dash = t.type() == Token.Type.PUNCTUATION && t.text().length() == 1 && DASHES.contains(t.text());
    return dash ? "-" : t.text();
  }

  /**
   * Every mention in {@code text}, tokenized with {@link Tokenizer#standard()}.
   *
   * @param text the original text
   * @return the mentions in text order, spans into {@code text}
   */
  public List<GazetteerMatch> find(String text) {
    return find(tokenizer.tokenize(text));
  }

  /**
   * Every mention in {@code tokens}, leftmost longest first, not overlapping.
   *
   * @param tokens the tokens of one text, as the {@link Tokenizer} made them
   * @return the mentions in text order
   */
  public List<GazetteerMatch> find(List<Token> tokens) {
    List<GazetteerMatch> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Readings readings = readings(tokens.get(i)); // read once for both matchers
      GazetteerMatch m = longestAt(tokens, i, out.isEmpty() ? null : out.get(out.size() - 1), readings.all);
      if (m == null) {
        m = transliteratedAt(tokens, i, readings.transliterable);
      }
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.endToken();
      }
    }
    return List.copyOf(out);
  }

  /** The longest acceptable match starting at token {@code i}, or null. */
  private GazetteerMatch longestAt(List<Token> tokens, int i, GazetteerMatch previous) {
    return longestAt(tokens, i, previous, readings(tokens.get(i)).all);
  }

  /** The same, with the readings of token {@code i} already made. */
  private GazetteerMatch longestAt(List<Token> tokens, int i, GazetteerMatch previous, Start[] readings) {
    Token first = tokens.get(i);
    GazetteerMatch best = null;
    TokenTrie.Node[] firstNodes = FIRST_NODES.of(trie, first); // as many as readings, same order
    for (int r = 0; r < readings.length; r++) {
      Start s = readings[r];
      TokenTrie.Node node = firstNodes[r];
      int j = i + 1;
      while (node != null) {
        // longest first; at equal length the reading that strips less wins (كريمة Karima, not
        // ك + ريمة "like Raymah")
        if (!node.entries().isEmpty() && (best == null || j > best.endToken()
            || (j == best.endToken() && s.prefix.length() < best.prefix().length()))) {
          List<KnowledgeEntry> kept = applyRules(node, tokens, i, s, previous);
          if (!kept.isEmpty()) {
            int start = first.view().originalStart(first.start() + s.nameOffset);
            Span span = Span.of(first.view().original(), start, tokens.get(j - 1).originalEnd());
            best = new GazetteerMatch(span, i, j, s.prefix, node.key(), introducedBy(tokens, i), kept);
          }
        }
        if (j >= tokens.size() || j - i >= trie.maxDepth()) {
          break;
        }
        node = node.child(tokenKey(tokens.get(j)));
        j++;
      }
    }
    return best;
  }

  /**
   * The trie's nodes for the first words of a form's readings, by reading (null where no name
   * begins with it), kept with the form for each trie: a word form is looked up in the root's
   * table once, not at each of its tokens. The keys of a form's readings are the same for every
   * token of it (a detached clitic changes their prefixes only), so they are read afresh here
   * rather than from {@link #READINGS}, which a detached clitic's token does not keep.
   */
  private static final TableMemo<TokenTrie, TokenTrie.Node[]> FIRST_NODES = TableMemo.of((trie, t) -> {
    Start[] readings = readingsOf(t).all;
    TokenTrie.Node[] nodes = new TokenTrie.Node[readings.length];
    for (int r = 0; r < readings.length; r++) {
      nodes[r] = trie.root().child(readings[r].key);
    }
    return nodes;
  });

  /**
   * The rule {@code places/transliteration-key}: a place whose name the text spells otherwise
   * than the data ("واجادوجو" for واغادوغو, Ouagadougou), one to {@value
   * #MAX_TRANSLITERATED_WORDS} words read as one key, longest first; or null.
   */
  private GazetteerMatch transliteratedAt(List<Token> tokens, int i, Start[] readings) {
    Token first = tokens.get(i);
    if (readings.length == 0) {
      return null; // not an Arabic word, or no reading long enough to be read through the key
    }
    // the following words that may continue the name: whole Arabic words, long enough
    int maxWords = 1;
    while (maxWords < MAX_TRANSLITERATED_WORDS && i + maxWords < tokens.size()) {
      Token t = tokens.get(i + maxWords);
      if (t.type() != Token.Type.ARABIC || !t.spaceBefore()
          || t.text().length() < TransliterationKey.MIN_WORD_LETTERS
          || !hasWholeWord(t)) {
        break;
      }
      maxWords++;
    }
    for (int n = maxWords; n >= 1; n--) {
      StringBuilder rest = null;
      if (TransliterationKey.arabicEnding(n > 1 ? tokens.get(i + n - 1).text() : "")) {
        continue; // the last word ends as Arabic plurals and nisbas do (foreignShape refuses it)
      }
      // letters and long vowels of the following words, to refuse a reading before building its text
      int restLetters = 0;
      int restVowels = 0;
      for (int k = i + 1; k < i + n; k++) {
        String w = tokens.get(k).text();
        restLetters += w.length();
        restVowels += TransliterationKey.vowels(w);
      }
      for (Start s : readings) {
        if (n == 1 && TransliterationKey.arabicEnding(s.key)) {
          continue;
        }
        if (s.key.length() + restLetters < TransliterationKey.MIN_LETTERS
            || TransliterationKey.vowels(s.key) + restVowels < TransliterationKey.MIN_LONG_VOWELS) {
          continue; // what looksTransliterated would refuse
        }
        if (!mayBeKey(s.key, tokens, i + 1, i + n)) {
          continue; // no entry has the key of these words: found would be empty
        }
        if (rest == null && n > 1) {
          rest = new StringBuilder();
          for (int k = i + 1; k < i + n; k++) {
            rest.append(' ').append(tokens.get(k).text());
          }
        }
        String text = n == 1 ? s.key : s.key + rest;
        List<KnowledgeEntry> found = spelled(text, n);
        boolean kept = !found.isEmpty();
        for (int k = i + 1; k < i + n && kept; k++) {
          if (longestAt(tokens, k, null) != null) {
            kept = false; // "أبطال آسيا": a word with a match of its own is not part of the name
          }
        }
        if (kept) {
          int start = first.view().originalStart(first.start() + s.nameOffset);
          Span span = Span.of(first.view().original(), start, tokens.get(i + n - 1).originalEnd());
          return new GazetteerMatch(span, i, i + n, s.prefix,
              GazetteerMatch.TRANSLITERATED + TransliterationKey.of(text), introducedBy(tokens, i), found);
        }
      }
    }
    return null;
  }

  /**
   * Whether the key of {@code first} and the texts of tokens {@code [from, to)}, joined by spaces,
   * may be one of {@link #byTransliteration}'s (false: it is surely none), read without joining
   * them.
   */
  private boolean mayBeKey(String first, List<Token> tokens, int from, int to) {
    long state = TransliterationKey.extend(0, first, true);
    for (int k = from; k < to; k++) {
      state = TransliterationKey.extend(state, tokens.get(k).text(), false);
    }
    if (TransliterationKey.length(state) < TransliterationKey.MIN_KEY - 1) {
      return false; // of() gives the empty key, which no entry has
    }
    int h = TransliterationKey.hash(state) & (KEY_BITS - 1);
    return (keyBits[h >>> 6] & (1L << h)) != 0;
  }

  /**
   * Most distinct texts whose {@link #entriesSpelled} answers are kept across articles; past the
   * bound the cache is emptied and fills again.
   */
  static final int CACHED_SPELLINGS = 1 << 16;

  /** {@link #entriesSpelled} by text: a function of the text alone. Thread-safe. */
  private final java.util.concurrent.ConcurrentHashMap<String, List<KnowledgeEntry>> spellings =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@link #entriesSpelled}, asked once per distinct text ({@code words} is its word count) across
   * the articles: every text asks the cache, no article keeps a copy of its own.
   */
  private List<KnowledgeEntry> spelled(String text, int words) {
    List<KnowledgeEntry> found = spellings.get(text);
    if (found == null) {
      found = entriesSpelled(text, words);
      if (spellings.size() >= CACHED_SPELLINGS) {
        spellings.clear();
      }
      spellings.put(text, found);
    }
    return found;
  }

  /**
   * The entries whose name {@code text} ({@code words} words) spells otherwise, through the key;
   * none when the text does not look transliterated. A function of the text alone, so one
   * article asks it once per distinct text.
   */
  private List<KnowledgeEntry> entriesSpelled(String text, int words) {
    if (!TransliterationKey.looksTransliterated(text) || !TransliterationKey.foreignShape(text)) {
      return List.of();
    }
    List<KnowledgeEntry> found = new ArrayList<>();
    for (Transliterated c : byTransliteration.getOrDefault(TransliterationKey.of(text), List.of())) {
      boolean sameWords = c.name().split(" ").length == words;
      if (TransliterationKey.close(text, c.name()) && (sameWords || TransliterationKey.longWords(text))
          && !found.contains(c.entry())) {
        found.add(c.entry());
      }
    }
    return found.isEmpty() ? List.of() : List.copyOf(found);
  }

  /** Whether one of the token's analyses is the whole word (an index loop: asked at every word). */
  private static boolean hasWholeWord(Token t) {
    List<Segmentation> segs = t.segmentations();
    for (int k = 0; k < segs.size(); k++) {
      if (segs.get(k).isWholeWord()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A way to read the first token: the key looked up, the stripped prefix, and where the name
   * starts, counted from the token's start (so that one reading serves every token of the form).
   */
  private record Start(String key, String prefix, int nameOffset) {}

  /**
   * The readings of one token: {@code all} for the trie, in the order of its analyses;
   * {@code transliterable}, those long enough to be read through the transliteration key and
   * without the article (what looksTransliterated and foreignShape would refuse anyway), the one
   * that strips least first: "واجادوجو" is a name, not و + اجادوجو. Empty for a word that is not
   * Arabic.
   */
  private record Readings(Start[] all, Start[] transliterable) {}

  private static final Start[] NO_STARTS = new Start[0];

  /**
   * The readings of each word form, kept with the form (a function of the form alone: its text,
   * type and analyses).
   */
  private static final FormMemo<Readings> READINGS = FormMemo.of(Gazetteer::readingsOf);

  /** The readings of token {@code t}, made once per form (a detached clitic's word: each time). */
  private static Readings readings(Token t) {
    return t.detachedPrefix().isEmpty() ? t.memo(READINGS) : readingsOf(t);
  }

  private static Readings readingsOf(Token t) {
    if (t.type() != Token.Type.ARABIC) {
      return new Readings(new Start[] {new Start(tokenKey(t), t.detachedPrefix(), 0)}, NO_STARTS);
    }
    List<Start> all = starts(t);
    List<Start> transliterable = new ArrayList<>();
    for (Start s : all) {
      if (s.key.length() >= TransliterationKey.MIN_WORD_LETTERS && !s.key.startsWith("ال")) {
        transliterable.add(s);
      }
    }
    transliterable.sort(Comparator.comparingInt(x -> x.prefix.length()));
    return new Readings(all.toArray(NO_STARTS), transliterable.toArray(NO_STARTS));
  }

  /** The readings of an Arabic token, in the order of its analyses. */
  private static List<Start> starts(Token t) {
    String detached = t.detachedPrefix();
    List<Start> out = new ArrayList<>();
    List<Segmentation> segs = t.segmentations();
    for (int k = 0; k < segs.size(); k++) {
      Segmentation s = segs.get(k);
      if (s.preposition().equals(KAF) && !s.definite()) {
        // ك "like" before a bare name is rare, before a word common: كبيرة "big" is not ك + بيرة
        continue;
      }
      String prefixes = s.prefixes();
      String stripped = prefixes;
      if (s.definite()) {
        // the article belongs to the name: "بالقصرين" strips "ب", "للقصرين" strips "ل"
        if (prefixes.endsWith(ARTICLE)) {
          stripped = prefixes.substring(0, prefixes.length() - ARTICLE.length());
        } else if (prefixes.endsWith(LAM_ARTICLE)) {
          stripped = prefixes.substring(0, prefixes.length() - 1);
        }
        out.add(new Start(s.stemWithArticle(), detached.isEmpty() ? stripped : detached + stripped,
            stripped.length()));
        continue;
      }
      // without the article the prefixes are the letters before the stem as written: no substring
      out.add(new Start(s.stem(), detached.isEmpty() ? prefixes : detached + prefixes, t.stemStart(s) - t.start()));
    }
    return out;
  }

  private List<KnowledgeEntry> applyRules(TokenTrie.Node node, List<Token> tokens, int i, Start s,
      GazetteerMatch previous) {
    List<AmbiguityRule> rs = rules.get(node.key());
    String key = node.key();
    if (rs == null && key.startsWith(ARTICLE)) {
      rs = rules.get(key.substring(ARTICLE.length()));
    }
    if (rs == null) {
      return node.entries();
    }
    List<KnowledgeEntry> kept = new ArrayList<>(node.entries());
    for (AmbiguityRule rule : rs) {
      if (!triggered(rule, tokens, i, s) && !coordinated(rule, i, s, previous)) {
        kept.removeIf(e -> rule.kinds().contains(e.entryKind()));
      }
    }
    return kept;
  }

  /**
   * "القصرين والكاف" (Kasserine and Kef): a name joined by و to a place of the same kind just
   * before it is in a list of places, context enough for an ambiguous name.
   */
  private static boolean coordinated(AmbiguityRule rule, int i, Start s, GazetteerMatch previous) {
    if (previous == null || previous.endToken() != i || !s.prefix.startsWith("و")) {
      return false;
    }
    return previous.candidates().stream().anyMatch(e -> rule.kinds().contains(e.entryKind()));
  }

  private boolean triggered(AmbiguityRule rule, List<Token> tokens, int i, Start s) {
    Token prev = wordBefore(tokens, i);
    for (String trigger : rule.triggers()) {
      if (trigger.equals(AmbiguityRule.PREPOSITION)) {
        if (s.prefix.contains("ب") || s.prefix.contains("ل")) {
          return true;
        }
        if (prev != null && hasWord(prev, PREPOSITION_WORDS)) {
          return true;
        }
      } else if (prev != null && hasWord(prev, triggerWords.get(trigger))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token, or the stem of one of its analyses, is one of {@code words}. */
  private static boolean hasWord(Token t, Set<String> words) {
    if (words.contains(t.text())) {
      return true;
    }
    return t.analysisIn(words) != null;
  }

  /**
   * The word before token {@code i}, looking through an opening quote or bracket: in
   * {@code بولاية "الكاف"} the word before الكاف is ولاية.
   */
  static Token wordBefore(List<Token> tokens, int i) {
    int j = i - 1;
    while (j >= 0 && j >= i - 2 && tokens.get(j).is(Token.Type.PUNCTUATION)
        && "\"«(“'".contains(tokens.get(j).text())) {
      j--;
    }
    return j >= 0 ? tokens.get(j) : null;
  }

  private static Optional<String> introducedBy(List<Token> tokens, int i) {
    Token prev = wordBefore(tokens, i);
    if (prev == null) {
      return Optional.empty();
    }
    // place-nouns.tsv, the one table of place nouns: "ولاية القصرين" prefers the governorate
    return PlaceNouns.bundled().at(prev).map(PlaceNouns.Noun::noun);
  }

  /**
   * Every entry that {@code name} may refer to, clitics stripped: {@code lookup("بالقصرين")}
   * gives the Kasserine governorate and city. Used by {@code rasd lookup}.
   *
   * @param name a name, possibly with clitics
   * @return the candidates when the whole of {@code name} is one mention, else the exact
   *     normalized lookup of {@link KnowledgeBase#lookup(String)}
   */
  public List<KnowledgeEntry> lookup(String name) {
    List<Token> tokens = tokenizer.tokenize(name);
    List<GazetteerMatch> matches = find(tokens);
    if (matches.size() == 1 && onlyPunctuationOutside(tokens, matches.get(0))) {
      return matches.get(0).candidates();
    }
    return knowledge.lookup(name);
  }

  /** Whether every token outside the match is punctuation or a detached clitic (لـ"داعش"). */
  private static boolean onlyPunctuationOutside(List<Token> tokens, GazetteerMatch m) {
    for (Token t : tokens) {
      boolean inside = t.index() >= m.firstToken() && t.index() < m.endToken();
      if (!inside && !t.isDetachedClitic() && t.type() != Token.Type.PUNCTUATION) {
        return false;
      }
    }
    return true;
  }

  /**
   * Ranks the candidates of each match by the context of the whole text (the matches of one
   * article). Places: a candidate whose country is named elsewhere in the article (a country or
   * a nationality adjective) comes first; after ولاية or محافظة (governorate) a first-level
   * division, after مدينة بلدة قرية (city, town, village) a city; then curated entries before
   * GeoNames ones, bigger places before smaller. Groups: one active in a country the article
   * names (any of its regions) comes first, so a name two groups share (جند الخلافة in Algeria
   * and Tunisia, "عناصر الخوارج" in Somalia and Pakistan) is the one of the article's land. Generic organisations (قوات الأمن, security
   * forces) get the country of the nearest country mention before them, else the article's most
   * named country.
   *
   * @param matches the matches of one text, in text order, as {@link #find} returned them
   * @return one resolved mention per match, in the same order
   */
  public List<ResolvedMention> resolve(List<GazetteerMatch> matches) {
    Map<String, Integer> countryCounts = new LinkedHashMap<>();
    String[] nearestBefore = new String[matches.size()];
    String last = null;
    for (int k = 0; k < matches.size(); k++) {
      nearestBefore[k] = last;
      Optional<String> c = contextCountry(matches.get(k));
      if (c.isPresent()) {
        countryCounts.merge(c.get(), 1, Integer::sum);
        last = c.get();
      }
    }
    String dominant = countryCounts.entrySet().stream()
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    List<ResolvedMention> out = new ArrayList<>(matches.size());
    for (int k = 0; k < matches.size(); k++) {
      GazetteerMatch m = matches.get(k);
      List<KnowledgeEntry> ranked = new ArrayList<>(m.candidates());
      PlaceKind wanted = m.introducedBy().flatMap(PlaceNouns.bundled()::of)
          .map(PlaceNouns.Noun::kind).orElse(null);
      ranked.sort(Comparator.comparingDouble(e -> -score(e, countryCounts, wanted)));
      KnowledgeEntry best = ranked.get(0);
      Optional<String> country = best.country();
      if (country.isEmpty() && best instanceof OrganizationEntry o && o.generic()) {
        country = Optional.ofNullable(nearestBefore[k] != null ? nearestBefore[k] : dominant);
      }
      out.add(new ResolvedMention(m, ranked, country));
    }
    return out;
  }

  /** The country a match names without doubt: a country or nationality candidate. */
  private static Optional<String> contextCountry(GazetteerMatch m) {
    List<KnowledgeEntry> candidates = m.candidates();
    for (int k = 1; k < candidates.size(); k++) {
      if (!candidates.get(k).country().equals(candidates.get(0).country())) {
        return Optional.empty(); // "عمان" is Oman or Amman: it cannot tell the others which
      }
    }
    for (KnowledgeEntry e : m.candidates()) {
      if (e.entryKind() == EntryKind.COUNTRY || e.entryKind() == EntryKind.NATIONALITY) {
        return e.country();
      }
    }
    if (m.candidates().size() == 1 && m.candidates().get(0) instanceof PlaceEntry p) {
      return p.country();
    }
    return Optional.empty();
  }

  private static double score(KnowledgeEntry e, Map<String, Integer> countries, PlaceKind wanted) {
    double score = 0;
    if (e instanceof GroupEntry g ? g.regions().stream().anyMatch(countries::containsKey)
        : e.country().isPresent() && countries.containsKey(e.country().get())) {
      score += 4; // a group active in several countries ("الخوارج": Somalia, Pakistan) by any of them
    }
    if (e instanceof PlaceEntry p) {
      if (wanted != null) {
        score += p.kind() == wanted ? 3 : 1;
      } else if (p.kind() == PlaceKind.COUNTRY) {
        score += 2;
      }
      score += p.fromGeoNames() ? Math.log10(1 + p.population()) / 10 : 0.8;
    }
    return score;
  }
}
