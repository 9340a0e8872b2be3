package io.github.rasd.parsers.extract;

import io.github.rasd.model.Count;
import io.github.rasd.model.ImmutableCount;
import io.github.rasd.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A figure a force estimate may rest on: one quantity of the number parser, or two joined into a
 * range by {@link RangeJoin}, at tokens {@code [first, end)}. Immutable.
 *
 * @param first the first token
 * @param end the token after the last
 * @param count the bounds, hedge and text
 * @param noun the counted noun, when one follows the figure
 * @param vague true when the text gives no figure ("عدد من" a number of, "آلاف" thousands)
 * @param rules the rules that made or changed the figure
 */
record ForceFigure(int first, int end, Count count, Optional<Span> noun, boolean vague, List<String> rules) {

  /** The figure of one parsed quantity. */
  static ForceFigure of(Layers.Q q) {
    Count c = q.quantity().toCount();
    boolean vague = q.quantity().value().isEmpty() || c.min().isEmpty() && c.max().isEmpty(); // "عدد من", "نصف"
    return new ForceFigure(q.first(), q.end(), c, q.quantity().countedNoun(), vague, List.of());
  }

  /** The first year a bare four-digit figure is read as ({@link #isYear}). */
  static final long FIRST_YEAR = 1900;
  /** The last year a bare four-digit figure is read as when the publication date is unknown. */
  static final long LAST_YEAR = 2100;

  /**
   * A bare exact number of four digits, from {@link #FIRST_YEAR} to the year after publication,
   * with no counted noun: a year written after a noun ("تقديرات 2019", the estimates of 2019),
   * which the rules that take a figure without a unit ({@code forces/earlier-size}, {@code
   * forces/coordinated-figure}) leave alone.
   */
  boolean isYear(Doc doc) {
    if (noun.isPresent() || count.approximate() || count.qualifier() != Count.Qualifier.EXACT
        || count.min().isEmpty()) {
      return false;
    }
    String text = count.text().strip();
    long v = count.min().get();
    long last = doc.article.published().map(d -> (long) d.getYear() + 1).orElse(LAST_YEAR);
    return text.length() == 4 && text.chars().allMatch(Character::isDigit) && v >= FIRST_YEAR && v <= last;
  }

  Span span() {
    return count.span().orElseThrow();
  }

  /** This figure marked approximate by {@code rule}. */
  ForceFigure hedged(String rule) {
    List<String> r = new ArrayList<>(rules);
    r.add(rule);
    Count c = ImmutableCount.copyOf(count).withApproximate(true)
        .withQualifier(count.qualifier() == Count.Qualifier.EXACT ? Count.Qualifier.ABOUT : count.qualifier());
    return new ForceFigure(first, end, c, noun, vague, List.copyOf(r));
  }

  /** This range with its bounds as stated, not hedged: rule {@code rule}. */
  ForceFigure plainRange(String rule) {
    List<String> r = new ArrayList<>(rules);
    r.add(rule);
    return new ForceFigure(first, end, ImmutableCount.copyOf(count).withApproximate(false), noun, vague, List.copyOf(r));
  }

  /**
   * This exact figure made a bound by {@code rule}: {@code MORE_THAN} n is n+1.., {@code
   * AT_LEAST} n is n.., {@code AT_MOST} n is ..n; a bound is approximate.
   */
  ForceFigure bounded(Count.Qualifier bound, String rule) {
    long v = count.min().orElseThrow();
    List<String> r = new ArrayList<>(rules);
    r.add(rule);
    ImmutableCount.Builder c = ImmutableCount.builder().from(count).approximate(true).qualifier(bound);
    switch (bound) {
      case MORE_THAN -> c.min(v + 1).max(Optional.empty());
      case AT_LEAST -> c.min(v).max(Optional.empty());
      case AT_MOST -> c.min(Optional.empty()).max(v);
      default -> throw new IllegalArgumentException(bound + " is not a bound");
    }
    return new ForceFigure(first, end, c.build(), noun, vague, List.copyOf(r));
  }

  /**
   * Rule {@code forces/range-join}: two figures joined by "إلى" (to) or "و" (and) after "بين" /
   * "ما بين" / "من" (between, from) are one range, its low end the first: "ما بين ثلاثة آلاف
   * وخمسمئة إلى خمسة آلاف مقاتل" (between three thousand five hundred and five thousand
   * fighters) is 3,500..5,000, not 5,000 alone. A bare low end takes the scale of the high one
   * ("من 5 إلى 7 آلاف": 5,000..7,000), in the ranges the number parser reads itself too ("بين 20
   * و31.5 ألف": 20,000..31,500); others ("بين 5 و7 آلاف") come through unchanged. A hedged low
   * end needs no "بين": "ما يقرب من 7000 إلى 9000", nor does a low end glued to the ب of an
   * estimate: "يقدر عددهم بألفين إلى أربعة آلاف" (they are put at two to four thousand). No range where the low end is not below the
   * high one: "تراجع من 30 ألفا إلى أقل من 10 آلاف" is a fall, two figures; nor after a verb of
   * change ({@link #changedFrom}): "ارتفع عددهم من ألفين إلى خمسة آلاف" (they rose from two
   * thousand to five thousand) is two sizes, read by {@code forces/changed-size}.
   */
  static final class RangeJoin extends ForceRules.Rule {
    /** Words that open a range before its low end. */
    private static final Set<String> OPENERS = Set.of("بين", "من");
    /** Words that stand between the two ends when the second does not carry "و". */
    private static final Set<String> LINKS = Set.of("الي", "حتي");

    RangeJoin() {
      super("forces/range-join");
    }

    List<ForceFigure> apply(Doc doc, List<Layers.Q> quantities, ForceLexicon lexicon) {
      List<ForceFigure> out = new ArrayList<>();
      for (int k = 0; k < quantities.size(); k++) {
        Layers.Q a = quantities.get(k);
        if (k + 1 < quantities.size() && (opensRange(doc, a) || hedgedLowEnd(doc, a, quantities.get(k + 1))
            || estimatedAt(doc, a, quantities.get(k + 1)))
            && a.quantity().value().isPresent() && changedFrom(doc, a.first(), lexicon) < 0) {
          Layers.Q b = quantities.get(k + 1);
          boolean linked = b.first() == a.end() + 1 && isLink(doc, a.end())
              || b.first() == a.end() && startsWithWaw(doc, b.first());
          boolean plainHighEnd = b.quantity().qualifier() == Count.Qualifier.EXACT
              || b.quantity().qualifier() == Count.Qualifier.ABOUT;
          if (linked && plainHighEnd && b.quantity().value().isPresent() && a.quantity().min().isPresent()
              && b.quantity().max().isPresent()) {
            // "تراجع من عشرة آلاف إلى نحو ثلاثة آلاف" (fell from 10,000 to about 3,000) is a change,
            // not a range: no range where the low end is not below the high one
            Optional<ForceFigure> joined = join(doc, a, b);
            if (joined.isPresent()) {
              out.add(joined.get());
              k++;
              continue;
            }
          }
        }
        out.add(scaled(doc, a, lexicon));
      }
      return out;
    }

    /** The rule that reads a change of size ({@link ForceRules.ChangedSize}). */
    static final String CHANGED_SIZE = "forces/changed-size";

    /** How far before "من" (from) a verb of change may stand, in tokens ("انخفض عدد مقاتلي الحركة من"). */
    static final int CHANGE_REACH = 8;

    /**
     * The token of the verb of change ({@code CHANGE_VERB} rows: "انخفض" fell, "ارتفع" rose)
     * that governs a figure at {@code first} after "من" (from), at most {@link #CHANGE_REACH}
     * tokens before, in its sentence; -1 when none does: "تراجع عدد مقاتلي الحركة من عشرة آلاف
     * إلى ثلاثة آلاف" (the movement's fighters fell from ten thousand to three thousand).
     */
    static int changedFrom(Doc doc, int first, ForceLexicon lexicon) {
      int from = doc.tokens.get(first).hasText("من") ? first : first - 1; // "من" read into a range
      if (from < 0 || !doc.tokens.get(from).hasText("من")) {
        return -1;
      }
      int start = doc.sentence(doc.sentenceOf(first)).firstToken();
      for (int k = from - 1; k >= Math.max(start, from - CHANGE_REACH); k--) {
        if (lexicon.table(ForceLexicon.Role.CHANGE_VERB).at(doc, k).isPresent()) {
          return k;
        }
      }
      return -1;
    }

    /**
     * "يقدر عدد مقاتليها بألفين إلى أربعة آلاف" (its fighters are put at two to four thousand): a
     * low end glued to the ب of an estimate, then "إلى".
     */
    private static boolean estimatedAt(Doc doc, Layers.Q a, Layers.Q b) {
      return doc.tokens.get(a.first()).segmentations().get(0).preposition().equals("ب")
          && b.first() == a.end() + 1 && isLink(doc, a.end());
    }

    /** "ما يقرب من 7000 إلى 9000": a hedged low end, then "إلى". */
    private static boolean hedgedLowEnd(Doc doc, Layers.Q a, Layers.Q b) {
      return a.quantity().qualifier() == Count.Qualifier.ABOUT && b.first() == a.end() + 1 && isLink(doc, a.end());
    }

    /**
     * A range the parser read whose low end lacks the scale of the high one: "بين 20 و31.5 ألف"
     * (between 20 and 31.5 thousand) is 20,000..31,500.
     */
    private ForceFigure scaled(Doc doc, Layers.Q a, ForceLexicon lexicon) {
      ForceFigure f = ForceFigure.of(a);
      Count c = f.count();
      if (c.qualifier() != Count.Qualifier.RANGE || c.min().isEmpty() || c.max().isEmpty()) {
        return f;
      }
      if (changedFrom(doc, a.first(), lexicon) >= 0) {
        // "ارتفع عددهم من ألفين إلى خمسة آلاف", read by the parser as one range: two sizes, the
        // later one the figure (rule forces/changed-size reads the pairs the parser leaves apart)
        Count later = ImmutableCount.copyOf(c).withMin(c.max().get()).withApproximate(false)
            .withQualifier(Count.Qualifier.EXACT);
        return new ForceFigure(f.first(), f.end(), later, f.noun(), f.vague(), List.of(CHANGED_SIZE));
      }
      long lo = c.min().get();
      long hi = c.max().get();
      long scale = scaleOf(hi);
      if (scale >= 1000 && lo < 1000 && lo * scale <= hi && lo * scale * 10 > hi) {
        Count fixed = ImmutableCount.copyOf(c).withMin(lo * scale);
        return new ForceFigure(f.first(), f.end(), fixed, f.noun(), f.vague(), List.of(name()));
      }
      return f;
    }

    private static boolean opensRange(Doc doc, Layers.Q a) {
      if (a.quantity().qualifier() == Count.Qualifier.RANGE) {
        return true; // "بين ثلاثة آلاف وخمسمئة" read as a range of its own: see join
      }
      int before = a.first() - 1;
      if (before < 0) {
        return false;
      }
      var seg = doc.tokens.get(before).segmentations().get(0);
      return OPENERS.contains(seg.stem()) || OPENERS.contains(doc.tokens.get(before).text());
    }

    /** "إلى" or "حتى" (to, up to) at token {@code i}. */
    static boolean isLink(Doc doc, int i) {
      return i < doc.tokens.size() && LINKS.contains(doc.tokens.get(i).text());
    }

    private static boolean startsWithWaw(Doc doc, int i) {
      return doc.tokens.get(i).segmentations().get(0).conjunction().equals("و");
    }

    /** The largest power of 1000 not above {@code x}, 1 below 1000. */
    private static long scaleOf(long x) {
      long scale = 1;
      while (scale * 1000 <= x) {
        scale *= 1000;
      }
      return scale;
    }

    /** The range from {@code a} to {@code b}; empty when its low end is not below its high end. */
    private Optional<ForceFigure> join(Doc doc, Layers.Q a, Layers.Q b) {
      long lo = a.quantity().min().get();
      long hi = b.quantity().max().get();
      if (a.quantity().qualifier() == Count.Qualifier.RANGE && a.quantity().max().isPresent()) {
        // "ما بين ثلاثة آلاف وخمسمئة إلى خمسة آلاف": the parser read the low end, a compound
        // number, as a range of its own (500..3000); before "إلى" it is their sum, 3500;
        // "ما بين عشرين ألفا إلى ...": read as 20..1000, the low end is their product, 20,000
        long x = a.quantity().max().get();
        if (lo < 1000 && x >= 1000 && x == scaleOf(x)) {
          lo = lo * x;
        } else if (lo < scaleOf(x)) {
          lo = lo + x;
        }
      }
      // "من 5 إلى 7 آلاف": the low end borrows the scale of the high one
      for (long scale = 1_000_000; scale >= 1000; scale /= 1000) {
        if (hi >= scale && lo < scale && lo * scale <= hi) {
          lo *= scale;
          break;
        }
      }
      if (lo >= hi) {
        return Optional.empty();
      }
      Span span = Span.of(doc.article.text(), a.quantity().span().start(), b.quantity().span().end());
      Count c = ImmutableCount.builder().min(lo).max(hi).approximate(true)
          .qualifier(Count.Qualifier.RANGE).text(span.text()).span(span).build();
      return Optional.of(new ForceFigure(a.first(), b.end(), c, b.quantity().countedNoun(), false, List.of(name())));
    }
  }
}
