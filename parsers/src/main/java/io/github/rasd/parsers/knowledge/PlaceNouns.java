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

  private PlaceNouns(Map<String, Noun> byForm) {
    this.byForm = Lookup.map(byForm); // asked at almost every token
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
      if (!r.field(4).equals("-")) {
        for (String p : r.field(4).split("\\|")) {
          forms.put(n.normalize(p.strip()), new Noun(noun, kind, includes, definite, true));
        }
      }
    }
    return new PlaceNouns(forms);
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
        if (noun != null) {
          return Optional.of(noun);
        }
      }
    }
    return Optional.empty();
  }
}
