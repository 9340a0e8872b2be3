package io.github.rasd.parsers.extract;

import io.github.rasd.model.Claim;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@value #RULE}: one statement that mixes reported and quoted clauses holds a claim per
 * kind. A second complement clause joined by و after a comma, outside quotation marks, whose
 * kind differs from the clause before it, is a claim of its own with the cue, the speaker and the
 * channel of the whole: "وأكد المتحدث أن الدورية تعرضت لكمين، وأن عناصرها "ردوا على مصادر
 * النيران بكثافة"" (the spokesman stressed that the patrol was ambushed, and that its men
 * "returned fire heavily") gives a reported claim and a quote; so "قال إن "..."، وإن ..." and
 * "أشار إلى أن ...، وأنهم "..."". The complementizer is أن or إن, with a pronoun or not (وأنه،
 * وإنها، وأنهم). Clauses of one kind stay one claim ("أن ...، وأن ..." both reported), and so do
 * clauses joined without a comma ("أن تنهي الحرب وأن تعيد الإعمار", to end the war and to
 * rebuild); a part shorter than {@value #MIN_PART_WORDS} words stays with the one before it.
 *
 * <p>A clause is a quote when it opens with a quotation or with a short subject before one
 * ({@link PartialQuote}), reported speech otherwise. No words of its own: the complementizers are
 * the COMPLEMENTIZER words of {@code function-words.tsv}. Immutable and thread-safe.
 */
final class ContentParts {

  static final String RULE = "claims/coordinated-content";

  /** Fewest words a part must hold to stand as a claim of its own. */
  static final int MIN_PART_WORDS = 3;

  private final Words words;

  ContentParts(Words words) {
    this.words = words;
  }

  /** The claims {@code c} holds, in text order: {@code c} alone when it is one statement. */
  List<ClaimExtractor.Found> parts(Doc doc, ClaimExtractor.Found c) {
    if (c.kind == Claim.Kind.ACCORDING_TO || c.contentEnd - c.contentFirst < 2 * MIN_PART_WORDS
        || wholeQuote(doc, c)) {
      return List.of(c);
    }
    List<int[]> spans = new ArrayList<>();
    List<Claim.Kind> kinds = new ArrayList<>();
    for (int[] span : clauses(doc, c.contentFirst, c.contentEnd)) {
      Claim.Kind kind = kindOf(doc, span[0], span[1]);
      if (!kinds.isEmpty() && kinds.get(kinds.size() - 1) == kind) {
        spans.get(spans.size() - 1)[1] = span[1]; // clauses of one kind stay one claim
      } else {
        spans.add(span);
        kinds.add(kind);
      }
    }
    if (spans.size() < 2) {
      return List.of(c);
    }
    List<ClaimExtractor.Found> out = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      ClaimExtractor.Found part = k == 0 ? c : c.copy();
      part.contentFirst = spans.get(k)[0];
      part.contentEnd = spans.get(k)[1];
      part.kind = kinds.get(k);
      if (opensQuote(doc, part.contentFirst, part.contentEnd)) {
        int close = doc.quoteCloseOf(part.contentFirst); // "وأنهم "...": the words inside the marks
        part.contentFirst++;
        part.contentEnd = close;
      }
      part.rules.remove(PartialQuote.RULE);
      if (PartialQuote.at(doc, part.contentFirst, part.contentEnd)) {
        part.rules.add(PartialQuote.RULE);
      }
      part.rules.add(RULE);
      out.add(part);
    }
    return out;
  }

  /** A quote when the words open with a quotation or a short subject before one, else reported. */
  private static Claim.Kind kindOf(Doc doc, int first, int end) {
    return PartialQuote.at(doc, first, end) || opensQuote(doc, first, end) ? Claim.Kind.DIRECT_QUOTE
        : Claim.Kind.REPORTED_SPEECH;
  }

  /** The content is the words between one pair of quotation marks. */
  private static boolean wholeQuote(Doc doc, ClaimExtractor.Found c) {
    return c.kind == Claim.Kind.DIRECT_QUOTE && c.contentFirst > 0 && doc.isQuote(c.contentFirst - 1)
        && doc.quoteCloseOf(c.contentFirst - 1) >= c.contentEnd;
  }

  /** The part opens with a quotation that runs to its end: "وأن "..."". */
  private static boolean opensQuote(Doc doc, int first, int end) {
    return doc.isQuote(first) && doc.quoteCloseOf(first) >= end - 1
        && doc.quoteCloseOf(first) - first - 1 >= PartialQuote.MIN_WORDS;
  }

  /** The clauses of a content, split at "، وأن" outside quotation marks. */
  private List<int[]> clauses(Doc doc, int first, int end) {
    List<int[]> spans = new ArrayList<>();
    int start = first;
    for (int i = first; i + 1 < end; i++) {
      if (doc.isQuote(i) && doc.quoteCloseOf(i) > i) {
        i = doc.quoteCloseOf(i); // a comma inside the quoted words is the speaker's own
        continue;
      }
      if (doc.isPunct(i, "،", ",") && joinedComplementizer(doc, i + 1)
          && i - start >= MIN_PART_WORDS && end - (i + 2) >= MIN_PART_WORDS) {
        spans.add(new int[] {start, i});
        start = i + 2;
      }
    }
    spans.add(new int[] {start, end});
    return spans;
  }

  /** وأن، وإنه...: a complementizer with the conjunction و glued to it. */
  private boolean joinedComplementizer(Doc doc, int k) {
    var t = doc.tokens.get(k);
    if (!words.is(t, Words.Category.COMPLEMENTIZER)) {
      return false;
    }
    for (var seg : t.segmentations()) {
      if (seg.conjunction().equals("و") && seg.preposition().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
