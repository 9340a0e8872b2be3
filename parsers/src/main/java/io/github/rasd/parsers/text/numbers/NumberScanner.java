package io.github.rasd.parsers.text.numbers;

import io.github.rasd.model.Count;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.internal.KeyedLists;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.TableMemo;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.numbers.NumberLexicon.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One left-to-right pass over the tokens of one text. At each token it tries, in order: a numeric
 * date (skipped), a dual noun, then [hedge] (range | number | vague quantity) [percent] [hedge]
 * [counted noun] [hedge]. Every attempt looks at a bounded number of tokens, so the pass is
 * linear in the input. Not thread-safe; {@link NumberParser} makes one per call.
 */
final class NumberScanner {

  /** Separators of digit groups of three: "1,700", "1.700", "1٬700", "1'700". */
  private static final Set<String> GROUP_SEPARATORS = Set.of(",", ".", "٬", "'");
  /** Decimal marks: the Arabic decimal separator, the point, and the Maghrebi comma ("2,5"). */
  private static final Set<String> DECIMAL_SEPARATORS = Set.of(".", ",", "٫");
  /** Separators of numeric dates: "1/4/2019", "01-04-2019", "1.4.2019". */
  private static final Set<String> DATE_SEPARATORS = Set.of("/", "-", ".");
  /** Dashes between the two days of a range of days: "3-5 أغسطس", "3 – 5 أغسطس". */
  private static final Set<String> DAY_RANGE_DASHES = Set.of("-", "\u2013", "\u2014");
  /** Minus signs glued before a figure: "-3.5" (hyphen-minus and U+2212 MINUS SIGN). */
  private static final Set<String> MINUS_SIGNS = Set.of("-", "\u2212");
  /** The slash of a written fraction: "3/4", "٣/٤". */
  private static final String FRACTION_SLASH = "/";
  /** Largest denominator of a written fraction ("3/4"); larger ones are ratios or references. */
  private static final int FRACTION_DENOMINATOR_MAX = 100;
  /** Digits kept when a written fraction does not end ("1/3" = 0.3333333333). */
  private static final java.math.MathContext FRACTION_PRECISION = new java.math.MathContext(10);
  /** How many words before a number a measure word (ارتفاع، مسافة) makes its "م" metres. */
  private static final int MEASURE_WINDOW = 4;
  /** The article written apart from a number, its tatweel removed: "الـ90" (the 90). */
  private static final String DETACHED_ARTICLE = "ال";
  /** The percent sign and the Arabic percent sign. */
  private static final Set<String> PERCENT_SIGNS = Set.of("%", "٪");
  /** Normalized spellings of "hundred" in the percent phrases بالمئة، في المائة. */
  private static final Set<String> HUNDRED_WORDS = Set.of("مئه", "مائه", "ميه");
  /** Normalized stems of the words for "year" that mark the number after them as a year. */
  private static final Set<String> YEAR_WORDS = Set.of("عام", "سنه");
  /** The era marks after a year: م (AD) and هـ (AH), هـ normalized without its tatweel. */
  private static final Set<String> ERA_MARKS = Set.of("م", "ه");
  /** Words that open a range of numbers: "بين 10 و20" (between 10 and 20), "من 10 إلى 20". */
  static final Set<String> RANGE_WORDS = Set.of("بين", "من");
  private static final long YEAR_MIN = 1900;
  private static final long YEAR_MAX = 2099;

  /** A number word found in a token, through one of its segmentations. */
  private record Hit(NumberLexicon.Word word, Segmentation seg) {
    Kind kind() {
      return word.kind();
    }

    boolean bare() {
      return seg.prefixes().isEmpty();
    }

    boolean conj() {
      return seg.prefixes().equals("و");
    }
  }

  /** A number without its hedges: tokens [start, end), and its value or vague bounds. */
  private static final class Core {
    int start;
    int end;
    BigDecimal value;
    Long vagueMin;
    Long vagueMax;
    Count.Qualifier vagueQualifier;
    boolean ordinal;
    boolean digits;
    Segmentation firstSeg;
    /** The scale word the figure was multiplied by ("15 ألف": 1000), or null. */
    BigDecimal scale;
  }

  private final NumberLexicon lex;
  private final TextView view;
  private final List<Token> tokens;
  private final Hit[] hits;
  /** Token index a number may not reach; lowered while a range is tried with a shorter start. */
  private int limit = Integer.MAX_VALUE;

  /** Whether {@link #scan} tries quantities only where {@link #mayStart} says one can begin. */
  private final boolean gated;

  NumberScanner(NumberLexicon lex, TextView view, List<Token> tokens) {
    this(lex, view, tokens, true);
  }

  /** The same; {@code gated} false tries every token (for the test that the gate loses nothing). */
  NumberScanner(NumberLexicon lex, TextView view, List<Token> tokens, boolean gated) {
    this.gated = gated;
    this.lex = lex;
    this.view = view;
    this.tokens = tokens;
    this.hits = new Hit[tokens.size()];
    for (int i = 0; i < hits.length; i++) {
      hits[i] = WORDS.of(lex, tokens.get(i)); // once per word form
    }
  }

  List<Quantity> scan() {
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (gated && !mayStart(i)) {
        i++;
        continue;
      }
      int dateEnd = numericDateEnd(i);
      if (dateEnd > i) {
        i = dateEnd;
        continue;
      }
      int next = matchAt(i, out);
      i = next > i ? next : i + 1;
    }
    return List.copyOf(out);
  }

  /**
   * Whether a quantity may begin at token {@code i}: digits (or و glued to them), a number word,
   * or a token one of whose analyses is a start word ({@link NumberLexicon#startWords}, which
   * holds {@link #RANGE_WORDS}). Most tokens pass none; the recognizers are tried at those that do.
   */
  private boolean mayStart(int i) {
    Token t = tok(i);
    if (t.type() == Token.Type.NUMBER || hits[i] != null || t.hasText("و") || isMinusAt(i)) {
      return true; // "و20": digits() reads the number after the glued conjunction; "-3.5"
    }
    if (t.type() != Token.Type.ARABIC) {
      return false;
    }
    return STARTS.of(lex, t);
  }

  /** Whether one of a word form's analyses is a start word ({@link #mayStart}), kept with the form. */
  private static final TableMemo<NumberLexicon, Boolean> STARTS =
      TableMemo.of((lex, t) -> t.analysisIn(lex.startWords) != null);

  // ---------------------------------------------------------------- one quantity

  /** Tries a quantity starting at token {@code i}; adds it to {@code out}; returns its end. */
  private int matchAt(int i, List<Quantity> out) {
    Quantity dual = dualNoun(i);
    if (dual != null) {
      out.add(dual);
      return endOfSpan(i, dual.span());
    }
    // [pre hedge]
    Count.Qualifier hedge = null;
    Segmentation hedgeSeg = null;
    int j = i;
    for (NumberLexicon.Hedge h : candidates(lex.preHedges, tok(i))) {
      Segmentation s = phraseAt(i, h.words());
      if (s != null) {
        hedge = h.qualifier();
        hedgeSeg = s;
        j = i + h.words().size();
        break;
      }
    }
    j = afterDetachedArticle(j);
    Core core = null;
    Core upper = null;
    // range: بين X و Y, من X إلى Y
    if (hedge == null && j < tokens.size() && bareText(j, "بين", "من")) {
      boolean between = tok(j).text().equals("بين");
      Core a = core(j + 1, false);
      // "بين ألفين وثلاثة آلاف" (between two and three thousand): if the greedy first number
      // ("ألفين وثلاثة", 2003) leaves no second one, cut it shorter
      // "بين سبعة آلاف واثني عشر ألف" (between 7,000 and 12,000): the greedy first number
      // (7,012) leaves "ألف" as a second one; prefer the longest cut whose bounds ascend
      for (int cut = a == null ? 0 : a.end; a != null && cut > a.start; cut--) {
        limit = cut;
        Core shorter = core(j + 1, false);
        limit = Integer.MAX_VALUE;
        Core b = shorter == null ? null : upperEnd(shorter, between);
        if (b != null) {
          boolean ascending = shorter.value.compareTo(b.value) < 0
              || shorter.scale == null && distributed(shorter.value, b) != null;
          if (core == null || ascending && !(core.value.compareTo(upper.value) < 0)) {
            core = shorter;
            upper = b;
            hedgeSeg = firstSeg(j);
          }
          if (ascending) {
            break;
          }
        }
      }
    }
    if (core == null) {
      core = core(j, hedge != null || j == i);
    }
    if (core == null) {
      return i;
    }
    int start = hedgeSeg != null ? i : core.start;
    Segmentation startSeg = hedgeSeg != null ? hedgeSeg : core.firstSeg;
    int k = upper != null ? upper.end : core.end;

    // [percent]
    boolean percent = false;
    if (k < tokens.size() && PERCENT_SIGNS.contains(tok(k).text())) {
      percent = true;
      k++;
    } else if (k < tokens.size() && percentWordAt(k) > k) {
      percent = true;
      k = percentWordAt(k);
    }
    // [post hedge] right after the number
    int[] post = postHedge(k);
    Count.Qualifier postQualifier = null;
    if (post[0] > k) {
      postQualifier = qualifierOfPost(k);
      k = post[0];
    }
    boolean date = !percent && isPartOfDate(start, core, upper, hedge);
    // [counted noun] [post hedge]
    Span noun = null;
    String nounStem = null;
    int spanEnd = k;
    if (!date && !percent && !core.ordinal) {
      int n = nounAt(k);
      if (n >= 0) {
        noun = tok(n).span();
        nounStem = nounStem(n);
        int[] after = postHedge(n + 1);
        if (after[0] > n + 1 && postQualifier == null) {
          postQualifier = qualifierOfPost(n + 1);
          spanEnd = after[0];
        }
      } else if (core.end == core.start + 1 && upper == null && hedge == null
          && hits[core.start] != null && hits[core.start].kind() == Kind.UNIT
          && core.value.intValue() == 1 && core.start > 0 && isNounToken(core.start - 1)) {
        // "مقاتل واحد" (one fighter): the noun comes first
        noun = tok(core.start - 1).span();
        nounStem = nounStem(core.start - 1);
      }
    }
    // bounds
    Count.Qualifier q = hedge != null ? hedge : postQualifier;
    BigDecimal figure = core.value;
    Long value = Quantity.asCount(core.value);
    Long min;
    Long max;
    boolean approximate;
    Count.Qualifier qualifier;
    if (core.vagueQualifier != null) {
      min = core.vagueMin;
      max = core.vagueMax;
      approximate = true;
      qualifier = core.vagueQualifier;
      if (q == Count.Qualifier.MORE_THAN || q == Count.Qualifier.AT_LEAST) {
        max = null;
      }
    } else if (upper != null) {
      Long v2 = Quantity.asCount(upper.value);
      java.math.BigDecimal spread = core.scale == null ? distributed(core.value, upper) : null;
      if (spread != null) {
        figure = spread;
        value = Quantity.asCount(spread); // "بين 10 و15 ألف": 10,000 to 15,000
      }
      min = value == null || v2 == null ? value : Long.valueOf(Math.min(value, v2));
      max = value == null || v2 == null ? v2 : Long.valueOf(Math.max(value, v2));
      approximate = true;
      qualifier = Count.Qualifier.RANGE;
    } else if (core.ordinal) {
      min = null;
      max = null;
      approximate = false;
      qualifier = Count.Qualifier.EXACT;
    } else {
      qualifier = q == null ? Count.Qualifier.EXACT : q;
      approximate = q != null;
      min = value;
      max = value;
      if (value != null) {
        switch (qualifier) {
          case MORE_THAN -> {
            min = value < Long.MAX_VALUE ? value + 1 : value;
            max = null;
          }
          case AT_LEAST -> max = null;
          case LESS_THAN -> {
            min = null;
            max = value > 0 ? value - 1 : 0;
          }
          case AT_MOST -> min = null;
          default -> { }
        }
      }
    }
    Span span = span(start, startSeg, spanEnd);
    out.add(new Quantity(span, figure, min, max, approximate, core.ordinal, percent, date,
        qualifier, noun, nounStem));
    int end = noun != null && noun.end() > span.end() ? nounEndToken(k) : spanEnd;
    return Math.max(end, spanEnd);
  }

  private int nounEndToken(int k) {
    int n = nounAt(k);
    return n >= 0 ? n + 1 : k;
  }

  /**
   * Rule {@code numbers/range-shared-scale}: the lower bound of "بين 10 و15 ألف" (between 10
   * and 15 thousand) or "بين 20 و31.5 ألف" takes the scale word of the upper bound (10,000;
   * 20,000), when the bare lower bound makes sense only so; else null.
   */
  private static BigDecimal distributed(BigDecimal low, Core high) {
    BigDecimal scale = high.scale;
    if (scale == null || low.signum() <= 0 || low.compareTo(scale) >= 0) {
      return null;
    }
    BigDecimal spread = low.multiply(scale);
    boolean plausible = spread.compareTo(high.value) < 0
        && spread.multiply(BigDecimal.TEN).compareTo(high.value) >= 0;
    return plausible ? spread.stripTrailingZeros().scale() <= 0 ? spread.setScale(0) : spread : null;
  }

  /** The second number of a range after {@code a}: "و20", "و 20", "إلى 20". */
  private Core upperEnd(Core a, boolean between) {
    if (a.vagueQualifier != null || a.ordinal) {
      return null;
    }
    int k = a.end;
    if (k >= tokens.size()) {
      return null;
    }
    Core b;
    if (between) {
      // the second bound of "بين" is joined by و: "و20", "و 20", "وعشرين" ("بين عشرين ألفا"
      // alone is one number, not 20 to 1000)
      if (tok(k).text().equals("و")) {
        b = core(k + 1, false);
      } else {
        b = core(k, true);
        if (b != null && (b.firstSeg == null || !b.firstSeg.prefixes().equals("و"))) {
          b = null;
        }
      }
    } else {
      b = bareText(k, "الي", "حتي") ? core(k + 1, false) : null;
    }
    return b == null || b.vagueQualifier != null || b.ordinal ? null : b;
  }

  private Count.Qualifier qualifierOfPost(int k) {
    for (NumberLexicon.Hedge h : candidates(lex.postHedges, tok(k))) {
      if (phraseAt(k, h.words()) != null) {
        return h.qualifier();
      }
    }
    return null;
  }

  /** End of a post hedge at {@code k} ({@code k} itself when none), as {@code {end}}. */
  private int[] postHedge(int k) {
    if (k >= tokens.size()) {
      return new int[] {k};
    }
    for (NumberLexicon.Hedge h : candidates(lex.postHedges, tok(k))) {
      if (phraseAt(k, h.words()) != null) {
        int end = k + h.words().size();
        // "أكثر من 20 بقليل" and "20 تقريبا" may stack: take one more
        int[] more = end < tokens.size() ? postHedge(end) : new int[] {end};
        return more[0] > end && more[0] - end <= 2 ? more : new int[] {end};
      }
    }
    return new int[] {k};
  }

  // ---------------------------------------------------------------- numbers

  /** A number (digits, words, ordinal or vague) starting at {@code j}. */
  private Core core(int j, boolean cliticsAllowed) {
    if (j >= tokens.size()) {
      return null;
    }
    Core c = digits(j);
    if (c == null) {
      c = ordinal(j);
    }
    if (c == null) {
      c = words(j);
    }
    if (c == null) {
      c = vague(j);
    }
    if (c != null && !cliticsAllowed && c.firstSeg != null && !c.firstSeg.prefixes().isEmpty()
        && !c.firstSeg.prefixes().equals("و")) {
      return null;
    }
    return c;
  }

  private Core digits(int j) {
    Token t = tok(j);
    boolean negative = isMinusAt(j);
    if (t.type() != Token.Type.NUMBER && !negative && !(t.text().equals("و") && j + 1 < tokens.size()
        && tok(j + 1).type() == Token.Type.NUMBER && !tok(j + 1).spaceBefore())) {
      return null;
    }
    Core c = new Core();
    int k = t.type() == Token.Type.NUMBER ? j : j + 1;
    // a glued conjunction ("و20") is not part of the number; a minus sign is
    c.start = negative ? j : k;
    if (numericDateEnd(k) > k) {
      return null;
    }
    StringBuilder integer = new StringBuilder(tok(k).text());
    k++;
    String groupSep = null;
    if (integer.length() <= 3) {
      while (k + 1 < tokens.size() && GROUP_SEPARATORS.contains(tok(k).text()) && !tok(k).spaceBefore()
          && tok(k + 1).type() == Token.Type.NUMBER && !tok(k + 1).spaceBefore()
          && tok(k + 1).text().length() == 3
          && (groupSep == null || groupSep.equals(tok(k).text()))
          && !(k + 2 < tokens.size() && DECIMAL_SEPARATORS.contains(tok(k + 2).text())
              && groupSep == null && !tok(k + 2).spaceBefore() && k + 3 < tokens.size()
              && tok(k + 3).type() == Token.Type.NUMBER && !tok(k + 3).spaceBefore()
              && tok(k + 3).text().length() != 3 && tok(k).text().equals(tok(k + 2).text()))) {
        groupSep = tok(k).text();
        integer.append(tok(k + 1).text());
        k += 2;
      }
      if (groupSep == null) {
        // "1 700": a space between groups of three, only right after a short leading group
        while (k < tokens.size() && tok(k).type() == Token.Type.NUMBER && tok(k).spaceBefore()
            && tok(k).text().length() == 3 && !(k + 1 < tokens.size()
                && DATE_SEPARATORS.contains(tok(k + 1).text()) && !tok(k + 1).spaceBefore())) {
          integer.append(tok(k).text());
          k++;
          groupSep = " ";
        }
      }
    }
    String fraction = null;
    if (k + 1 < tokens.size() && DECIMAL_SEPARATORS.contains(tok(k).text()) && !tok(k).spaceBefore()
        && tok(k + 1).type() == Token.Type.NUMBER && !tok(k + 1).spaceBefore()
        && !tok(k).text().equals(groupSep)
        && (tok(k).text().equals("٫") || tok(k + 1).text().length() != 3 || groupSep != null)) {
      fraction = tok(k + 1).text();
      k += 2;
    }
    // rule numbers/decimal-word: "2 فاصلة 5" (two point five)
    if (fraction == null && groupSep == null && k + 1 < tokens.size() && hits[k] != null
        && hits[k].bare() && hits[k].kind() == Kind.DECIMAL_POINT
        && tok(k + 1).type() == Token.Type.NUMBER) {
      fraction = tok(k + 1).text();
      k += 2;
    }
    BigDecimal value = new BigDecimal(fraction == null ? integer.toString() : integer + "." + fraction);
    // rule numbers/digit-fraction: "3/4", "٣/٤" (three quarters); "1/4/2019" is a date, read before
    int over = fraction == null && groupSep == null ? fractionEnd(k) : k;
    if (over > k) {
      BigDecimal denominator = new BigDecimal(tok(k + 1).text());
      value = value.divide(denominator, FRACTION_PRECISION).stripTrailingZeros();
      k = over;
    }
    if (negative) {
      value = value.negate(); // rule numbers/negative: "-3.5"
    }
    // [scale]: "4 آلاف", "1.5 مليون", "20 ألف"
    if (k < tokens.size() && hits[k] != null && hits[k].bare()
        && (hits[k].kind() == Kind.SCALE || hits[k].kind() == Kind.PLURAL)) {
      BigDecimal scale = hits[k].word().value();
      value = value.multiply(scale);
      c.scale = scale;
      k++;
      if (k < tokens.size() && hits[k] != null && hits[k].conj() && hits[k].kind() == Kind.FRACTION) {
        value = value.add(hits[k].word().value().multiply(scale));
        k++;
      } else if (!negative) {
        Core rest = continuation(k, scale);
        if (rest != null) {
          value = value.add(rest.value);
          k = rest.end;
        }
      }
    }
    c.value = value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value;
    c.end = k;
    c.digits = true;
    return c;
  }

  private Core ordinal(int j) {
    Hit h = hits[j];
    if (h == null || !h.seg().definite()) {
      return null;
    }
    Core c = new Core();
    c.start = j;
    c.firstSeg = h.seg();
    c.ordinal = true;
    int k = j + 1;
    if (h.kind() == Kind.TENS) {
      c.value = h.word().value();
    } else if (h.kind() == Kind.ORDINAL || h.kind() == Kind.ORDINAL_HEAD) {
      long v = h.word().longValue();
      if (k < tokens.size() && hits[k] != null && hits[k].bare() && hits[k].kind() == Kind.TEN) {
        v += 10;
        k++;
      } else if (h.kind() == Kind.ORDINAL_HEAD) {
        if (!(k < tokens.size() && hits[k] != null && hits[k].kind() == Kind.TENS
            && hits[k].seg().prefixes().equals("وال"))) {
          return null;
        }
      }
      // "الحادي والعشرين" (the twenty-first)
      if (v < 10 && k < tokens.size() && hits[k] != null && hits[k].kind() == Kind.TENS
          && hits[k].seg().prefixes().equals("وال")) {
        v += hits[k].word().longValue();
        k++;
      }
      c.value = BigDecimal.valueOf(v);
    } else {
      return null;
    }
    c.end = k;
    return c;
  }

  /** Cardinal number words: "ثلاثة وعشرون", "ثلاث مئة", "ألف وتسعمائة", "مليون ونصف". */
  private Core words(int j) {
    Hit first = hits[j];
    if (first == null || first.seg().definite()) {
      return null;
    }
    Core c = new Core();
    c.start = j;
    c.firstSeg = first.seg();
    if (first.kind() == Kind.ZERO) {
      // rule numbers/zero: "صفر" (zero); "15 صفر 1440" is the Hijri month
      boolean month = j > 0 && tok(j - 1).type() == Token.Type.NUMBER
          || j + 1 < tokens.size() && tok(j + 1).type() == Token.Type.NUMBER;
      if (month) {
        return null;
      }
      c.value = BigDecimal.ZERO;
      c.end = j + 1;
      return c;
    }
    if (first.kind() == Kind.DECIMAL_POINT || first.kind() == Kind.FRACTION_PLURAL) {
      return null;
    }
    if (first.kind() == Kind.FRACTION) {
      // "نصف" (half), "ربع مليون" (a quarter of a million)
      BigDecimal v = first.word().value();
      int k = j + 1;
      if (k < tokens.size() && hits[k] != null && hits[k].bare() && hits[k].kind() == Kind.SCALE) {
        v = v.multiply(hits[k].word().value());
        k++;
      }
      c.value = v.stripTrailingZeros().scale() <= 0 ? v.setScale(0) : v;
      c.end = k;
      return c;
    }
    long total = 0;
    long group = 0;
    long lastUnit = 0;
    boolean hasUnits = false;
    boolean hasTens = false;
    boolean hasHundreds = false;
    long lastScale = Long.MAX_VALUE;
    BigDecimal extra = BigDecimal.ZERO;
    Kind lastKind = null;
    int k = j;
    int wawAt = -1;
    loop:
    while (k < tokens.size() && k < limit) {
      Hit h = hits[k];
      wawAt = -1;
      if (h == null && k > j && isLoneWaw(k) && k + 1 < tokens.size() && k + 1 < limit
          && hits[k + 1] != null && hits[k + 1].bare()) {
        // rule numbers/spaced-waw: "سبعة و أربعون" (forty-seven), the و written apart
        wawAt = k;
        k++;
        h = hits[k];
      }
      if (h == null || h.seg().definite()) {
        break;
      }
      boolean isFirst = k == j;
      boolean conj = !isFirst && (h.conj() || wawAt >= 0);
      boolean bare = !isFirst && h.bare() && wawAt < 0;
      if (!isFirst && !conj && !bare) {
        break;
      }
      long v = h.kind() == Kind.FRACTION || h.kind() == Kind.FRACTION_PLURAL ? 0 : h.word().longValue();
      switch (h.kind()) {
        case UNIT -> {
          if ((isFirst || conj) && !hasUnits) {
            group += v;
            hasUnits = true;
            lastUnit = v;
          } else {
            break loop;
          }
        }
        case TEEN_HEAD -> {
          if ((isFirst || conj) && !hasUnits && !hasTens && k + 1 < tokens.size()
              && hits[k + 1] != null && hits[k + 1].bare() && hits[k + 1].kind() == Kind.TEN) {
            group += v + 10;
            hasUnits = true;
            hasTens = true;
            k += 2;
            lastKind = Kind.TEN;
            continue;
          }
          break loop;
        }
        case TEN -> {
          if (bare && lastKind == Kind.UNIT && !hasTens && lastUnit >= 3) {
            group += 10;
            hasTens = true;
          } else if ((isFirst || conj) && !hasUnits && !hasTens) {
            group += 10;
            hasUnits = true;
            hasTens = true;
          } else {
            break loop;
          }
        }
        case TENS -> {
          if ((isFirst || conj) && !hasTens) {
            group += v;
            hasTens = true;
          } else {
            break loop;
          }
        }
        case HUNDRED -> {
          if (bare && v == 100 && lastKind == Kind.UNIT && !hasTens && !hasHundreds && lastUnit >= 3) {
            group = group - lastUnit + lastUnit * 100;
            hasUnits = false;
            hasHundreds = true;
          } else if ((isFirst || conj) && group == 0) {
            group = v;
            hasHundreds = true;
          } else {
            break loop;
          }
        }
        case SCALE, PLURAL, DUAL -> {
          if (v >= lastScale) {
            break loop;
          }
          if (bare && group > 0 && h.kind() != Kind.DUAL) {
            total += group * v;
          } else if ((isFirst || conj) && group == 0 && h.kind() != Kind.PLURAL) {
            total += (h.kind() == Kind.DUAL || isFirst && constructDual(k, h) ? 2 : 1) * v;
          } else {
            break loop;
          }
          group = 0;
          hasUnits = false;
          hasTens = false;
          hasHundreds = false;
          lastScale = v;
        }
        case FRACTION_PLURAL -> {
          // rule numbers/fraction-words: "ثلاثة أرباع" (three quarters), "ثلاثة أرباع مليون"
          if (bare && lastKind == Kind.UNIT && !hasTens && !hasHundreds && total == 0) {
            extra = h.word().value().multiply(BigDecimal.valueOf(group));
            group = 0;
            k++;
            if (k < tokens.size() && k < limit && hits[k] != null && hits[k].bare()
                && hits[k].kind() == Kind.SCALE) {
              extra = extra.multiply(hits[k].word().value());
              k++;
            }
            break loop;
          }
          break loop;
        }
        case FRACTION -> {
          if (conj && group == 0 && lastScale != Long.MAX_VALUE) {
            extra = h.word().value().multiply(BigDecimal.valueOf(lastScale));
          } else if (conj && group > 0 && lastScale == Long.MAX_VALUE) {
            extra = h.word().value();
          } else {
            break loop;
          }
          k++;
          break loop;
        }
        default -> {
          break loop;
        }
      }
      lastKind = h.kind();
      k++;
    }
    if (wawAt >= 0 && k == wawAt + 1) {
      k = wawAt; // the word after a spaced و was not part of the number
    }
    if (k == j) {
      return null;
    }
    if (lastScale != Long.MAX_VALUE) {
      c.scale = BigDecimal.valueOf(lastScale);
      Core rest = group == 0 && extra.signum() == 0 ? continuation(k, c.scale) : null;
      if (rest != null) {
        extra = rest.value;
        k = rest.end;
      }
    }
    BigDecimal value = BigDecimal.valueOf(total + group).add(extra);
    c.value = value.stripTrailingZeros().scale() <= 0 ? value.setScale(0) : value;
    c.end = k;
    return c;
  }

  /** Vague quantities: "عشرات", "مئات الآلاف", "عدة", "عدد كبير". */
  private Core vague(int j) {
    for (NumberLexicon.Vague v : candidates(lex.vague, tok(j))) {
      Segmentation s = phraseAt(j, v.words());
      if (s == null) {
        continue;
      }
      Core c = new Core();
      c.start = j;
      c.firstSeg = s;
      c.vagueQualifier = v.qualifier();
      c.vagueMin = v.min();
      c.vagueMax = v.max();
      int k = j + v.words().size();
      // "عشرات الآلاف" (tens of thousands), "مئات من الآلاف"
      int m = k < tokens.size() && bareText(k, "من") ? k + 1 : k;
      if (v.min() != null && m < tokens.size() && hits[m] != null && hits[m].kind() == Kind.PLURAL
          && hits[m].seg().prefixes().equals("ال")) {
        long scale = hits[m].word().longValue();
        c.vagueMin = v.min() * scale;
        c.vagueMax = (v.max() + 1) * scale - 1;
        c.vagueQualifier = Count.Qualifier.THOUSANDS;
        k = m + 1;
      }
      c.end = k;
      return c;
    }
    return null;
  }

  // ---------------------------------------------------------------- nouns and dates

  /** "جنديين" (two soldiers): a dual of a counted noun states the number two. */
  private Quantity dualNoun(int i) {
    Token t = tok(i);
    if (t.type() != Token.Type.ARABIC) {
      return null;
    }
    List<Segmentation> sAll = t.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (lex.dualToSingular.containsKey(s.stem()) && cliticsOnly(s)) {
        Span span = span(i, s, i + 1);
        // "جنديين اثنين" (two soldiers, two): the number word repeats the dual
        if (i + 1 < tokens.size() && hits[i + 1] != null && hits[i + 1].bare()
            && hits[i + 1].kind() == Kind.UNIT && hits[i + 1].word().longValue() == 2) {
          span = span(i, s, i + 2);
        }
        return new Quantity(span, BigDecimal.valueOf(2), 2L, 2L, false, false, false, false,
            Count.Qualifier.EXACT, t.span(), s.stem());
      }
    }
    return null;
  }

  private int endOfSpan(int i, Span span) {
    int k = i;
    while (k < tokens.size() && tok(k).originalStart() < span.end()) {
      k++;
    }
    return k;
  }

  /** Index of the counted noun at {@code k} ("أفراد") or after "من" ("من المسلحين"), else -1. */
  /**
   * Rule numbers/construct-dual: a scale word with the accusative alif, no number before it and
   * its noun right after, is the nominative construct dual: "ألفا مقاتل" (two thousand fighters),
   * "مليونا نسمة" (two million people). With a number before it ("عشرون ألفا", twenty
   * thousand) or "من" after it ("ألفا من المقاتلين", a thousand of the fighters) it is the
   * accusative singular.
   */
  private boolean constructDual(int k, Hit h) {
    return h.kind() == Kind.SCALE && firstSeg(k).stem().endsWith("ا") && k + 1 < tokens.size()
        && isNounToken(k + 1) && !bareText(k + 1, "من") && firstSeg(k + 1).prefixes().isEmpty();
  }

  private int nounAt(int k) {
    if (k >= tokens.size()) {
      return -1;
    }
    Segmentation s = firstSeg(k);
    // "وأصيب" (and were wounded) starts a new clause; "بالهجوم" (in the attack) is no noun of it
    if (isNounToken(k) && s.conjunction().isEmpty() && !(s.definite() && !s.preposition().isEmpty())) {
      return k;
    }
    if (bareText(k, "من") && k + 1 < tokens.size() && isNounToken(k + 1)
        && firstSeg(k + 1).prefixes().equals("ال")) {
      return k + 1;
    }
    return -1;
  }

  /** The stem of a noun: its article analysis, else the whole word ("لاجئ" is no ل + اجئ). */
  private String nounStem(int k) {
    String whole = tok(k).text();
    List<Segmentation> sAll = tok(k).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (s.prefixes().equals("ال")) {
        return s.stem();
      }
    }
    return whole;
  }

  private boolean isNounToken(int k) {
    Token t = tok(k);
    if (t.type() != Token.Type.ARABIC || hits[k] != null) {
      return false;
    }
    String stem = firstSeg(k).stem();
    return !lex.stopwords.contains(t.text()) && !lex.stopwords.contains(stem)
        && !lex.monthWords.contains(t.text()) && !ERA_MARKS.contains(t.text())
        && lex.postHedges.get(t.text()) == null && lex.vague.get(t.text()) == null
        && t.text().length() > 1;
  }

  /** Day and year numbers of written dates: "1 أبريل 2019", "عام 2016", "1440 هـ". */
  private boolean isPartOfDate(int start, Core core, Core upper, Count.Qualifier hedge) {
    if (hedge != null || core.vagueQualifier != null) {
      return false;
    }
    Core last = upper != null ? upper : core;
    int k = last.end;
    if (k < tokens.size() && isMeasureUnit(k, start)) {
      return false; // "2000 كم", "ارتفاع 1544 م": a measure, not a year
    }
    if (k + 2 < tokens.size() && DAY_RANGE_DASHES.contains(tok(k).text()) && core.digits
        && tok(k + 1).type() == Token.Type.NUMBER && isMonthWord(k + 2)) {
      return true; // "3-5 أغسطس" (3 to 5 August): the first day of a range of days
    }
    if (k < tokens.size()) {
      if (isMonthWord(k) || bareText(k, "من") && k + 1 < tokens.size()
          && (isMonthWord(k + 1) || stemIs(k + 1, "شهر"))) {
        return core.digits || core.ordinal || core.value.compareTo(BigDecimal.valueOf(31)) <= 0;
      }
      if (last.digits && ERA_MARKS.contains(tok(k).text())) {
        return true;
      }
    }
    int p = core.start - 1;
    // "آذار (مارس) 2019": look behind the closing bracket of a paired month name
    if (p >= 1 && tok(p).text().equals(")") && isMonthWord(p - 1)) {
      p--;
    }
    if (p >= 0 && (isMonthWord(p) || YEAR_WORDS.contains(firstSeg(p).stem()))) {
      // digits: "أبريل 2019"; ordinals: the second word of "كانون الثاني", "ربيع الأول"
      return core.digits || core.ordinal;
    }
    if (core.digits && isYearLike(core.value) && (upper == null || isYearLike(upper.value))) {
      int before = start - 1;
      if (upper != null) {
        before = start;
      }
      if (before >= 0 && (lex.yearContext.contains(tok(before).text())
          || lex.yearContext.contains(firstSeg(before).stem()))) {
        // "منذ 2016 قتل" (since 2016 ... were killed): the word after a year is rarely its noun
        return true;
      }
    }
    return false;
  }

  private static boolean isYearLike(BigDecimal v) {
    return v != null && v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(YEAR_MIN)) >= 0
        && v.compareTo(BigDecimal.valueOf(YEAR_MAX)) <= 0;
  }

  private boolean isMonthWord(int k) {
    Token t = tok(k);
    return t.type() == Token.Type.ARABIC
        && (lex.monthWords.contains(t.text()) || lex.monthWords.contains(firstSeg(k).stem()));
  }

  /** 1/4/2019, 2019-04-01, 1.4.2019: three glued digit runs with the same separator. */
  private int numericDateEnd(int i) {
    if (i + 4 >= tokens.size() || tok(i).type() != Token.Type.NUMBER) {
      return i;
    }
    String sep = tok(i + 1).text();
    if (!DATE_SEPARATORS.contains(sep) || !tok(i + 3).text().equals(sep)) {
      return i;
    }
    for (int k = i + 1; k <= i + 4; k++) {
      if (tok(k).spaceBefore() || (k % 2 == i % 2 && tok(k).type() != Token.Type.NUMBER)) {
        return i;
      }
    }
    int a = tok(i).text().length();
    int c = tok(i + 4).text().length();
    boolean dayFirst = a <= 2 && tok(i + 2).text().length() <= 2 && (c == 4 || c == 2);
    boolean yearFirst = a == 4 && tok(i + 2).text().length() <= 2 && c <= 2;
    return dayFirst || yearFirst ? i + 5 : i;
  }

  /** End of "بالمئة" / "في المائة" at {@code k}, or {@code k}. */
  private int percentWordAt(int k) {
    List<Segmentation> sAll = tok(k).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (s.prefixes().equals("بال") && HUNDRED_WORDS.contains(s.stem())) {
        return k + 1;
      }
    }
    if (bareText(k, "في") && k + 1 < tokens.size()) {
      List<Segmentation> nextAll = tok(k + 1).segmentations();
      for (int sK = 0; sK < nextAll.size(); sK++) {
        Segmentation s = nextAll.get(sK);
        if (s.prefixes().equals("ال") && HUNDRED_WORDS.contains(s.stem())) {
          return k + 2;
        }
      }
    }
    return k;
  }

  /**
   * Rule {@code numbers/measure-unit}: a unit of measure at {@code k} after a number ("كم",
   * "كلم", "طن"), or "م" (metres) when a measure word stands within {@link #MEASURE_WINDOW}
   * words before the number at {@code start} ("على ارتفاع 1544 م": at a height of 1544 m).
   */
  private boolean isMeasureUnit(int k, int start) {
    Token t = tok(k);
    if (t.type() != Token.Type.ARABIC) {
      return false;
    }
    if (lex.measureUnits.contains(t.text()) || lex.measureUnits.contains(firstSeg(k).stem())) {
      return true;
    }
    if (!ERA_MARKS.contains(t.text()) || t.text().equals("ه")
        || start > 0 && YEAR_WORDS.contains(firstSeg(start - 1).stem())) {
      return false; // "عام 2016 م" is a year whatever stands before it
    }
    for (int b = Math.max(0, start - MEASURE_WINDOW); b < start; b++) {
      List<Segmentation> sAll = tok(b).segmentations();
      for (int sK = 0; sK < sAll.size(); sK++) {
        Segmentation s = sAll.get(sK);
        if (cliticsOnly(s) && lex.measureWords.contains(s.stem())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Rule {@code numbers/scale-continuation}: after a scale word, "و" and digits below that scale
   * add to the figure: "مليون و200 ألف" (1,200,000), "2 مليون و 500 ألف", "ألف و500" (1,500).
   * Returns the added part (its value and end token), or null.
   */
  private Core continuation(int k, BigDecimal scale) {
    if (k + 1 >= tokens.size() || k + 1 >= limit || !tok(k).text().equals("و")
        || tok(k + 1).type() != Token.Type.NUMBER) {
      return null;
    }
    Core rest = digits(k + 1);
    if (rest == null || rest.end > limit || rest.value.signum() <= 0 || rest.value.compareTo(scale) >= 0) {
      return null;
    }
    return rest;
  }

  /** A minus sign at {@code j} glued to the digits after it and not joining two numbers. */
  private boolean isMinusAt(int j) {
    return MINUS_SIGNS.contains(tok(j).text()) && j + 1 < tokens.size()
        && tok(j + 1).type() == Token.Type.NUMBER && !tok(j + 1).spaceBefore()
        // glued to a word or figure before it, the dash is a hyphen: "إف-16", "3-5"
        && (j == 0 || tok(j).spaceBefore() || tok(j - 1).type() == Token.Type.PUNCTUATION);
  }

  /**
   * End of "/4" after the numerator that ends at {@code k} ("3/4"), or {@code k}: the numerator
   * is smaller than the denominator, at most {@link #FRACTION_DENOMINATOR_MAX}, and no third
   * number follows (a numeric date).
   */
  private int fractionEnd(int k) {
    if (k + 1 >= tokens.size() || !tok(k).text().equals(FRACTION_SLASH) || tok(k).spaceBefore()
        || tok(k + 1).type() != Token.Type.NUMBER || tok(k + 1).spaceBefore()
        || k + 2 < tokens.size() && DATE_SEPARATORS.contains(tok(k + 2).text()) && !tok(k + 2).spaceBefore()
        || tok(k - 1).type() != Token.Type.NUMBER || tok(k - 1).text().length() > 2
        || tok(k + 1).text().length() > 3) {
      return k;
    }
    int numerator = Integer.parseInt(tok(k - 1).text());
    int denominator = Integer.parseInt(tok(k + 1).text());
    return numerator < denominator && denominator <= FRACTION_DENOMINATOR_MAX ? k + 2 : k;
  }

  /** The token after a detached article glued to a number ("الـ90"), else {@code j}. */
  private int afterDetachedArticle(int j) {
    return j + 1 < tokens.size() && tok(j).text().equals(DETACHED_ARTICLE)
        && tok(j + 1).type() == Token.Type.NUMBER && !tok(j + 1).spaceBefore() ? j + 1 : j;
  }

  private boolean isLoneWaw(int k) {
    return tok(k).text().equals("و") && tok(k).spaceBefore() && k + 1 < tokens.size()
        && tok(k + 1).spaceBefore();
  }

  // ---------------------------------------------------------------- token helpers

  private Token tok(int k) {
    return tokens.get(k);
  }

  private Segmentation firstSeg(int k) {
    return tok(k).segmentations().get(0);
  }

  private boolean bareText(int k, String... words) {
    String text = tok(k).text();
    for (String w : words) {
      if (text.equals(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean stemIs(int k, String stem) {
    List<Segmentation> sAll = tok(k).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (s.stem().equals(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Proclitics only (و ف ب ل ك), or the article as well when {@code withArticle}. */
  private static boolean cliticsOnly(Segmentation s) {
    String p = s.prefixes();
    for (int i = 0; i < p.length(); i++) {
      if ("وفبلكا".indexOf(p.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The number word in a token, through the segmentation with the fewest prefix letters. */
  /** {@link #lookup} of a word form, kept with the form. */
  private static final TableMemo<NumberLexicon, Hit> WORDS = TableMemo.of(NumberScanner::lookup);

  private static Hit lookup(NumberLexicon lex, Token t) {
    if (t.type() != Token.Type.ARABIC) {
      return null;
    }
    Hit best = null;
    List<Segmentation> segs = t.segmentations();
    for (int k = 0; k < segs.size(); k++) { // an index loop: asked at every token
      Segmentation s = segs.get(k);
      NumberLexicon.Word w = lex.words.get(s.stem());
      if (w != null && cliticsOnly(s)
          && (best == null || s.prefixes().length() < best.seg().prefixes().length())) {
        best = new Hit(w, s);
      }
    }
    return best;
  }

  /** Phrases of {@code table} that may start at token {@code t}, through any segmentation. */
  private static <T> List<T> candidates(java.util.Map<String, List<T>> table, Token t) {
    if (t.type() != Token.Type.ARABIC) {
      return List.of();
    }
    // nothing is allocated until a key has phrases (most tokens have none), no list until a second
    KeyedLists<T> out = null;
    List<Segmentation> sAll = t.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      out = add(out, table, s.stem());
      out = add(out, table, s.stemWithArticle());
      out = add(out, table, t.text());
    }
    return out == null ? List.of() : out.found();
  }


  /** {@code out} with the entries of {@code key}, made at the first key {@code table} has. */
  private static <T> KeyedLists<T> add(KeyedLists<T> out, java.util.Map<String, List<T>> table, String key) {
    if (out == null) {
      if (!table.containsKey(key)) {
        return null;
      }
      out = new KeyedLists<>(table);
    }
    out.add(key);
    return out;
  }

  /**
   * The segmentation through which {@code words} starts at token {@code i} (clitics allowed on
   * the first word only), or null when the phrase is not there.
   */
  private Segmentation phraseAt(int i, List<String> words) {
    if (i + words.size() > tokens.size()) {
      return null;
    }
    for (int w = 1; w < words.size(); w++) {
      if (!tok(i + w).text().equals(words.get(w))) {
        return null;
      }
    }
    Segmentation best = null;
    List<Segmentation> sAll = tok(i).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      boolean match = s.stem().equals(words.get(0)) && !s.definite()
          || s.stemWithArticle().equals(words.get(0));
      if (match && cliticsOnly(s)
          && (best == null || s.prefixes().length() < best.prefixes().length())) {
        best = s;
      }
    }
    return best;
  }

  /** Original span from the token {@code start} (after its proclitics) to token {@code end}. */
  private Span span(int start, Segmentation seg, int end) {
    Token t = tok(start);
    int from = t.start();
    if (seg != null && !seg.prefixes().isEmpty()) {
      from = t.stemStart(seg);
      String n = view.normalized();
      if (seg.definite() && from >= 2 && n.startsWith("ال", from - 2) && from - 2 >= t.start()) {
        from -= 2;
      } else if (seg.definite() && from >= 1 && from - 1 >= t.start()) {
        from -= 1;
      }
    }
    return view.originalSpan(from, tok(end - 1).end());
  }

}
