package io.github.rasd.parsers.extract;

import io.github.rasd.model.Claim;
import io.github.rasd.parsers.knowledge.TitleEntry;
import io.github.rasd.parsers.text.Token;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@value #RULE}: the speaker a continuation verb carries over is the latest one it agrees
 * with in gender. The titles decide whether a speaker's head word is a title. Immutable and
 * thread-safe.
 */
final class CarryAgreement {

  static final String RULE = "claims/carry-agreement";

  private final PhraseTable<TitleEntry> titles;
  /** How many sentences back a speaker may be carried over from. */
  private final int reach;

  CarryAgreement(PhraseTable<TitleEntry> titles, int reach) {
    this.titles = titles;
    this.reach = reach;
  }

  /**
   * {@value #RULE}: a continuation verb carries over the latest speaker it agrees with
   * in gender: "وقال الوزير ... . وقالت وزارة الصحة ... . وأضاف أن ..." (and he added that): the
   * minister, not the ministry. A verb is feminine with its ت or ة ("وأضافت"، "مضيفة"، "وتضيف"),
   * masculine singular without them; a speaker is feminine when its head word ends in ة and is a
   * title or no person's name ("المتحدثة"، "الوزارة"; not "أسامة"), masculine when it is a title
   * without ة ("الوزير"); any other pair agrees. Looks back {@code reach}
   * sentences; empty when no earlier speaker agrees.
   */
  Optional<ClaimExtractor.Found> speaker(Doc doc, PhraseTable.Hit<ClaimCue> h, List<ClaimExtractor.Found> previous) {
    Token verb = doc.tokens.get(h.first());
    String v = verb.segmentations().get(0).stem();
    if (v.endsWith("وا") || v.endsWith("ون") || v.endsWith("ين") || v.endsWith("ن")) {
      return Optional.empty(); // a plural: no decision
    }
    String raw = doc.span(h.first(), h.first() + 1).text();
    boolean feminine = v.endsWith("ت") || raw.endsWith("ة")
        || v.startsWith("ت") && !v.endsWith("ا");
    int here = doc.sentenceOf(h.first());
    for (int k = previous.size() - 1; k >= 0; k--) {
      ClaimExtractor.Found p = previous.get(k);
      if (here - p.sentence > reach) {
        break;
      }
      if (p.speakerText == null || p.speakerFirst < 0) {
        continue;
      }
      String head = doc.span(p.speakerFirst, p.speakerFirst + 1).text();
      boolean title = titles.at(doc, p.speakerFirst).isPresent();
      boolean fem = head.endsWith("ة") && (title || p.speakerKind != Claim.Speaker.Kind.PERSON);
      boolean masc = title && !head.endsWith("ة");
      if (feminine ? !masc : !fem) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
