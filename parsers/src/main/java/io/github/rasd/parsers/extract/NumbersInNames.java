package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rule {@value #RULE}, run by {@link Layers} for every extractor: a number that is part of a
 * name is no quantity. Two forms: a number inside the mention of a group, an organisation or an
 * outlet ("اشتباكات بين الجيش ومتمردي حركة إم 23", clashes between the army and the M23
 * rebels; "قناة 218"), and a figure in digits right after a definite noun of {@code
 * number-name-nouns.tsv} ("قائد الفرقة 25", the commander of the 25th Division; "اللواء 313",
 * Brigade 313; "القرار 2254", resolution 2254). Such a number counts no victims, no fighters and
 * no one in a claim; "مقتل 23 متمردا من حركة إم 23" (23 rebels of the M23 killed) keeps its
 * first figure. Immutable and thread-safe.
 */
final class NumbersInNames {

  /** The rule's name, written into the provenance of the records whose count it kept out. */
  static final String RULE = "quantities/number-in-name";

  /** The kinds of mention a number may be part of. */
  private static final Set<EntryKind> NAMED_BODIES =
      EnumSet.of(EntryKind.GROUP, EntryKind.ORGANIZATION, EntryKind.OUTLET);

  private final Set<String> nouns = new HashSet<>();

  private NumbersInNames() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    for (DataFile.Line r : DataFile.read(NumbersInNames.class, "number-name-nouns.tsv")) {
      nouns.add(n.normalize(r.field(0).strip()));
    }
  }

  /** The bundled table, loaded once. */
  static NumbersInNames bundled() {
    return Holder.BUNDLED;
  }

  /** Whether the quantity at tokens {@code [first, end)} of {@code doc} is part of a name. */
  boolean isName(Doc doc, int first, int end) {
    for (int i = first; i < end; i++) {
      Optional<Doc.Mention> m = doc.mentionAt(i);
      if (m.isPresent() && NAMED_BODIES.contains(m.get().kind())) {
        return true; // "حركة إم 23"
      }
    }
    return end == first + 1 && first > 0 && doc.tokens.get(first).is(Token.Type.NUMBER)
        && definiteNoun(doc.tokens.get(first - 1)); // "الفرقة 25"
  }

  private boolean definiteNoun(Token t) {
    for (Segmentation s : t.segmentations()) {
      if (s.definite() && nouns.contains(s.stem())) {
        return true;
      }
    }
    return false;
  }

  private static final class Holder {
    static final NumbersInNames BUNDLED = new NumbersInNames();
  }
}
