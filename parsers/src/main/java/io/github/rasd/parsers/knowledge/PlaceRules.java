package io.github.rasd.parsers.knowledge;

import io.github.rasd.model.PlaceKind;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.internal.Lookup;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.QuoteMarks;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The place-mention layer over the gazetteer's matches: named rules that filter the places the
 * gazetteer found in a context that makes them words or parts of other names, and that read
 * the places it does not know from the place noun before them. The rules run in the order of
 * {@link Rule}; each mention carries the names of the rules that made or changed it.
 *
 * <p>Words live in {@code place-nouns.tsv} ({@link PlaceNouns}) and {@code
 * place-name-words.tsv}. Linear in the number of tokens. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlaceRules {

  /**
   * The rules, in the order they run (the two far-place filters while the gazetteer's matches
   * are taken, see {@link #farPlace}); {@link #id()} goes into the records' provenance.
   */
  public enum Rule {
    /**
     * "بور" in a Somali article is not Bor in South Sudan: a one-word GeoNames town of under
     * {@value PlaceRules#FAR_PLACE_MIN_POPULATION} people, in a country the article never names,
     * with no place noun before it, is more likely a word than a place ({@link #farPlace}).
     */
    FAR_SMALL_PLACE("places/far-small-place"),
    /**
     * A place read through the transliteration key is kept only in an article that names its
     * country: "كوبورن" (Cockburn, a reporter) is not Gaborone in a story about Iraq.
     */
    FAR_TRANSLITERATION("places/far-transliteration"),
    /**
     * A gazetteer place written with tanween is an indefinite common noun: "فداناً" (acres) is
     * not ف + دانا.
     */
    TANWEEN_WORD("places/tanween-word"),
    /**
     * A name spelled with ة does not match a word ending in the pronoun ه: "منزله" (his house)
     * is not the town المنزلة; a word with a possessive suffix (نا ها هم كم) is no name of a
     * small place: "جيراننا" (our neighbours).
     */
    PRONOUN_SUFFIX("places/pronoun-suffix"),
    /**
     * A place right after an institution noun is part of the institution's name: "نادي
     * الزمالك" (Zamalek club), "شركة مصر للطيران" (the EgyptAir company); a name after a place
     * noun followed by an adjective of institutions is a body: "مديرية الأمن الوطني" (the
     * directorate of national security); a known place after a place noun and before such an
     * adjective, or one after ل, is an exchange: "سوق الكويت للأوراق المالية" (the Kuwait stock
     * exchange); a country written as a definite nisba after a definite feminine adjective is
     * an adjective: "هيئة السوق المالية السعودية" (the Saudi capital market authority).
     */
    INSIDE_NAME("places/inside-name"),
    /**
     * A country whose name is a definite feminine nisba ("السعودية") right after a definite
     * feminine noun is its adjective, not the country: "الحكومة السعودية" (the Saudi
     * government), "السلطات السعودية" (the Saudi authorities), "السوق السعودية" (the Saudi
     * market); the nouns of a state keep it a name ("المملكة السعودية"). The feminine nouns
     * without ة (السوق) and the state nouns are in place-name-words.tsv.
     */
    COUNTRY_ADJECTIVE("places/country-adjective"),
    /**
     * A one-word place inside the name of a person the persons extractor found is part of the
     * name, no place mention: "ويدعى ماينا كولو" (named Maina Kolo), "وزوجته فاطمة" (ف + a
     * village "أطمة"); applied when the records are assembled.
     */
    INSIDE_PERSON("places/inside-person"),
    /**
     * A one-word place right after a military rank is a person's name: "العقيد دامان" (Colonel
     * Daman).
     */
    PERSON_AFTER_RANK("places/person-after-rank"),
    /**
     * An unknown name after a place noun is a place of the article's country: "في قرية كوفا"
     * (in the village of Kofa), "حي هاماروين" (the Hamarweyne district); the name is one to
     * three words ({@link #MAX_NAME_WORDS}). A name head of place-name-words.tsv opens a
     * compound ("قرية ود النورة", "بلدة آيت بوكماز"); a short word in ة before a foreign-looking
     * one opens a two-word name ("قرية نمة بوكار", {@link #SHORT_CONSTRUCT_LETTERS}). The name
     * ends before a preposition or adverb of place ("بحيرة كيفو قبالة ميناء غوما", Lake Kivu off
     * the port of Goma) and before a known place behind a clitic ("حي سريآب بكويتا", the Sariab
     * quarter in Quetta); after a market noun a weekday is the name ("بلدة سوق الخميس", the
     * town of Souk El Khemis: DAY_NAME_NOUN and WEEKDAY words), a traded good is not ("سوق
     * الماشية", the livestock market), nor is a cardinal number word except after a street or
     * quarter noun ("منطقة الستة أمتار", the six-metre zone; NUMBER_WORD words).
     */
    NOUN_NAME("places/noun-name"),
    /**
     * After the noun of a quarter or a street, a definite plural or a number word is the name:
     * "حي المهندسين" (the Mohandessin quarter), "حي الصالحين", "شارع الستين" (Sixty Street);
     * after other nouns it is a common plural ("مناطق المسلحين", the gunmen's areas). The nouns
     * are the PLURAL_NAME_NOUN words of place-name-words.tsv.
     */
    PLURAL_NAME("places/plural-name"),
    /**
     * A known place after a noun that is part of the name becomes the longer place: "شارع
     * مكة" (Mecca Street) is a street, not the city.
     */
    NOUN_KNOWN_PLACE("places/noun-known-place"),
    /**
     * After a noun whose mention includes it but whose place is named by what follows
     * ({@code includes} "mention" in place-nouns.tsv: quarters, camps, barracks), the record is
     * named by the name alone and its mention keeps the noun: "في حي أبو شوك" (in the Abu Shouk
     * quarter) is the quarter أبو شوك, mentioned as "حي أبو شوك"; "معسكر زمزم" (Zamzam camp)
     * is زمزم. A street, a valley or a market keeps the noun in its name ("شارع مكة", "وادي
     * الشاي", "سوق الجمعة": the noun is part of the name).
     */
    NAMED_AFTER_NOUN("places/named-after-noun"),
    /**
     * After a plural or dual place noun, a list of names joined by و or commas: "قرى كوفا
     * وبالا ودوري" (the villages of Kofa, Bala and Dori).
     */
    NOUN_LIST("places/noun-list"),
    /**
     * A later item of such a list is a name even where a lone word after the noun would be an
     * adjective: a word in ة ("معتمديتي بني خيار وقربة", the delegations of Beni Khiar and
     * Korba; the adjective of a dual or plural noun is dual or plural) or an indefinite word
     * after a noun that takes only definite names ("محليات كسلا وريفي أروما", the localities of
     * Kassala and rural Aroma).
     */
    LIST_ITEM("places/list-item"),
    /**
     * The name after a place noun stops at an adjective of the noun: "بلدة كوفا القريبة من
     * الحدود" (the town of Kofa near the border) names كوفا; and before a word written with
     * tanween, an indefinite accusative of the next phrase: "قرى الوادي خوفاً من القصف" (the
     * villages of the valley, for fear of the shelling) names الوادي.
     */
    NAME_BOUNDARY("places/name-boundary"),
    /**
     * A known place followed by a compass adjective is a region of it, linked to it as its
     * parent: "ريف إدلب الشرقي" (the eastern countryside of Idlib), "ريف حلب الشمالي الغربي"
     * (north-western rural Aleppo), "حلب الشرقية" (eastern Aleppo); two adjectives at most
     * ({@link #MAX_COMPASS_WORDS}). Countries are not extended: "السودان الجنوبي" is its own entry.
     */
    COMPASS_REGION("places/compass-region"),
    /**
     * A border named after one country is that country's place, as a region named by a
     * compass word is: "الحدود النيجرية" (the Nigerien border), "الحدود مع مالي" (the border
     * with Mali) name Niger and Mali ({@link #borderCountry}; applied when the records are
     * assembled).
     */
    BORDER_COUNTRY("places/border-country");

    private final String id;

    Rule(String id) {
      this.id = id;
    }

    /**
     * The rule's name, such as {@code places/noun-name}.
     *
     * @return the name
     */
    public String id() {
      return id;
    }
  }

  /**
   * A mention of a knowledge entry, with the place rules that made or changed it.
   *
   * @param first first token
   * @param end token after the last
   * @param entry the entry
   * @param span the mention in the original text
   * @param country the country the mention resolved to
   * @param rules names of the place rules applied, empty for a plain gazetteer match
   */
  public record Mention(int first, int end, KnowledgeEntry entry, Span span,
      Optional<String> country, List<String> rules) {
    /** Copies the rules. */
    public Mention {
      Objects.requireNonNull(entry, "entry");
      rules = List.copyOf(rules);
    }
  }

  /** Words of {@code place-name-words.tsv}. */
  enum WordCategory { ENDS_NAME, NOT_A_NAME, INSTITUTION, INSTITUTION_ADJECTIVE, TIME, PREPOSITION, NAME_HEAD, LIST_CUE,
    FEMININE_NOUN, STATE_NOUN, COMPASS_ADJECTIVE, PLURAL_NAME_NOUN, COMPASS_NAME_WORD,
    PREPOSITION_NOUN, DAY_NAME_NOUN, WEEKDAY, NUMBER_WORD }

  static final String WORDS_FILE = "place-name-words.tsv";
  /** Most compass adjectives after a place: "الشمالي الغربي" (north-western). */
  static final int MAX_COMPASS_WORDS = 2;
  /** Longest name read after a place noun, in words ("جزيرة دورون نايرا" has two). */
  static final int MAX_NAME_WORDS = 3;
  /** Most names read in one list after a plural place noun. */
  static final int MAX_LIST_ITEMS = 12;
  /**
   * Longest first word in ة read as the head of a two-word name before an indefinite word
   * ("دتة خيل"), in letters with the ة; longer ones are adjectives of the noun.
   */
  static final int SHORT_CONSTRUCT_LETTERS = 4;
  /** The Maghrebi opening of names (أبو): "بوزعرورة", "بوسعادة". */
  static final String MAGHREBI_BOU = "بو";
  /** Shortest name in ة opening with {@link #MAGHREBI_BOU} read after a feminine noun ("بوقرة"). */
  static final int MIN_BOU_NAME_LETTERS = 5;
  /** Shortest first word of an unknown name, in letters. */
  static final int MIN_NAME_LETTERS = 3;
  /**
   * Start of the source written on the entries the rules create; the names of the rules that
   * made the entry follow, comma-separated, the creating rule first.
   */
  public static final String RULES_SOURCE = "named in the text after a place noun, rules: ";
  /** Id prefix of the entries the rules create. */
  public static final String TEXT_ID_PREFIX = "text:";

  private static final String ARTICLE = "ال";
  private static final String TANWEEN = "\u064B\u064C\u064D";

  /** The noun a list after "منها" reads its names with: plural, names of towns or villages. */
  private static final PlaceNouns.Noun LIST_NOUN =
      new PlaceNouns.Noun("قريه", PlaceKind.CITY, false, false, true, false);

  private final PlaceNouns nouns;
  private final Map<WordCategory, Set<String>> words;

  private PlaceRules(PlaceNouns nouns, Map<WordCategory, Set<String>> words) {
    this.nouns = nouns;
    this.words = words;
  }

  private static final class Holder {
    static final PlaceRules BUNDLED = new PlaceRules(PlaceNouns.bundled(), loadWords());
  }

  /**
   * The rules over the bundled word files.
   *
   * @return the shared instance
   */
  public static PlaceRules bundled() {
    return Holder.BUNDLED;
  }

  /**
   * The place nouns the rules read.
   *
   * @return the table
   */
  public PlaceNouns nouns() {
    return nouns;
  }

  private static Map<WordCategory, Set<String>> loadWords() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Map<WordCategory, Set<String>> m = new EnumMap<>(WordCategory.class);
    for (WordCategory c : WordCategory.values()) {
      m.put(c, new HashSet<>());
    }
    for (DataFile.Line r : DataFile.read(PlaceRules.class, WORDS_FILE)) {
      WordCategory c;
      try {
        c = WordCategory.valueOf(r.field(1));
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw r.error("unknown category " + r.field(1, ""));
      }
      // compared as written: "صفراء" (yellow) is an adjective, "الصفراء" may be a name
      m.get(c).add(n.normalize(r.field(0)));
    }
    m.replaceAll((k, v) -> Lookup.set(v)); // asked at almost every token
    return Map.copyOf(m);
  }

  /** Whether an indefinite analysis of {@code t} is an institution noun (an index loop, no stream). */
  private boolean institutionNoun(Token t) {
    List<Segmentation> segs = t.segmentations();
    for (int k = 0; k < segs.size(); k++) {
      Segmentation s = segs.get(k);
      if (!s.definite() && is(WordCategory.INSTITUTION, s.stem())) {
        return true;
      }
    }
    return false;
  }

  private boolean is(WordCategory c, String normalized) {
    return words.get(c).contains(normalized);
  }

  private boolean isAny(String w, WordCategory... cs) {
    for (WordCategory c : cs) {
      if (is(c, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies the rules to the gazetteer's mentions of one text.
   *
   * @param tokens the text's tokens
   * @param view the text
   * @param mentions the gazetteer's mentions, in text order, not overlapping
   * @param country the article's main country, given to the places the rules create
   * @param notName words that never begin or continue a name (function words, compass words)
   * @param compass normalized compass words ("غرب", west), never a name after a preposition
   * @return the mentions after the rules, in text order
   */
  public List<Mention> apply(List<Token> tokens, TextView view, List<Mention> mentions,
      Optional<String> country, Predicate<Token> notName, Predicate<String> compass) {
    List<Mention> kept = new ArrayList<>();
    for (Mention m : mentions) {
      if (!dropped(tokens, m, kept.isEmpty() ? null : kept.get(kept.size() - 1))) {
        kept.add(m);
      }
    }
    Optional<String> main = mainCountry(kept).or(() -> country);
    return new Reader(tokens, view, kept, main, notName, compass).read();
  }

  /** Weight of a place or country mention in the main country; a nationality or body counts 1. */
  static final int PLACE_WEIGHT = 2;
  /** How far after a created place its container is looked for ("طماريس ضواحي مراكش"), in tokens. */
  static final int CONTAINER_AFTER = 6;

  /**
   * The country most named by the mentions the filters kept: places and countries count
   * {@value #PLACE_WEIGHT}, nationality adjectives and national bodies 1 ("السياح الدنماركيين",
   * Danish tourists, weigh less than the Moroccan places of the story). The article's main
   * country is this rule over its final mention layer.
   *
   * @param kept mentions of one text
   * @return the country they name most, if any
   */
  public static Optional<String> mainCountry(List<Mention> kept) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (Mention m : kept) {
      EntryKind k = m.entry().entryKind();
      int w = k == EntryKind.PLACE || k == EntryKind.COUNTRY ? PLACE_WEIGHT
          : k == EntryKind.NATIONALITY || k == EntryKind.ORGANIZATION ? 1 : 0;
      // a generic body (السلطات, the authorities) took its country from the others: not counted
      Optional<String> c = k == EntryKind.ORGANIZATION ? m.entry().country()
          : m.country().or(() -> m.entry().country());
      if (w > 0 && c.isPresent()) {
        counts.merge(c.get(), w, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  // ---- filters -----------------------------------------------------------------------------

  /**
   * The rule {@link Rule#BORDER_COUNTRY}: the country a border of one country names.
   *
   * @param p a place
   * @param knowledge the tables that hold the countries
   * @return the country, when {@code p} is a border with one country
   */
  public static Optional<PlaceEntry> borderCountry(PlaceEntry p, KnowledgeBase knowledge) {
    if (p.kind() != PlaceKind.BORDER || p.country().isEmpty()) {
      return Optional.empty();
    }
    return knowledge.country(p.country().get());
  }

  /** Smallest GeoNames place kept when its country is not named anywhere in the article. */
  public static final long FAR_PLACE_MIN_POPULATION = 100_000;

  /**
   * The countries an article names for sure: by countries, nationality adjectives, curated
   * places and organisations matched as written (not through the transliteration key).
   *
   * @param resolved the gazetteer's resolved matches of one article
   * @return the ISO codes
   */
  public static Set<String> namedCountries(List<ResolvedMention> resolved) {
    Set<String> named = new HashSet<>();
    for (ResolvedMention r : resolved) {
      KnowledgeEntry e = r.best();
      boolean sure = e.entryKind() == EntryKind.COUNTRY || e.entryKind() == EntryKind.NATIONALITY
          || e instanceof PlaceEntry p && !p.fromGeoNames() || e.entryKind() == EntryKind.ORGANIZATION;
      if (sure && !r.match().transliterated()) {
        r.country().ifPresent(named::add);
      }
    }
    return named;
  }

  /**
   * The rules {@link Rule#FAR_SMALL_PLACE} and {@link Rule#FAR_TRANSLITERATION}: whether the
   * place match {@code r} lies in a country the article does not name and is dropped.
   *
   * @param r a resolved gazetteer match
   * @param named the countries the article names ({@link #namedCountries})
   * @return true when the match is dropped
   */
  public static boolean farPlace(ResolvedMention r, Set<String> named) {
    if (!(r.best() instanceof PlaceEntry p) || p.kind() == PlaceKind.COUNTRY) {
      return false;
    }
    boolean far = p.country().map(c -> !named.contains(c)).orElse(false);
    if (r.match().transliterated()) {
      return far || named.isEmpty();
    }
    if (!p.fromGeoNames() || r.match().introducedBy().isPresent()
        || r.match().endToken() - r.match().firstToken() > 1 || p.population() >= FAR_PLACE_MIN_POPULATION
        || named.isEmpty()) {
      return false;
    }
    return far;
  }

  /** Whether a filter rule removes the gazetteer place {@code m}. */
  private boolean dropped(List<Token> tokens, Mention m, Mention previous) {
    EntryKind k = m.entry().entryKind();
    if (k != EntryKind.PLACE && k != EntryKind.COUNTRY) {
      return false;
    }
    Token last = tokens.get(m.end() - 1);
    String original = last.span().text();
    if (k == EntryKind.PLACE && containsAny(original, TANWEEN)) {
      return true; // TANWEEN_WORD
    }
    if (k == EntryKind.PLACE && original.endsWith("ه") && spelledWithTaMarbuta(m.entry())) {
      return true; // PRONOUN_SUFFIX
    }
    if (k == EntryKind.PLACE && m.end() - m.first() == 1 && m.entry() instanceof PlaceEntry p
        && p.fromGeoNames() && p.population() < FAR_PLACE_MIN_POPULATION && possessive(last.text())
        && p.names().stream().noneMatch(n -> n.equals(original))) {
      return true; // PRONOUN_SUFFIX: "جيراننا" (our neighbours) read as a clitic + a village
    }
    Token before = wordBefore(tokens, m.first());
    if (k == EntryKind.COUNTRY && m.end() - m.first() == 1 && adjectiveAfterDefinite(last, before)) {
      return true; // INSIDE_NAME: "هيئة السوق المالية السعودية", the Saudi adjective of a body
    }
    if (k == EntryKind.COUNTRY && m.end() - m.first() == 1 && countryAdjective(last, before)) {
      return true; // COUNTRY_ADJECTIVE: "الحكومة السعودية", the Saudi government
    }
    if (before != null && institutionNoun(before)) {
      return true; // INSIDE_NAME
    }
    return k == EntryKind.PLACE && m.end() - m.first() == 1 && previous != null
        && previous.end() == m.first() && previous.entry() instanceof TitleEntry t
        && t.category() == TitleCategory.MILITARY_RANK; // PERSON_AFTER_RANK
  }

  /**
   * Whether a country written as a definite feminine nisba ("السعودية") agrees, as an adjective,
   * with the definite feminine word right before it ("المالية السعودية", Saudi financial...):
   * {@link Rule#INSIDE_NAME}.
   */
  private static boolean adjectiveAfterDefinite(Token country, Token before) {
    String w = country.text();
    if (before == null || !country.spaceBefore() || !w.startsWith(ARTICLE) || !w.endsWith("يه")) {
      return false;
    }
    String b = before.text();
    return b.startsWith(ARTICLE) && b.endsWith("يه") && b.length() > ARTICLE.length() + 3;
  }

  /**
   * The rule {@link Rule#COUNTRY_ADJECTIVE}: whether a country written as a definite feminine
   * nisba ("السعودية") follows a definite feminine noun ("الحكومة", "السلطات", "السوق") it
   * qualifies, with nothing between them.
   */
  private boolean countryAdjective(Token country, Token before) {
    String w = country.text();
    if (before == null || !country.spaceBefore() || !w.startsWith(ARTICLE) || !w.endsWith("يه")
        || before.end() > country.start()) {
      return false;
    }
    List<Segmentation> sAll = before.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      String b = s.stemWithArticle(); // "للسوق" is ل + السوق
      if (s.definite() && !is(WordCategory.STATE_NOUN, b)
          && (b.endsWith("ه") || b.endsWith("ات") || is(WordCategory.FEMININE_NOUN, b))) {
        return true;
      }
    }
    return false;
  }

  /** Possessive suffixes: a word that ends in one is no name ("لإذاعتنا", to our radio). */
  static final List<String> POSSESSIVE_SUFFIXES = List.of("نا", "ها", "هم", "كم", "هن");
  /** Shortest word read as stem + possessive suffix. */
  static final int MIN_POSSESSIVE_WORD = 5;

  /**
   * Whether a normalized word ends in a possessive suffix after a stem of three letters or more
   * that does not end in a long vowel ("جيراننا" our neighbours; not "جاكانا", Jakana).
   */
  static boolean possessive(String w) {
    if (w.length() < MIN_POSSESSIVE_WORD || w.startsWith(ARTICLE)) {
      return false;
    }
    for (String suffix : POSSESSIVE_SUFFIXES) {
      if (w.endsWith(suffix)) {
        // "جاكانا", "غانا": a long vowel before the ending marks a foreign name, not a suffix
        char before = w.charAt(w.length() - suffix.length() - 1);
        return before != 'ا' && before != 'و' && before != 'ي';
      }
    }
    return false;
  }

  /** The entry's names end in ة and none in ه. */
  private static boolean spelledWithTaMarbuta(KnowledgeEntry e) {
    boolean ta = false;
    for (String name : e.names()) {
      if (name.endsWith("ه")) {
        return false;
      }
      ta |= name.endsWith("ة");
    }
    return ta;
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The Arabic word before token {@code i}, looking through an opening quote ({@link Gazetteer#wordBefore}). */
  private static Token wordBefore(List<Token> tokens, int i) {
    Token t = Gazetteer.wordBefore(tokens, i);
    return t != null && t.is(Token.Type.ARABIC) ? t : null;
  }

  /** A quotation mark ({@link QuoteMarks}) or an opening bracket around a name: "مخيم (زمزم)". */
  private static boolean isQuote(Token t) {
    return QuoteMarks.is(t) || t.is(Token.Type.PUNCTUATION) && t.hasText("(");
  }

  // ---- generators --------------------------------------------------------------------------

  /** One pass over one text. Not thread-safe; made per call. */
  private final class Reader {
    private final List<Token> tokens;
    private final TextView view;
    private final Optional<String> country;
    private final Predicate<Token> notName;
    private final Predicate<String> compass;
    private final Mention[] at;
    private final List<Mention> out;
    /** Mentions a created place replaced; taken out of {@link #out} once, at the end (linear). */
    private final Set<Mention> replaced =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Reader(List<Token> tokens, TextView view, List<Mention> kept, Optional<String> country,
        Predicate<Token> notName, Predicate<String> compass) {
      this.tokens = tokens;
      this.compass = compass;
      this.view = view;
      this.country = country;
      this.notName = notName;
      this.at = new Mention[tokens.size()];
      this.out = new ArrayList<>(kept);
      for (Mention m : kept) {
        mark(m);
      }
    }

    /**
     * A one-word organisation or outlet matched without its article ("جزيرة" for the channel
     * الجزيرة): the indefinite word is the place noun.
     */
    private boolean bareNonPlace(Mention m, int i) {
      EntryKind k = m.entry().entryKind();
      return m.end() - m.first() == 1 && (k == EntryKind.ORGANIZATION || k == EntryKind.OUTLET)
          && !tokens.get(i).text().contains(ARTICLE);
    }

    private void mark(Mention m) {
      for (int k = m.first(); k < m.end(); k++) {
        at[k] = m;
      }
    }

    List<Mention> read() {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        Mention covering = at[i];
        if (covering != null && !bareNonPlace(covering, i)) {
          continue;
        }
        Optional<PlaceNouns.Noun> noun = nouns.at(tokens.get(i));
        if (noun.isPresent()) {
          int next = afterNoun(i, noun.get());
          if (covering != null && next > i + 1) {
            replaced.add(covering); // "جزيرة دورون" is an island, not the channel الجزيرة
            at[i] = null;
          }
          i = Math.max(i, next - 1);
        }
      }
      compassRegions();
      out.removeIf(replaced::contains);
      out.sort(Comparator.comparingInt(Mention::first));
      return out;
    }

    /** The rule {@link Rule#COMPASS_REGION} over the known places. */
    private void compassRegions() {
      for (Mention m : List.copyOf(out)) {
        if (replaced.contains(m) || m.entry().entryKind() != EntryKind.PLACE
            || m.entry().id().startsWith(TEXT_ID_PREFIX) || !(m.entry() instanceof PlaceEntry p)
            || p.kind() == PlaceKind.BORDER) {
          continue;
        }
        int end = m.end();
        while (end < tokens.size() && end - m.end() < MAX_COMPASS_WORDS && at[end] == null
            && tokens.get(end).spaceBefore() && tokens.get(end).is(Token.Type.ARABIC)
            && is(WordCategory.COMPASS_ADJECTIVE, tokens.get(end).text())) {
          end++;
        }
        if (end == m.end()) {
          continue;
        }
        Span span = view.originalSpan(view.normalizedIndex(m.span().start()), tokens.get(end - 1).end());
        String key = view.normalized().substring(view.normalizedIndex(span.start()),
            view.normalizedIndex(span.end() - 1) + 1);
        Optional<String> c = m.country().or(p::country);
        List<String> rules = new ArrayList<>(m.rules());
        rules.add(Rule.COMPASS_REGION.id());
        PlaceEntry region = new PlaceEntry(TEXT_ID_PREFIX + key, span.text(), "", List.of(), List.of(),
            PlaceKind.REGION, c, Optional.of(p.id()), Optional.of(p.name()), OptionalDouble.empty(),
            OptionalDouble.empty(), 0, Optional.empty(), RULES_SOURCE + String.join(",", rules));
        replaced.add(m);
        Mention r = new Mention(m.first(), end, region, span, c, rules);
        out.add(r);
        mark(r);
      }
    }

    /** Reads the name (or the list of names) after the noun at {@code i}; the token after. */
    private int afterNoun(int i, PlaceNouns.Noun noun) {
      int j = i + 1;
      while (j < tokens.size() && j <= i + 2 && (isQuote(tokens.get(j))
          || noun.plural() && tokens.get(j).hasText(":"))) {
        j++; // "مدينة "بنقردان"", "قرى: كوفا، بالا"
      }
      if (j >= tokens.size()) {
        return i + 1;
      }
      int listed = listIntroduced(i + 1);
      if (listed > i + 1) {
        return listed; // "54 قرية، منها كوفا وبالا"
      }
      Mention known = titleAtNameHead(j) ? null : at[j];
      if (known != null && known.end() == j + 1 && !noun.plural()
          && (known.entry().entryKind() == EntryKind.ORGANIZATION
              || known.entry().entryKind() == EntryKind.OUTLET)) {
        // "ولاية الجزيرة" (Gezira state) is a place, not the channel
        Name name = name(j, tokens.get(j).start(), noun, false);
        if (name != null && name.end == j + 1) {
          add(noun.includesNoun() ? i : j, noun.includesNoun() ? nounStart(tokens.get(i))
              : tokens.get(j).start(), j + 1, noun, List.of(Rule.NOUN_NAME.id()), known);
          return j + 1;
        }
      }
      int end = -1;
      boolean cut = false;
      if (known == null || known.end() == j + 1 && known.entry().entryKind() == EntryKind.PLACE) {
        Name name = name(j, tokens.get(j).start(), noun, known != null);
        if (name != null) {
          end = name.end;
          cut = name.cut;
        }
      }
      if (end < 0 && known != null && known.end() < tokens.size()
          && institutionAfter(known.end())
          && (known.entry().entryKind() == EntryKind.PLACE || known.entry().entryKind() == EntryKind.COUNTRY)) {
        replaced.add(known); // INSIDE_NAME: "سوق دبي المالي" (the Dubai financial market) is a body
        return known.end();
      }
      if (end < 0 && known != null) {
        EntryKind k = known.entry().entryKind();
        if (noun.includesNoun() && !noun.plural() && (k == EntryKind.PLACE || k == EntryKind.COUNTRY)) {
          replace(i, known.end(), noun, List.of(Rule.NOUN_KNOWN_PLACE.id()), known);
          return known.end();
        }
        return noun.plural() && (k == EntryKind.PLACE || k == EntryKind.COUNTRY)
            ? list(known.end(), noun) : i + 1;
      }
      if (end < 0) {
        return i + 1;
      }
      if (end < tokens.size() && institutionAfter(end)) {
        return end; // INSIDE_NAME: "مديرية الأمن الوطني" is a directorate, not a district
      }
      List<String> rules = new ArrayList<>();
      rules.add(noun.plural() ? Rule.NOUN_LIST.id() : Rule.NOUN_NAME.id());
      if (cut) {
        rules.add(Rule.NAME_BOUNDARY.id());
      }
      String first = view.normalized().substring(tokens.get(j).start(), tokens.get(j).end());
      if (is(WordCategory.PLURAL_NAME_NOUN, noun.noun()) && first.startsWith(ARTICLE)
          && (first.endsWith("ين") || first.endsWith("ات"))) {
        rules.add(Rule.PLURAL_NAME.id());
      }
      boolean withNoun = noun.includesNoun() && !noun.plural();
      add(withNoun ? i : j, withNoun ? nounStart(tokens.get(i)) : tokens.get(j).start(), end,
          noun, rules, known);
      return noun.plural() ? list(end, noun) : end;
    }

    /**
     * Whether the gazetteer's match at token {@code j} is a title that is also a NAME_HEAD of
     * place-name-words.tsv: after a place noun the honorific opens a place named after a holy
     * man, "قرية الشيخ الماحي" (the village of Sheikh al-Mahi), "مديريتي المنصورة والشيخ عثمان"
     * (the districts of Mansoura and Sheikh Othman), not a person ({@link Rule#NOUN_NAME}).
     */
    private boolean titleAtNameHead(int j) {
      Mention m = at[j];
      return m != null && m.entry().entryKind() == EntryKind.TITLE && m.first() == j
          && is(WordCategory.NAME_HEAD, view.normalized().substring(conjunctionStemStartOr(tokens.get(j)), tokens.get(j).end()));
    }

    /** The start of {@code t}'s word after a و, or its start. */
    private int conjunctionStemStartOr(Token t) {
      int s = conjunctionStemStart(t);
      return s < 0 ? t.start() : s;
    }

    /**
     * Whether token {@code k} makes the name before it a body's ({@link Rule#INSIDE_NAME}): an
     * institution adjective ("سوق دبي المالي") or one after ل ("سوق الكويت للأوراق المالية",
     * the Kuwait stock exchange).
     */
    private boolean institutionAfter(int k) {
      Token t = tokens.get(k);
      if (is(WordCategory.INSTITUTION_ADJECTIVE, t.text())) {
        return true;
      }
      List<Segmentation> sAll = t.segmentations();
      for (int sK = 0; sK < sAll.size(); sK++) {
        Segmentation s = sAll.get(sK);
        if (s.preposition().equals("ل") && s.definite() && s.conjunction().isEmpty()
            && (is(WordCategory.INSTITUTION_ADJECTIVE, ARTICLE + s.stem())
                || is(WordCategory.INSTITUTION_ADJECTIVE, s.stem()))) {
          return true;
        }
      }
      return false;
    }

    /** The names of a list after a plural noun, from token {@code k}; the token after. */
    private int list(int k, PlaceNouns.Noun noun) {
      boolean joinedByWaw = false;
      for (int items = 1; items < MAX_LIST_ITEMS && k < tokens.size(); items++) {
        int j = k;
        boolean comma = false;
        if (tokens.get(j).is(Token.Type.PUNCTUATION) && ",،:".contains(tokens.get(j).text())) {
          j++;
          comma = true;
        }
        if (comma && joinedByWaw) {
          return k; // "الميدان وباب لكش، وتخصيص مبالغ": after items joined by و, "، و" opens a clause
        }
        joinedByWaw |= !comma;
        if (j >= tokens.size()) {
          return k;
        }
        Token t = tokens.get(j);
        int nameStart = conjunctionStemStart(t);
        if (nameStart < 0 && j == k) {
          return k; // neither a comma nor و: the list ends
        }
        if (nameStart < 0) {
          nameStart = t.start();
        }
        Mention known = titleAtNameHead(j) ? null : at[j];
        if (known != null) {
          EntryKind kind = known.entry().entryKind();
          if (kind != EntryKind.PLACE && kind != EntryKind.COUNTRY) {
            return k;
          }
          k = known.end();
          continue;
        }
        Name name = name(j, nameStart, noun, false);
        boolean relaxed = false;
        if (name == null && nameStart != t.start()) {
          name = name(j, nameStart, noun, false, true); // LIST_ITEM: "وقربة" after a dual
          relaxed = true;
        }
        if (name == null) {
          return k;
        }
        List<String> rules = new ArrayList<>(List.of(Rule.NOUN_LIST.id()));
        if (relaxed) {
          rules.add(Rule.LIST_ITEM.id());
        }
        if (name.cut) {
          rules.add(Rule.NAME_BOUNDARY.id());
        }
        add(j, nameStart, name.end, noun, rules, null);
        k = name.end;
      }
      return k;
    }

    /**
     * The rule {@link Rule#NOUN_LIST} after "منها" (among them): "تضررت 54 قرية، منها كوفا
     * وبالا" (54 villages were hit, among them Kofa and Bala); the token after the list, or
     * {@code k} when no such list starts at {@code k}.
     */
    private int listIntroduced(int k) {
      int j = k;
      if (j < tokens.size() && tokens.get(j).is(Token.Type.PUNCTUATION) && ",،".contains(tokens.get(j).text())) {
        j++;
      }
      if (j >= tokens.size()) {
        return k;
      }
      int words = is(WordCategory.LIST_CUE, tokens.get(j).text()) ? 1
          : j + 1 < tokens.size() && is(WordCategory.LIST_CUE,
              tokens.get(j).text() + " " + tokens.get(j + 1).text()) ? 2 : 0;
      if (words == 0) {
        return k;
      }
      j += words;
      while (j < tokens.size() && j <= k + words + 3 && (isQuote(tokens.get(j)) || tokens.get(j).hasText(":"))) {
        j++;
      }
      if (j >= tokens.size() || at[j] != null) {
        return k;
      }
      PlaceNouns.Noun plural = LIST_NOUN;
      Name first = name(j, tokens.get(j).start(), plural, false);
      if (first == null) {
        return k;
      }
      add(j, tokens.get(j).start(), first.end, plural, List.of(Rule.NOUN_LIST.id()), null);
      return list(first.end, plural);
    }

    /** Where the name starts in a token "وX" / "والX" (after و, the article kept), or -1. */
    private int conjunctionStemStart(Token t) {
      List<Segmentation> sAll = t.segmentations();
      for (int sK = 0; sK < sAll.size(); sK++) {
        Segmentation s = sAll.get(sK);
        if (s.conjunction().equals("و") && s.preposition().isEmpty()) {
          return t.start() + s.conjunction().length();
        }
      }
      return -1;
    }

    private void add(int first, int start, int end, PlaceNouns.Noun noun, List<String> rules,
        Mention known) {
      Span span = view.originalSpan(start, tokens.get(end - 1).end());
      String key = view.normalized().substring(view.normalizedIndex(span.start()),
          view.normalizedIndex(span.end() - 1) + 1);
      Optional<String> local = localCountry(end, rules.contains(Rule.NAME_BOUNDARY.id()));
      String name = span.text();
      if (noun.namedAfterNoun() && !noun.plural() && first + 1 < end && start == nounStart(tokens.get(first))) {
        int k = first + 1;
        while (k < end - 1 && isQuote(tokens.get(k))) {
          k++; // "مخيم "زمزم"": the name inside the quotation marks
        }
        name = view.originalSpan(tokens.get(k).start(), tokens.get(end - 1).end()).text();
        rules = new ArrayList<>(rules);
        rules.add(Rule.NAMED_AFTER_NOUN.id());
      }
      PlaceEntry entry = new PlaceEntry(TEXT_ID_PREFIX + key, name, "", List.of(), List.of(),
          noun.kind(), local, Optional.empty(), Optional.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), 0, Optional.empty(), RULES_SOURCE + String.join(",", rules));
      if (known != null) {
        replaced.add(known);
      }
      for (int k = first; k < end; k++) {
        if (at[k] != null) {
          replaced.add(at[k]);
        }
      }
      Mention m = new Mention(first, end, entry, span, local, rules);
      out.add(m);
      mark(m);
    }

    /**
     * The country of a created place: that of the place right after it, its container ("قرية
     * كوفا بولاية بورنو"), unless an adjective cut the name ("القريبة من الحدود المالية", near
     * the Malian border, names a neighbour); else the article's main country (the nearest place
     * before it is as often a neighbour of a border story as its country).
     */
    private Optional<String> localCountry(int end, boolean cut) {
      if (!cut) {
        for (int k = end; k < tokens.size() && k < end + CONTAINER_AFTER; k++) {
          Optional<String> c = placeCountry(at[k]);
          if (c.isPresent()) {
            return c;
          }
        }
      }
      return country;
    }

    private Optional<String> placeCountry(Mention m) {
      if (m == null || m.entry().id().startsWith(TEXT_ID_PREFIX)
          || m.entry() instanceof PlaceEntry p && p.kind() == PlaceKind.BORDER) {
        return Optional.empty();
      }
      EntryKind k = m.entry().entryKind();
      return k == EntryKind.PLACE || k == EntryKind.COUNTRY
          ? m.country().or(() -> m.entry().country()) : Optional.empty();
    }

    private void replace(int first, int end, PlaceNouns.Noun noun, List<String> rules, Mention known) {
      add(first, nounStart(tokens.get(first)), end, noun, rules, known);
    }

    /**
     * The unknown name starting at token {@code j} (its text from {@code start}, after a و of a
     * list): the token after it, or null when the word cannot begin a name.
     */
    private Name name(int j, int start, PlaceNouns.Noun noun, boolean firstKnown) {
      return name(j, start, noun, firstKnown, false);
    }

    /**
     * {@link #name(int, int, PlaceNouns.Noun, boolean)}, for a later item of a list when {@code
     * listed} ({@link Rule#LIST_ITEM}).
     */
    private Name name(int j, int start, PlaceNouns.Noun noun, boolean firstKnown, boolean listed) {
      Token t1 = tokens.get(j);
      String w1 = view.normalized().substring(start, t1.end());
      Token t2 = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
      // "معتمدية ساقية الزيت": an indefinite word in ة before a definite one is in construct,
      // the start of a two-word name, not an adjective of the noun
      boolean construct = t2 != null && t2.spaceBefore() && t2.is(Token.Type.ARABIC)
          && t2.text().startsWith(ARTICLE) && !w1.startsWith(ARTICLE) && at[j + 1] == null
          && !is(WordCategory.ENDS_NAME, t2.text()) && nextNameWord(t2, t2.text());
      // "قرية دتة خيل": a short indefinite word in ة before a foreign-looking indefinite one
      // begins a two-word name; a longer one is an adjective ("منطقة هادئة")
      construct |= t2 != null && t2.spaceBefore() && t2.is(Token.Type.ARABIC) && at[j + 1] == null
          && !w1.startsWith(ARTICLE) && w1.endsWith("ه") && w1.length() <= SHORT_CONSTRUCT_LETTERS
          && !t2.text().startsWith(ARTICLE) && !t2.text().endsWith("يا")
          && foreignSecondWord(t2.text()) && !is(WordCategory.ENDS_NAME, t2.text())
          && nextNameWord(t2, t2.text());
      if (start == t1.start() && t1.segmentations().stream()
          .anyMatch(x -> !x.preposition().isEmpty() && x.definite())) {
        return null; // "مخيم للنازحين": a preposition and the article, no name (بوكالا is one)
      }
      if (start == t1.start() && prepositionBeforePlural(t1)) {
        return null; // "ثكنة لميليشيات الانتقالي" (a barracks of the militias): whose, no name
      }
      if (!nameStart(t1, w1, noun, construct, listed, j)) {
        return null;
      }
      boolean def1 = w1.startsWith(ARTICLE);
      int end = j + 1;
      boolean cut = false;
      boolean allIndefinite = !def1;
      while (end < tokens.size() && end - j < MAX_NAME_WORDS) {
        Token t = tokens.get(end);
        if (hyphenJoined(end)) {
          end += 2; // "ديوري-كوندي": a hyphen glued on both sides joins the name
          continue;
        }
        if (!t.spaceBefore() || !t.is(Token.Type.ARABIC)) {
          break;
        }
        if (containsAny(t.span().text(), TANWEEN)) {
          cut = true; // NAME_BOUNDARY: "قرى الوادي خوفاً": tanween marks an accusative of the next phrase
          break;
        }
        String w = t.text();
        // COMPASS_NAME_WORD: "قرية إمام غربي،": an indefinite compass nisba before a pause or و
        // is the last word of the name; before a noun it is "west of" ("كوفا غربي المدينة")
        if (is(WordCategory.COMPASS_NAME_WORD, w) && end == j + 1 && at[end] == null
            && (end + 1 >= tokens.size() || !tokens.get(end + 1).is(Token.Type.ARABIC)
                || conjunctionStemStart(tokens.get(end + 1)) >= 0)) {
          end++;
          break;
        }
        if (is(WordCategory.ENDS_NAME, w)) {
          cut = true;
          break;
        }
        if (is(WordCategory.PREPOSITION, w)) {
          break;
        }
        if (knownAfterClitic(end)) {
          break; // "حي سريآب بكويتا": ب + a known place says where the quarter is
        }
        boolean def = w.startsWith(ARTICLE);
        // "الدقيساب العمارة": two definite words are two noun phrases, not one name;
        // a third word only continues two indefinite ones ("دورون نايرا")
        boolean head = end == j + 1 && is(WordCategory.NAME_HEAD, w1);
        // after a name head the next word is the rest of the compound: "تل الذهب", "أم البنين"
        // "المزرعة البحرية", "البقاع الشمالي": a definite nisba after a definite name is its own
        boolean nisba = def1 && def && end == j + 1 && (w.endsWith("ي") || w.endsWith("يه"))
            && nisbaOfName(t, w);
        boolean fits = (nisba || !(def1 && def) && !(firstKnown && def) && (end - j < 2 || allIndefinite)
            && (head ? nameTail(t, w) : nextNameWord(t, w)) && (def || head || foreignSecondWord(w)))
            && (at[end] == null || at[end].end() == end + 1
                && at[end].entry().entryKind() == EntryKind.PLACE);
        // "تل حديا بقذائف": after a compound of a head, an indefinite word that reads as a
        // preposition and a noun is the next phrase ("with shells"), not a third name word
        fits &= !(end == j + 2 && is(WordCategory.NAME_HEAD, w1) && !def
            && !t.segmentations().stream().allMatch(Segmentation::isWholeWord));
        if (!fits) {
          break;
        }
        allIndefinite &= !def;
        end++;
      }
      if (firstKnown && end == j + 1 || end == j + 1 && is(WordCategory.NAME_HEAD, w1)) {
        return null; // a one-word known place stays the gazetteer's; "تل" alone names nothing
      }
      return new Name(end, cut);
    }

    /**
     * Whether the place noun at token {@code k} follows a preposition, attached ("بمحلية") or
     * before it ("في محلية"): "في محلية كاس" (in the locality of Kas) is a place, "مصادر محلية
     * أفادت" (local sources said) an adjective ({@link Rule#NOUN_NAME}, PREPOSITION_NOUN words).
     */
    private boolean nounAfterPreposition(int k) {
      if (k < 0 || k >= tokens.size()) {
        return false;
      }
      Token noun = tokens.get(k);
      List<Segmentation> sAll = noun.segmentations();
      for (int sK = 0; sK < sAll.size(); sK++) {
        Segmentation s = sAll.get(sK);
        if (!s.definite() && (s.preposition().equals("ب") || s.preposition().equals("ل"))
            && nouns.of(s.stem()).isPresent()) {
          return true;
        }
      }
      Token before = k > 0 ? tokens.get(k - 1) : null;
      return before != null && before.is(Token.Type.ARABIC) && Gazetteer.PREPOSITION_WORDS.contains(before.text());
    }

    /** Whether {@code w} (a token's text from the name start) may begin a name after the noun. */
    private boolean nameStart(Token t, String w, PlaceNouns.Noun noun, boolean construct,
        boolean listed, int j) {
      boolean afterPreposition = nounAfterPreposition(j - 1);
      if (t.is(Token.Type.ARABIC) && is(WordCategory.DAY_NAME_NOUN, noun.noun()) && is(WordCategory.WEEKDAY, w)) {
        return true; // WEEKDAY_MARKET: "بلدة سوق الإثنين", a market town named after its day
      }
      if (t.is(Token.Type.ARABIC) && is(WordCategory.NUMBER_WORD, w) && !is(WordCategory.PLURAL_NAME_NOUN, noun.noun())) {
        return false; // NUMBER_WORD: "منطقة الستة أمتار" (the six-metre zone); "شارع الستين" is a street
      }
      if (!t.is(Token.Type.ARABIC) || w.length() < MIN_NAME_LETTERS && !is(WordCategory.NAME_HEAD, w)
          || notName.test(t) && !is(WordCategory.NAME_HEAD, w)
          || nouns.at(t).isPresent() || isAny(w, WordCategory.ENDS_NAME, WordCategory.NOT_A_NAME,
              WordCategory.INSTITUTION, WordCategory.TIME, WordCategory.PREPOSITION)) {
        return false;
      }
      // "باب" (gate) is a name head, not ب + "آب" (August)
      List<Segmentation> sAll = is(WordCategory.NAME_HEAD, w) ? List.<Segmentation>of() : t.segmentations();
      for (int sK = 0; sK < sAll.size(); sK++) {
        Segmentation s = sAll.get(sK);
        if (!s.preposition().isEmpty() && (compass.test(s.stem()) || isAny(s.stem(), WordCategory.values()))) {
          return false; // "منطقة بغرب سيناء": a preposition and a compass word, no name
        }
      }
      if (possessive(w)) {
        return false; // "جيراننا" (our neighbours): a pronoun suffix, no name
      }
      if (w.startsWith(ARTICLE) && nouns.of(w.substring(ARTICLE.length())).filter(PlaceNouns.Noun::plural).isPresent()) {
        return false; // "في بعض المناطق الحراجية" (in some wooded areas): a plural place noun names no place
      }
      boolean definite = w.startsWith(ARTICLE) && w.length() > ARTICLE.length() + 1;
      if (noun.definiteName() && !definite && !is(WordCategory.NAME_HEAD, w) && !listed
          && !(is(WordCategory.PREPOSITION_NOUN, noun.noun()) && afterPreposition)) {
        return false; // "محلة باب لكش": a name head opens a compound after a definite-only noun
      }
      if (w.length() > 4 && w.endsWith("ي") && !definite && noun.kind() == PlaceKind.SITE) {
        return false; // a nisba adjective: "معبر حدودي", "سوق شعبي"; "منطقة المعادي" is a name
      }
      if (definite && (w.endsWith("ين") || w.endsWith("ات")) && !is(WordCategory.PLURAL_NAME_NOUN, noun.noun())) {
        return false; // a plural: "مناطق المسلحين", "منطقة العمليات"; PLURAL_NAME: "حي المهندسين"
      }
      // a feminine noun (and a plural) agrees with an indefinite adjective in ة: "منطقة عازلة",
      // "بلدة حدودية", "قرى نائية"
      boolean feminine = noun.noun().endsWith("ه") || noun.plural();
      // "منطقة بوزعرورة", "بلدة بوسعادة": the Maghrebi بو- of a name, which no adjective in ة opens
      boolean maghrebiBou = w.startsWith(MAGHREBI_BOU) && w.length() >= MIN_BOU_NAME_LETTERS && !w.endsWith("يه");
      return definite || construct || listed || maghrebiBou || !(w.endsWith("يه") || feminine && w.endsWith("ه"));
    }

    /**
     * Whether an indefinite word may be the second word of an unknown name after an indefinite
     * first one ("دورون نايرا", "عيل بور"): it has a long vowel after its first letter and does
     * not end in the ت of a feminine verb; a bare three-consonant word is more often the verb of
     * the next clause ("قرية كوغوري سقط فيها", in the village of Kogouri there fell...).
     */
    private static boolean foreignSecondWord(String w) {
      if (w.endsWith("ت")) {
        return false;
      }
      for (int i = 1; i < w.length(); i++) {
        char c = w.charAt(i);
        if (c == 'ا' || c == 'و' || c == 'ي') {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether token {@code k} is a known place behind a clitic preposition, the mention
     * covering the token alone and less than all of it: "حي سريآب بكويتا" (the Sariab quarter
     * in Quetta) names سريآب, the quarter ends before the city it lies in ({@link
     * Rule#NOUN_NAME}).
     */
    private boolean knownAfterClitic(int k) {
      Mention m = at[k];
      Token t = tokens.get(k);
      return m != null && m.first() == k && m.end() == k + 1
          && m.entry().entryKind() == EntryKind.PLACE && m.span().length() < t.end() - t.start()
          && t.segmentations().stream().anyMatch(s -> !s.preposition().isEmpty() && s.conjunction().isEmpty());
    }

    /** Whether tokens {@code k} ("-") and {@code k + 1} continue the name without spaces. */
    private boolean hyphenJoined(int k) {
      return k + 1 < tokens.size() && tokens.get(k).hasText("-") && !tokens.get(k).spaceBefore()
          && !tokens.get(k + 1).spaceBefore() && tokens.get(k + 1).is(Token.Type.ARABIC)
          && at[k + 1] == null;
    }

    /** A definite nisba that may be part of a name: not a nationality, an adjective that ends it. */
    private boolean nisbaOfName(Token t, String w) {
      return withoutClitic(t) && !notName.test(t) && !isAny(w, WordCategory.ENDS_NAME,
          WordCategory.NOT_A_NAME, WordCategory.INSTITUTION_ADJECTIVE, WordCategory.TIME);
    }

    /** The word after a name head: any word without clitics that is not a function word. */
    private boolean nameTail(Token t, String w) {
      // "آيت بوكماز": a tail read as ب + a stem still continues the compound
      return w.length() >= 2 && !notName.test(t) && continuesWithoutClitic(t, compass)
          && !isAny(w, WordCategory.TIME, WordCategory.PREPOSITION, WordCategory.ENDS_NAME);
    }

    /** Whether a word continues the name: no clitic, not a common or time word, no nisba. */
    private boolean nextNameWord(Token t, String w) {
      return w.length() >= 2 && !notName.test(t) && !nouns.at(t).isPresent()
          && !isAny(w, WordCategory.NOT_A_NAME, WordCategory.TIME, WordCategory.INSTITUTION,
              WordCategory.PREPOSITION)
          && continuesWithoutClitic(t, compass)
          && !(w.endsWith("يه") || w.endsWith("ي") && w.startsWith(ARTICLE));
    }
  }

  /**
   * Whether the token's first reading has no clitic but the article; a bare ك is read as a
   * letter of the name ("كيري"), as the gazetteer does: ك "like" before a bare name is rare.
   */
  private static boolean withoutClitic(Token t) {
    Segmentation s0 = t.segmentations().get(0);
    return s0.isWholeWord() || s0.definite() && s0.prefixes().equals(ARTICLE)
        || !s0.definite() && s0.conjunction().isEmpty() && s0.preposition().equals("ك")
            && t.segmentations().stream().anyMatch(Segmentation::isWholeWord);
  }

  /**
   * Whether a word may continue a name as it stands: it has a reading without clitics, and no
   * reading with the article after a clitic (بالقرب), with و or ف (a coordination, "وبالا"), or
   * with a preposition before a word that bounds names ("بريف", in the countryside of).
   * "بختونخوا" continues "خيبر" though it could be read ب + ختونخوا.
   */
  private boolean continuesWithoutClitic(Token t, Predicate<String> compass) {
    if (withoutClitic(t)) {
      return true;
    }
    if (t.segmentations().stream().noneMatch(Segmentation::isWholeWord)) {
      return false;
    }
    List<Segmentation> xAll = t.segmentations();
    for (int xK = 0; xK < xAll.size(); xK++) {
      Segmentation x = xAll.get(xK);
      if (x.isWholeWord()) {
        continue;
      }
      if (x.definite() || !x.conjunction().isEmpty() || nouns.of(x.stem()).isPresent()
          || isAny(x.stem(), WordCategory.values()) || compass.test(x.stem())) {
        return false; // "سيناء بشمال البلاد": ب + a compass word
      }
    }
    return true;
  }

  /** A name read after a noun: the token after it, and whether an adjective cut it. */
  private record Name(int end, boolean cut) {}

  /**
   * A word read as ل or ب and an indefinite sound feminine plural ("لميليشيات", of militias;
   * "لقوات", of forces): the owner of the place after its noun, never its name.
   */
  private static boolean prepositionBeforePlural(Token t) {
    for (Segmentation s : t.segmentations()) {
      if ((s.preposition().equals("ل") || s.preposition().equals("ب")) && !s.definite()
          && s.stem().endsWith("ات") && s.stem().length() >= MIN_PLURAL_STEM_LETTERS) {
        return true;
      }
    }
    return false;
  }

  /** Shortest sound feminine plural read after ل or ب: "قوات" (forces). */
  private static final int MIN_PLURAL_STEM_LETTERS = 4;

  /** Where the place noun starts in its token, after the clitics: "بشارع" → "شارع". */
  private int nounStart(Token t) {
    List<Segmentation> sAll = t.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (!s.definite() && nouns.of(s.stem()).isPresent()) {
        return t.stemStart(s);
      }
    }
    return t.start();
  }
}
