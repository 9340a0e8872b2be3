package io.github.rasd.parsers.knowledge;

import io.github.rasd.model.PlaceKind;
import io.github.rasd.parsers.internal.DataFile;
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
  static final int COLUMNS = 6;

  /**
   * One place noun.
   *
   * @param noun the normalized singular noun
   * @param kind the kind of place it names
   * @param includesNoun whether the place's name includes the noun ("شارع مكة")
   * @param definiteName whether only a definite name follows it as a name ("جبل الشعانبي")
   * @param plural whether this form is a plural or dual that introduces a list ("قرى")
   */
  public record Noun(String noun, PlaceKind kind, boolean includesNoun, boolean definiteName,
      boolean plural) {}

  private final Map<String, Noun> byForm;
  /** The hamza seat (أ or إ) a form's listed spelling opens with, for the forms that open with one. */
  private final Map<String, Character> hamzaOf;

  private PlaceNouns(Map<String, Noun> byForm, Map<String, Character> hamzaOf) {
    this.byForm = Map.copyOf(byForm);
    this.hamzaOf = Map.copyOf(hamzaOf);
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
    Map<String, Character> hamza = new HashMap<>();
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
      boolean includes = yes(r, 2, "yes", "no");
      boolean definite = yes(r, 3, "definite", "any");
      forms.put(noun, new Noun(noun, kind, includes, definite, false));
      seat(r.field(0), noun, hamza);
      if (!r.field(4).equals("-")) {
        for (String p : r.field(4).split("\\|")) {
          forms.put(n.normalize(p.strip()), new Noun(noun, kind, includes, definite, true));
          seat(p.strip(), n.normalize(p.strip()), hamza);
        }
      }
    }
    return new PlaceNouns(forms, hamza);
  }

  private static void seat(String listed, String form, Map<String, Character> hamza) {
    if (!listed.isEmpty() && (listed.charAt(0) == HAMZA_ABOVE || listed.charAt(0) == HAMZA_BELOW)) {
      hamza.put(form, listed.charAt(0));
    }
  }

  /** Alef with hamza above, "أحياء" (quarters). */
  private static final char HAMZA_ABOVE = '\u0623';
  /** Alef with hamza below, "إحياء" (revival). */
  private static final char HAMZA_BELOW = '\u0625';

  /**
   * Rule {@code places/hamza-spelling}: a word whose original spelling opens with the other
   * hamza seat than the place noun's is another word, though the normalizer folds both to ا:
   * "إحياء الذكرى الحادية والخمسين" (the commemoration of the fifty-first anniversary) is no
   * "أحياء" (quarters) and names no list of places. A word written without a hamza ("احياء")
   * is the noun.
   */
  private boolean otherHamza(Token t, Segmentation s) {
    Character listed = hamzaOf.get(s.stem());
    if (listed == null) {
      return false;
    }
    String o = t.span().text();
    // clitics are prefixes: the stem's first letter stands where the stem's letters start from the end
    int letters = 0;
    for (int k = o.length() - 1; k >= 0; k--) {
      char c = o.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
        continue; // harakat and tatweel, which the normalizer removes
      }
      if (++letters == s.stem().length()) {
        char first = c;
        return (first == HAMZA_ABOVE || first == HAMZA_BELOW) && first != listed;
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
