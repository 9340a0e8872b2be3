package io.github.rasd.parsers.knowledge;

import io.github.rasd.model.PlaceKind;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.internal.Lookup;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of place nouns ({@code place-nouns.tsv}): "قرية" (village), "ولاية"
 * (governorate), "شارع" (street)... with the kind of place each names. The gazetteer ranks a
 * known name's candidates by it ("ولاية القصرين" prefers the governorate); {@link PlaceRules}
 * reads the unknown name after it. Loaded once; immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlaceNouns {

  static final String FILE = "place-nouns.tsv";
  /** Columns of {@value #FILE}: noun, kind, includes, name, plurals, gloss. */
  /**
   * The value of the includes column for a noun that the mention includes and the name does not:
   * "حي أبو شوك" names the quarter أبو شوك (places/named-after-noun).
   */
  static final String INCLUDES_MENTION = "mention";
  static final int COLUMNS = 6;

  /**
   * One place noun.
   *
   * @param noun the normalized singular noun
   * @param kind the kind of place it names
   * @param includesNoun whether the place's mention includes the noun ("شارع مكة")
   * @param definiteName whether only a definite name follows it as a name ("جبل الشعانبي")
   * @param plural whether this form is a plural or dual that introduces a list ("قرى")
   * @param namedAfterNoun whether the mention includes the noun but the place is named by the
   *     name after it ({@code includes} "mention"): "حي أبو شوك" (the Abu Shouk quarter) is the
   *     quarter أبو شوك, its mention "حي أبو شوك"
   */
  public record Noun(String noun, PlaceKind kind, boolean includesNoun, boolean definiteName,
      boolean plural, boolean namedAfterNoun) {}

  private final Map<String, Noun> byForm;
  /** Each form's listed spelling, its harakat removed, as the hamza test reads it. */
  private final Map<String, String> spellingOf;

  private PlaceNouns(Map<String, Noun> byForm, Map<String, String> spellingOf) {
    this.byForm = Lookup.map(byForm); // asked at almost every token
    this.spellingOf = Lookup.map(spellingOf);
  }

  private static final class Holder {
    static final PlaceNouns BUNDLED = load();
  }

  /**
   * The bundled table.
   *
   * @return the place nouns of {@value #FILE}
   */
  public static PlaceNouns bundled() {
    return Holder.BUNDLED;
  }

  private static PlaceNouns load() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Map<String, Noun> forms = new HashMap<>();
    Map<String, String> hamza = new HashMap<>();
    for (DataFile.Line r : DataFile.read(PlaceNouns.class, FILE)) {
      if (r.fields().size() != COLUMNS) {
        throw r.error("expected " + COLUMNS + " tab-separated columns");
      }
      String noun = n.normalize(r.field(0));
      PlaceKind kind;
      try {
        kind = PlaceKind.valueOf(r.field(1));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown place kind " + r.field(1));
      }
      String inclusion = r.field(2);
      if (!inclusion.equals(INCLUDES_MENTION) && !inclusion.equals("yes") && !inclusion.equals("no")) {
        throw r.error("column 3 must be yes, no or " + INCLUDES_MENTION);
      }
      boolean namedAfter = inclusion.equals(INCLUDES_MENTION);
      boolean includes = namedAfter || inclusion.equals("yes");
      boolean definite = yes(r, 3, "definite", "any");
      forms.put(noun, new Noun(noun, kind, includes, definite, false, namedAfter));
      seat(r.field(0), noun, hamza);
      if (!r.field(4).equals("-")) {
        for (String p : r.field(4).split("\\|")) {
          forms.put(n.normalize(p.strip()), new Noun(noun, kind, includes, definite, true, namedAfter));
          seat(p.strip(), n.normalize(p.strip()), hamza);
        }
      }
    }
    return new PlaceNouns(forms, hamza);
  }

  private static void seat(String listed, String form, Map<String, String> spelling) {
    String letters = letters(listed);
    if (letters.length() == form.length()) {
      spelling.put(form, letters);
    }
  }

  /** {@code s} without harakat and tatweel, which the normalizer removes. */
  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.getType(c) != Character.NON_SPACING_MARK && c != TATWEEL) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static final char TATWEEL = '\u0640';
  /** Bare alef. */
  private static final char ALEF = '\u0627';

  /** Alef with hamza above, "أحياء" (quarters). */
  private static final char HAMZA_ABOVE = '\u0623';
  /** Alef with hamza below, "إحياء" (revival). */
  private static final char HAMZA_BELOW = '\u0625';

  /**
   * Rule {@code places/hamza-spelling}: a word whose original spelling writes a hamza on an alef
   * where the place noun has none, or the other seat than the noun's, is another word, though
   * the normalizer folds them all to ا: "إحياء الذكرى الحادية والخمسين" (the commemoration of
   * the fifty-first anniversary) is no "أحياء" (quarters), "وأدى الممثل دوره" (and the actor
   * played his part) no "وادي" (valley). A word written without a hamza ("احياء") is the noun.
   */
  private boolean otherHamza(Token t, Segmentation s) {
    String listed = spellingOf.get(s.stem());
    if (listed == null) {
      return false;
    }
    String o = letters(t.span().text());
    int from = o.length() - listed.length(); // clitics are prefixes: the stem ends the word
    if (from < 0) {
      return false;
    }
    for (int k = 0; k < listed.length(); k++) {
      char want = listed.charAt(k);
      char got = o.charAt(from + k);
      boolean hamza = got == HAMZA_ABOVE || got == HAMZA_BELOW;
      if (hamza && (want == ALEF || (want == HAMZA_ABOVE || want == HAMZA_BELOW) && want != got)) {
        return true;
      }
    }
    return false;
  }

  private static boolean yes(DataFile.Line r, int column, String yes, String no) {
    String v = r.field(column);
    if (!v.equals(yes) && !v.equals(no)) {
      throw r.error("column " + (column + 1) + " must be " + yes + " or " + no);
    }
    return v.equals(yes);
  }

  /**
   * The noun a normalized word form is, if any.
   *
   * @param form a normalized word without clitics
   * @return the noun
   */
  public Optional<Noun> of(String form) {
    return Optional.ofNullable(byForm.get(form));
  }

  /**
   * The place noun a token is, clitics stripped, in the indefinite (construct) state: "بقرية"
   * and "وقرى" are place nouns, "القرية" (the village) is not, it names no place after it.
   *
   * @param t a token
   * @return the noun
   */
  public Optional<Noun> at(Token t) {
    List<Segmentation> sAll = t.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (!s.definite()) {
        Noun noun = byForm.get(s.stem());
        if (noun != null && !otherHamza(t, s)) {
          return Optional.of(noun);
        }
      }
    }
    return Optional.empty();
  }
}
