package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.GroupEntry;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule {@value #RULE}: a possessive pronoun on a size or unit noun refers only to a group of
 * its gender. "ورغم عودة طالبان إلى السلطة، لا يزال الفرع الإقليمي للتنظيم يشكل التهديد الأكبر.
 * ويقدر فريق المراقبة عدد عناصره بما بين أربعة آلاف وستة آلاف" (despite the Taliban's return to
 * power, the organisation's regional branch remains the main threat; the monitoring team puts
 * the number of its elements at four to six thousand): "عناصره" (its elements, masculine) is the
 * organisation's (تنظيم, masculine), not the Taliban's (حركة, feminine), though the Taliban are
 * named first. The gender of a group comes from the head noun of its mention or of its name in
 * the knowledge base ("حركة طالبان"); a group whose name has no head noun ("داعش") agrees with
 * every pronoun, as does a plural pronoun ("عديدهم"). Its words are in {@code
 * pronoun-agreement.tsv}. Immutable and thread-safe.
 */
final class PronounAgreement {

  /** The rule's name, written into the provenance of the estimates whose group it chose. */
  static final String RULE = "forces/pronoun-agreement";

  /** A gender of the table: masculine, feminine (or a plural of things), human plural. */
  enum Gender { M, F, P }

  private final List<String> suffixes = new ArrayList<>(); // longest first
  private final Map<String, Gender> suffixGender = new HashMap<>();
  private final Map<String, Gender> heads = new HashMap<>();

  private PronounAgreement() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    for (DataFile.Line r : DataFile.read(PronounAgreement.class, "pronoun-agreement.tsv")) {
      String word = n.normalize(r.field(1).strip());
      Gender g;
      try {
        g = Gender.valueOf(r.field(2));
      } catch (IllegalArgumentException e) {
        throw r.error("column 3: '" + r.field(2) + "' is not M, F or P");
      }
      switch (r.field(0)) {
        case "SUFFIX" -> {
          suffixes.add(word);
          suffixGender.put(word, g);
        }
        case "HEAD" -> heads.put(word, g);
        default -> throw r.error("column 1: '" + r.field(0) + "' is not SUFFIX or HEAD");
      }
    }
    suffixes.sort((a, b) -> b.length() - a.length());
  }

  /** The bundled table, loaded once. */
  static PronounAgreement bundled() {
    return Holder.BUNDLED;
  }

  /** The gender of the possessive pronoun at the end of token {@code t}, if one is there. */
  Optional<Gender> pronoun(Token t) {
    String w = t.segmentations().get(0).stem();
    for (String s : suffixes) {
      if (w.length() > s.length() + 1 && w.endsWith(s)) {
        return Optional.of(suffixGender.get(s));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a pronoun of {@code pronoun} may refer to the group mentioned at token {@code i} of
   * {@code doc}, {@code group} being the mention the reference resolves to.
   */
  boolean agrees(Gender pronoun, Doc doc, int i, Doc.Mention group) {
    if (pronoun == Gender.P) {
      return true;
    }
    Optional<Gender> g = gender(doc, i, group);
    return g.isEmpty() || g.get() == pronoun || g.get() == Gender.P && pronoun == Gender.F;
  }

  /**
   * The gender of the group referred to at {@code i}: its head noun there or right before its
   * name ("تنظيم "المرابطون""), else the one gender of the head nouns of its names in the
   * knowledge base ("حركة طالبان"); none when its names disagree ("جماعة المرابطون", "تنظيم
   * المرابطون").
   */
  private Optional<Gender> gender(Doc doc, int i, Doc.Mention group) {
    boolean named = doc.mentionOfKind(i, EntryKind.GROUP);
    int at = named ? doc.mentionAt(i).orElseThrow().first() : i;
    Optional<Gender> here = head(doc.tokens.get(at));
    for (int k = at - 1; here.isEmpty() && named && k >= Math.max(0, at - 2); k--) {
      here = head(doc.tokens.get(k)); // the head noun before a quoted name
      if (!doc.isPunct(k, "\"", "«", "“")) {
        break;
      }
    }
    if (here.isPresent()) {
      return here;
    }
    Gender one = null;
    List<String> names = new ArrayList<>(group.entry() instanceof GroupEntry g ? g.aliases() : List.of());
    names.add(group.entry().name());
    for (String name : names) {
      String first = ArabicNormalizer.standard().normalize(name).split(" ")[0];
      Gender g = heads.get(first.startsWith("ال") ? first.substring(2) : first);
      if (g != null && one != null && g != one) {
        return Optional.empty();
      }
      one = g == null ? one : g;
    }
    return Optional.ofNullable(one);
  }

  private Optional<Gender> head(Token t) {
    for (var s : t.segmentations()) {
      Gender g = heads.get(s.stem());
      if (g != null) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  private static final class Holder {
    static final PronounAgreement BUNDLED = new PronounAgreement();
  }
}
