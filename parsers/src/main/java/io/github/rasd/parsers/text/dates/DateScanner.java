package io.github.rasd.parsers.text.dates;

import io.github.rasd.model.DateRange;
import io.github.rasd.model.DateRange.Granularity;
import io.github.rasd.model.ImmutableDateRange;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.internal.KeyedLists;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.TableMemo;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.numbers.Quantity;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One left-to-right pass over the tokens of one text. At each token it tries a range ("بين 2014
 * و2016", rule {@code dates/range}), then one expression: the rules of {@link #single}, in the
 * order listed there, each looking at a bounded number of tokens (linear overall). Every
 * expression carries the name of the rule that read it. Not thread-safe; {@link DateParser}
 * makes one per call.
 */
final class DateScanner {

  /** Separators of numeric dates: "1/4/2019", "01-04-2019", "1.4.2019", "2019/4/1". */
  private static final Set<String> DATE_SEPARATORS = Set.of("/", "-", ".");
  /** Separators between two names of the same month: "مارس/آذار", "مارس - آذار". */
  private static final Set<String> MONTH_ALTERNATION = Set.of("/", "-", "،");
  /** "this" before a period word: "هذا العام" (this year), "هذه السنة". */
  private static final Set<String> THIS = Set.of("هذا", "هذه");
  /** "يوم" (day) before a weekday: "يوم الأحد" (on Sunday). */
  private static final String DAY_WORD = "يوم";
  /** {@link #DAY_WORD} as the word set {@link #seg} reads (one set, not one per call). */
  private static final Set<String> DAY_WORDS = Set.of(DAY_WORD);
  /** "منذ" (since, ago) before an elapsed time: "منذ ثلاثة أيام" (three days ago). */
  private static final String SINCE = "منذ";
  /** {@link #SINCE} as the word set {@link #seg} reads. */
  private static final Set<String> SINCE_WORDS = Set.of(SINCE);
  /**
   * Words of the recognizers below that begin an expression without being in a table: the
   * range openers بين / من, {@link #DAY_WORD}, {@link #SINCE} and {@link #THIS}. Whoever adds a
   * recognizer that starts at a word of its own adds the word here (the gate test reads every
   * date case with the gate and without it).
   */
  static final Set<String> START_WORDS = java.util.stream.Stream.concat(
      Set.of("بين", "من", DAY_WORD, SINCE).stream(), THIS.stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** The kinds of relative period words: "الأسبوع", "الشهر", "الربع", "العام". */
  private static final Set<String> PERIOD_KINDS = Set.of("WEEK", "MONTH", "QUARTER", "YEAR");
  /** Words that start the second end of a range: إلى، حتى (to, until). */
  private static final Set<String> RANGE_TO = Set.of("الي", "حتي");
  /** The week of the Arab press starts on Saturday (Friday-Saturday weekends). */
  private static final DayOfWeek WEEK_START = DayOfWeek.SATURDAY;
  /** Bare four-digit numbers read as Gregorian years without a year word or era mark. */
  private static final int YEAR_MIN = 1900;
  private static final int YEAR_MAX = 2099;
  /** Hijri years are told from Gregorian ones by size when no era mark says which. */
  private static final int HIJRI_YEAR_MAX = 1600;
  private static final int HIJRI_YEAR_MIN = 1300;
  /** A year may be at most this many years after the publication year (a plan, a deadline). */
  private static final int YEARS_AHEAD = 1;
  /** How many words before a number a measure word (ارتفاع، قمة) makes its "م" metres. */
  private static final int MEASURE_WINDOW = 4;
  /** How many words before a weekday or a stretch a future particle or verb turns it forward. */
  private static final int FUTURE_WINDOW = 5;
  /** Letters a future verb has at least after its prefix سي/ست/سن/سأ ("سيتم" is one). */
  private static final int FUTURE_VERB_MIN_REST = 2;
  /** Most units a count of elapsed time may have ("منذ مليار عام" is no date). */
  private static final long MAX_UNIT_COUNT = 5000;
  /** Dashes between two days or months of a range: "3-5 أغسطس", "مارس – مايو". */
  private static final Set<String> RANGE_DASHES = Set.of("-", "\u2013", "\u2014");
  /** Words after a POINT offset that count it from another event: "بعد ثلاثة أيام من الهجوم". */
  private static final Set<String> FROM_EVENT = Set.of("من", "علي");
  /** The noun "month" that may stand before a month name: "آخر يوم في شهر نوفمبر". */
  private static final String MONTH_NOUN = "شهر";

  /** A recognized expression: where it starts (normalized offset), its end token, its days. */
  private record Found(int from, int end, LocalDate start, LocalDate last, Granularity g,
      boolean relative, String rule) {
    Found(int from, int end, LocalDate start, LocalDate last, Granularity g, boolean relative) {
      this(from, end, start, last, g, relative, null);
    }

    boolean resolved() {
      return start != null;
    }

    Found withRelative(boolean r) {
      return new Found(from, end, start, last, g, r, rule);
    }

    /** This expression named {@code name}, unless an inner rule already named it. */
    Found named(String name) {
      return rule != null ? this : new Found(from, end, start, last, g, relative, name);
    }
  }

  /** A count of units: "ثلاثة أيام" (3 DAY), "أسبوعين" (2 WEEK), ending before token {@code end}. */
  private record Measure(int count, String unit, int end) {}

  /** A year: value, Hijri or not, end token. */
  private record Year(int year, boolean hijri, int from, int end) {}

  /** A month name found at a token. */
  private record MonthHit(DateLexicon.Month month, int from, int end) {}

  private final DateLexicon lex;
  private final TextView view;
  private final List<Token> tokens;
  private final LocalDate anchor;
  private final Quantity[] quantityAt;
  private final int[] quantityEnd;
  /** For each token, the {@link DateLexicon#gates} bits of its clitic analyses. */
  private final int[] gate;
  /** The year of a month without one inside a range whose other end has it; else null. */
  private Integer defaultYear;
  /** Whether {@link #scan} tries expressions only where {@link #mayStart} says one can begin. */
  private final boolean gated;
  /** True while a month is expected ("آخر جمعة من رمضان"): an ambiguous name is read as one. */
  private boolean monthExpected;

  DateScanner(DateLexicon lex, TextView view, List<Token> tokens, List<Quantity> quantities,
      LocalDate anchor) {
    this(lex, view, tokens, quantities, anchor, true);
  }

  /** The same; {@code gated} false tries every token (for the test that the gate loses nothing). */
  DateScanner(DateLexicon lex, TextView view, List<Token> tokens, List<Quantity> quantities,
      LocalDate anchor, boolean gated) {
    this.gated = gated;
    this.lex = lex;
    this.view = view;
    this.tokens = tokens;
    this.anchor = anchor;
    this.gate = new int[tokens.size()];
    for (int k = 0; k < gate.length; k++) {
      gate[k] = GATES.of(lex, tokens.get(k)); // once per word form
    }
    this.quantityAt = new Quantity[tokens.size()];
    this.quantityEnd = new int[tokens.size()];
    for (Quantity q : quantities) {
      int first = tokenAt(q.span().start());
      int last = tokenAt(q.span().end() - 1);
      if (first >= 0 && last >= first && quantityAt[first] == null) {
        quantityAt[first] = q;
        quantityEnd[first] = last + 1;
      }
    }
  }

  /**
   * The gate bits of a word form's analyses ({@code DateLexicon.gates}, and {@link
   * DateLexicon#GATE_START} when one of them is a start word), kept with the form.
   */
  private static final TableMemo<DateLexicon, Integer> GATES = TableMemo.of(DateScanner::gateOf);

  private static Integer gateOf(DateLexicon lex, Token t) {
    int gate = 0;
    if (t.type() == Token.Type.ARABIC) {
      List<Segmentation> sAll = t.segmentations();
      for (int sK = 0; sK < sAll.size(); sK++) {
        Segmentation s = sAll.get(sK);
        if (cliticsOnly(s)) {
          gate |= lex.gates.getOrDefault(key(s), 0) | lex.gates.getOrDefault(s.stem(), 0);
        }
      }
      if (t.analysisIn(lex.startWords) != null) {
        gate |= DateLexicon.GATE_START;
      }
    }
    return gate;
  }

  List<DateMention> scan() {
    List<DateMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (gated && !mayStart(i)) {
        i++;
        continue;
      }
      Found f = range(i);
      if (f == null) {
        f = single(i, false);
      }
      if (f == null) {
        i++;
        continue;
      }
      Span span = view.originalSpan(f.from(), tok(f.end() - 1).end());
      String rule = f.rule() != null ? f.rule() : "dates/range";
      if (f.resolved()) {
        DateRange range = ImmutableDateRange.builder()
            .start(f.start()).end(f.last()).granularity(f.g()).text(span.text()).span(span).build();
        out.add(new DateMention(range, f.relative(), rule));
      } else if (!span.text().isEmpty()) {
        out.add(DateMention.unresolved(span, rule));
      }
      i = Math.max(f.end(), i + 1);
    }
    return List.copyOf(out);
  }

  /**
   * Whether a time expression may begin at token {@code i}: a number, the first word of a
   * quantity (an ordinal day: "الأول من أبريل"), or a token one of whose analyses is a start word
   * ({@link DateLexicon#startWords}, which holds {@link #START_WORDS}). Fewer than one token in twenty
   * passes; the recognizers are tried at those alone.
   */
  private boolean mayStart(int i) {
    Token t = tok(i);
    if (t.type() == Token.Type.NUMBER || quantityAt[i] != null) {
      return true;
    }
    return (gate[i] & DateLexicon.GATE_START) != 0; // of an ARABIC token's analyses only, kept with its form
  }

  // ---------------------------------------------------------------- ranges

  /** "بين 2014 و2016", "من 1 إلى 3 أبريل", "بين مارس ومايو 2016". */
  private Found range(int i) {
    if (i + 3 >= tokens.size()) {
      return null;
    }
    boolean between = hasText(i, "بين");
    if (!between && !hasText(i, "من")) {
      return null;
    }
    Found a = single(i + 1, true);
    Integer bareDay = a == null ? day(i + 1) : null;
    // "من الحادي عشر إلى الثالث عشر من آب": an ordinal day may take two words
    int k = a != null ? a.end() : isNumber(i + 1) || quantityAt[i + 1] == null ? i + 2 : quantityEnd[i + 1];
    if (a == null && bareDay == null) {
      return null;
    }
    if (between) {
      if (k < tokens.size() && hasText(k, "و")) {
        k++;
      }
    } else if (k < tokens.size() && RANGE_TO.contains(tok(k).text())) {
      k++;
    } else {
      return null;
    }
    if (k >= tokens.size()) {
      return null;
    }
    Found b = single(k, true);
    if (a != null && !a.resolved() && b != null && b.resolved()) {
      // "من مارس إلى مايو 2016": the first end takes the year of the second
      defaultYear = b.last().getYear();
      a = single(i + 1, true);
      defaultYear = null;
    }
    if (b == null || !b.resolved() || a != null && !a.resolved()) {
      return b == null || a == null ? null : new Found(tok(i).start(), b.end(), null, null, null, false);
    }
    LocalDate start;
    if (a == null) {
      // "من 1 إلى 3 أبريل": the first day takes the month of the second
      if (b.g() != Granularity.DAY || bareDay > b.start().lengthOfMonth()) {
        return null;
      }
      start = b.start().withDayOfMonth(bareDay);
    } else {
      start = a.start();
    }
    if (b.last().isBefore(start)) {
      return null;
    }
    return new Found(tok(i).start(), b.end(), start, b.last(), Granularity.INTERVAL,
        b.relative() || a != null && a.relative(), "dates/range");
  }

  // ---------------------------------------------------------------- one expression

  /**
   * One expression at token {@code i}: the first of these rules that reads one, in this order:
   * {@code dates/numeric-date}, {@code dates/holiday}, {@code dates/nth-in-period}, {@code
   * dates/fraction-of-period}, {@code dates/day-range}, {@code dates/month-range}, {@code
   * dates/weekday}, {@code dates/part-of-day}, {@code dates/period-part}, {@code dates/explicit},
   * {@code dates/season}, {@code dates/decade}, {@code dates/relative-day}, {@code
   * dates/last-n-units}, {@code dates/relative-period}, {@code dates/ago}, {@code dates/offset},
   * {@code dates/year}.
   */
  private Found single(int i, boolean inRange) {
    if (i >= tokens.size()) {
      return null;
    }
    Found f = named(numericDate(i), "dates/numeric-date");
    if (f == null) {
      f = named(holiday(i), "dates/holiday");
    }
    if (f == null) {
      f = named(nthInPeriod(i), "dates/nth-in-period");
    }
    if (f == null) {
      f = named(fractionOfPeriod(i), "dates/fraction-of-period");
    }
    if (f == null) {
      f = named(dayRange(i), "dates/day-range");
    }
    if (f == null) {
      f = named(monthRange(i), "dates/month-range");
    }
    if (f == null) {
      f = named(weekday(i), "dates/weekday");
    }
    if (f == null) {
      f = named(partOfDay(i), "dates/part-of-day");
    }
    if (f == null) {
      f = named(periodPart(i), "dates/period-part");
    }
    if (f == null) {
      f = named(explicit(i, inRange), "dates/explicit");
    }
    if (f == null) {
      f = named(season(i), "dates/season");
    }
    if (f == null) {
      f = named(decade(i), "dates/decade");
    }
    if (f == null) {
      f = named(relativeDay(i), "dates/relative-day");
    }
    if (f == null) {
      f = named(lastNUnits(i), "dates/last-n-units");
    }
    if (f == null) {
      f = named(relativePeriod(i), "dates/relative-period");
    }
    if (f == null) {
      f = named(ago(i), "dates/ago");
    }
    if (f == null) {
      f = named(offset(i), "dates/offset");
    }
    if (f == null) {
      Year y = year(i, inRange);
      if (y != null) {
        f = named(yearRange(y, y.from(), y.end(), false), "dates/year");
      }
    }
    return f;
  }

  private static Found named(Found f, String rule) {
    return f == null ? null : f.named(rule);
  }

  // ---------------------------------------------------------------- holidays

  /**
   * Rule {@code dates/holiday}: "عيد الفطر 2021" (Eid al-Fitr 2021), "عيد الأضحى 1440 هـ",
   * "عيد الفصح الماضي" (last Easter), "عيد العمال" (Labour Day) resolved to their day in the
   * year given, or by {@link #occurrence} from the anchor ({@code holidays.txt}).
   */
  private Found holiday(int i) {
    if (!opens(i, DateLexicon.GATE_HOLIDAY)) {
      return null;
    }
    for (DateLexicon.Holiday h : candidates(lex.holidays, i)) {
      Segmentation s = phrase(i, h.words());
      if (s == null) {
        continue;
      }
      int from = startOf(i, s);
      int k = i + h.words().size();
      Year y = k < tokens.size() ? year(k, true) : null;
      if (y != null) {
        LocalDate d = y.hijri() && h.calendar().equals("HIJRI")
            ? Hijri.toGregorian(y.year(), h.month(), h.day())
            : y.hijri() ? null : holidayIn(h, y.year());
        return d == null ? null : day(from, y.end(), d).withRelative(false);
      }
      Integer relation = relation(k);
      int end = relation != null ? k + 1 : k;
      if (anchor == null) {
        return new Found(from, end, null, null, null, true);
      }
      int direction = relation != null ? relation : futureBefore(i) ? 1 : 0;
      return day(from, end, occurrence(h, direction));
    }
    return null;
  }

  /**
   * The occurrence of {@code h} that the news means: the last on or before the anchor ({@code
   * direction} 0), the last before it (-1), or the first after it (+1).
   */
  private LocalDate occurrence(DateLexicon.Holiday h, int direction) {
    LocalDate d = holidayIn(h, anchor.getYear());
    if (direction == 0) {
      return d.isAfter(anchor) ? holidayIn(h, anchor.getYear() - 1) : d;
    }
    if (direction < 0) {
      return d.isBefore(anchor) ? d : holidayIn(h, anchor.getYear() - 1);
    }
    return d.isAfter(anchor) ? d : holidayIn(h, anchor.getYear() + 1);
  }

  /** The day of {@code h} in Gregorian year {@code year} (a Hijri feast: its first that year). */
  private static LocalDate holidayIn(DateLexicon.Holiday h, int year) {
    return switch (h.calendar()) {
      case "GREGORIAN" -> LocalDate.of(year, h.month(), Math.min(h.day(), YearMonth.of(year, h.month()).lengthOfMonth()));
      case "EASTER_WESTERN" -> Easter.western(year).plusDays(h.day());
      case "EASTER_EASTERN" -> Easter.eastern(year).plusDays(h.day());
      default -> {
        int guess = Hijri.yearOfMonthIn(year, h.month());
        LocalDate d = Hijri.toGregorian(guess, h.month(), h.day());
        if (d.getYear() != year) {
          LocalDate next = Hijri.toGregorian(guess + 1, h.month(), h.day());
          d = next.getYear() == year ? next : d;
        }
        yield d;
      }
    };
  }

  // ---------------------------------------------------------------- calendar arithmetic

  /**
   * Rule {@code dates/nth-in-period}: the n-th or last weekday, day or week of a month or year.
   * "ثاني خميس من يونيو" / "الخميس الثاني من يونيو" (the second Thursday of June), "آخر جمعة من
   * رمضان" (the last Friday of Ramadan), "آخر يوم في شهر نوفمبر" / "اليوم الأخير من نوفمبر" (the
   * last day of November), "الأسبوع الأول من مارس" (March 1-7), "أول يوم من العام" ({@code
   * calendar-words.txt}).
   */
  private Found nthInPeriod(int i) {
    if (i + 3 >= tokens.size()
        || !opens(i, DateLexicon.GATE_ORDINAL | DateLexicon.GATE_WEEKDAY | DateLexicon.GATE_CALENDAR_NOUN)) {
      return null;
    }
    Integer nth;
    String what;
    DayOfWeek dow = null;
    int k;
    Segmentation first;
    Segmentation ord = seg(i, lex.ordinals.keySet());
    if (ord != null && !key(ord).startsWith("ال")) {
      // "ثاني خميس", "آخر يوم", "أول أسبوع"
      nth = get(lex.ordinals, ord);
      first = ord;
      dow = weekdayNoun(i + 1);
      what = dow != null ? "WEEKDAY" : calendarNoun(i + 1, false);
      k = i + 2;
    } else {
      // "الخميس الثاني", "اليوم الأخير", "الأسبوع الأول"
      Segmentation w = seg(i, lex.weekdays.keySet());
      first = w;
      if (w != null) {
        dow = get(lex.weekdays, w);
        what = "WEEKDAY";
      } else {
        what = calendarNoun(i, true);
        first = what == null ? null : definiteReading(i);
      }
      nth = definiteOrdinal(i + 1);
      k = i + 2;
    }
    if (nth == null || what == null || first == null || !what.equals("WEEKDAY") && !what.equals("DAY")
        && !what.equals("WEEK") || k >= tokens.size() || !hasText(k, "من") && !hasText(k, "في")) {
      return null;
    }
    Found target = periodTarget(k + 1);
    if (target == null) {
      return null;
    }
    int from = startOf(i, first);
    if (!target.resolved()) {
      return new Found(from, target.end(), null, null, null, true);
    }
    LocalDate a = target.start();
    LocalDate b = target.last();
    switch (what) {
      case "WEEKDAY" -> {
        LocalDate d = nth < 0 ? b.with(TemporalAdjusters.previousOrSame(dow))
            : a.with(TemporalAdjusters.nextOrSame(dow)).plusWeeks(nth - 1L);
        return d.isAfter(b) ? null : day(from, target.end(), d).withRelative(target.relative());
      }
      case "DAY" -> {
        LocalDate d = nth < 0 ? b : a.plusDays(nth - 1L);
        return d.isAfter(b) ? null : day(from, target.end(), d).withRelative(target.relative());
      }
      default -> {
        LocalDate w = nth < 0 ? b.minusDays(6) : a.plusWeeks(nth - 1L);
        if (w.isAfter(b)) {
          return null;
        }
        LocalDate last = w.plusDays(6).isAfter(b) ? b : w.plusDays(6);
        return new Found(from, target.end(), w, last, Granularity.WEEK, target.relative());
      }
    }
  }

  /**
   * Rule {@code dates/fraction-of-period}: "النصف الأول من 2019" (the first half of 2019),
   * "النصف الثاني من مارس" (March 16 to its end), "الربع الأخير من العام الماضي" (the last
   * quarter of last year) ({@code calendar-words.txt}).
   */
  private Found fractionOfPeriod(int i) {
    if (i + 2 >= tokens.size() || !opens(i, DateLexicon.GATE_CALENDAR_NOUN)) {
      return null;
    }
    String what = calendarNoun(i, true);
    if (!"HALF".equals(what) && !"QUARTER".equals(what)) {
      return null;
    }
    Integer nth = definiteOrdinal(i + 1);
    int parts = what.equals("HALF") ? 2 : 4;
    if (nth == null || nth > parts) {
      return null;
    }
    int n = nth < 0 ? parts : nth;
    Found target;
    if (hasText(i + 2, "من")) {
      target = periodTarget(i + 3);
    } else {
      // "الربع الأول 2019", "النصف الثاني 2018": the year follows without "من"
      Year y = year(i + 2, true);
      target = y == null || y.hijri() ? null : yearRange(y, y.from(), y.end(), false);
    }
    if (target == null) {
      return null;
    }
    Segmentation first = definiteReading(i);
    int from = startOf(i, first);
    if (!target.resolved()) {
      return new Found(from, target.end(), null, null, null, true);
    }
    LocalDate a = target.start();
    LocalDate b = target.last();
    boolean month = a.getMonthValue() == b.getMonthValue() && a.getYear() == b.getYear();
    if (month) {
      if (parts != 2) {
        return null;
      }
      LocalDate mid = a.withDayOfMonth(15);
      return n == 1 ? new Found(from, target.end(), a, mid, Granularity.PART_OF_MONTH, target.relative())
          : new Found(from, target.end(), mid.plusDays(1), b, Granularity.PART_OF_MONTH, target.relative());
    }
    if (a.getDayOfYear() != 1 || b.getMonthValue() != 12 || b.getDayOfMonth() != 31) {
      return null;
    }
    int months = 12 / parts;
    YearMonth start = YearMonth.of(a.getYear(), (n - 1) * months + 1);
    return new Found(from, target.end(), start.atDay(1), start.plusMonths(months - 1L).atEndOfMonth(),
        Granularity.PART_OF_YEAR, target.relative());
  }

  /**
   * The month or year after "من"/"في" in calendar arithmetic: "يونيو"، "شهر نوفمبر"، "رمضان"،
   * "الشهر الجاري"، "2019"، "العام الماضي"، "هذا العام".
   */
  private Found periodTarget(int k) {
    if (k >= tokens.size()) {
      return null;
    }
    int m = k;
    if (k + 1 < tokens.size() && tok(k).text().equals(MONTH_NOUN)) {
      m = k + 1;
    }
    Found f = null;
    if (month(m) != null) {
      monthExpected = true;
      f = explicit(m, true);
      monthExpected = false;
      if (f != null && m > k) {
        f = new Found(f.from(), f.end(), f.start(), f.last(), f.g(), f.relative());
      }
    }
    if (f == null) {
      f = relativePeriod(k);
    }
    if (f == null) {
      Year y = year(k, true);
      f = y == null ? null : yearRange(y, y.from(), y.end(), false);
    }
    if (f == null) {
      f = barePeriod(k);
    }
    if (f == null || f.resolved() && f.g() != Granularity.MONTH && f.g() != Granularity.YEAR) {
      return null;
    }
    return f;
  }

  /**
   * "الشهر" and "العام" without a relation word, after a part or an ordinal: the anchor's month or
   * year ("منذ مطلع العام" since the start of the year, "نهاية الشهر" the end of the month).
   */
  private Found barePeriod(int k) {
    if (!opens(k, DateLexicon.GATE_RELATIVE) || relation(k + 1) != null
        || k + 1 < tokens.size() && (isNumber(k + 1) || beforeLast(k + 1) > k + 1)) {
      return null;
    }
    Segmentation s = relativeWord(k, "MONTH");
    boolean month = s != null;
    if (s == null) {
      s = relativeWord(k, "YEAR");
    }
    if (s == null) {
      return null;
    }
    int from = startOf(k, s);
    if (anchor == null) {
      return new Found(from, k + 1, null, null, null, true);
    }
    if (month) {
      YearMonth m = YearMonth.from(anchor);
      return new Found(from, k + 1, m.atDay(1), m.atEndOfMonth(), Granularity.MONTH, true);
    }
    int y = anchor.getYear();
    return new Found(from, k + 1, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, true);
  }

  /** An ordinal with the article and no other clitic at {@code k}: "الثاني", "الأخيرة". */
  private Integer definiteOrdinal(int k) {
    if (k >= tokens.size() || tok(k).type() != Token.Type.ARABIC) {
      return null;
    }
    Integer v = lex.ordinals.get(tok(k).text());
    return v != null && tok(k).text().startsWith("ال") ? v : null;
  }

  /** A weekday written without the article, as after an ordinal: "خميس" of "ثاني خميس". */
  private DayOfWeek weekdayNoun(int k) {
    if (k >= tokens.size() || tok(k).type() != Token.Type.ARABIC) {
      return null;
    }
    List<Segmentation> sAll = tok(k).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (s.prefixes().isEmpty()) {
        DayOfWeek d = lex.weekdays.get("ال" + s.stem());
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** The calendar noun (DAY, WEEK, HALF, QUARTER) at {@code k}, with or without the article. */
  private String calendarNoun(int k, boolean definite) {
    if (k >= tokens.size() || tok(k).type() != Token.Type.ARABIC) {
      return null;
    }
    List<Segmentation> sAll = tok(k).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (cliticsOnly(s) && s.definite() == definite) {
        String v = lex.calendarNouns.get(key(s));
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- ranges of days and months

  /**
   * Rule {@code dates/day-range}: two days of one month without "من"/"بين": "3-5 أغسطس", "3 –
   * 5 آب 2019", "3 إلى 5 أغسطس", "يومي 3 و4 أغسطس" (day-day month), and "أغسطس 3-5" (month
   * day-day).
   */
  private Found dayRange(int i) {
    if (i + 3 >= tokens.size() || !isNumber(i) && !opens(i, DateLexicon.GATE_MONTH)) {
      return null;
    }
    if (isNumber(i)) {
      Integer d1 = dayNumber(i);
      if (d1 == null) {
        return null;
      }
      int k = i + 1;
      boolean joined = RANGE_TO.contains(tok(k).text()) || hasText(k, "و");
      if (RANGE_DASHES.contains(tok(k).text()) || joined && !(i > 0 && (hasText(i - 1, "من") || hasText(i - 1, "بين")))) {
        k++;
      } else {
        return null;
      }
      if (k >= tokens.size() || !isNumber(k) || day(k) == null) {
        return null;
      }
      Found b = explicit(k, true);
      if (b == null || b.resolved() && b.g() != Granularity.DAY) {
        return null;
      }
      if (!b.resolved()) {
        return new Found(tok(i).start(), b.end(), null, null, null, true);
      }
      if (d1 >= b.start().getDayOfMonth() || b.start().getDayOfMonth() - d1 > 30) {
        return null;
      }
      return new Found(tok(i).start(), b.end(), b.start().withDayOfMonth(d1), b.start(),
          Granularity.INTERVAL, b.relative());
    }
    MonthHit m = month(i);
    if (m == null || m.month().hijri() || m.end() + 2 >= tokens.size()) {
      return null;
    }
    int k = m.end();
    Integer d1 = dayNumber(k);
    if (d1 == null || !RANGE_DASHES.contains(tok(k + 1).text()) || dayNumber(k + 2) == null) {
      return null;
    }
    int d2 = dayNumber(k + 2);
    int end = k + 3;
    Year y = end < tokens.size() ? year(end, true) : null;
    if (y != null && y.hijri()) {
      return null;
    }
    if (y == null && anchor == null) {
      return new Found(m.from(), end, null, null, null, true);
    }
    int year = y != null ? y.year() : inferYear(m.month().month(), d1, i);
    if (y != null) {
      end = y.end();
    }
    YearMonth ym = YearMonth.of(year, m.month().month());
    if (d1 >= d2 || d2 > ym.lengthOfMonth()) {
      return null;
    }
    return new Found(m.from(), end, ym.atDay(d1), ym.atDay(d2), Granularity.INTERVAL, y == null);
  }

  /**
   * Rule {@code dates/month-range}: "مارس - مايو 2016", "مارس إلى مايو الماضي" (March to May):
   * two months of one year, the first taking the year of the second.
   */
  private Found monthRange(int i) {
    MonthHit a = opens(i, DateLexicon.GATE_MONTH) ? month(i) : null;
    if (a == null || a.end() + 1 >= tokens.size()) {
      return null;
    }
    int k = a.end();
    boolean opened = i > 0 && (hasText(i - 1, "من") || hasText(i - 1, "بين"));
    if (!RANGE_DASHES.contains(tok(k).text()) && (!RANGE_TO.contains(tok(k).text()) || opened)) {
      return null; // "من مارس إلى مايو" is read whole by the range rule
    }
    MonthHit bm = month(k + 1);
    if (bm == null || bm.month().hijri() != a.month().hijri() || bm.month().month() <= a.month().month()) {
      return null;
    }
    Found b = explicit(k + 1, true);
    if (b == null || b.resolved() && b.g() != Granularity.MONTH) {
      return null;
    }
    if (!b.resolved()) {
      return new Found(a.from(), b.end(), null, null, null, true);
    }
    LocalDate start = a.month().hijri()
        ? Hijri.toGregorian(Hijri.yearMonthOf(b.start())[0], a.month().month(), 1)
        : LocalDate.of(b.start().getYear(), a.month().month(), 1);
    return new Found(a.from(), b.end(), start, b.last(), Granularity.INTERVAL, b.relative());
  }

  /** A day number of one or two digits at {@code k}, whatever follows it. */
  private Integer dayNumber(int k) {
    if (k >= tokens.size() || !isNumber(k) || tok(k).text().length() > 2) {
      return null;
    }
    int d = Integer.parseInt(tok(k).text());
    return d >= 1 && d <= 31 ? d : null;
  }

  /** The year of a Gregorian month and day without one, oriented as {@link #explicit} does. */
  private int inferYear(int month, int dayOfMonth, int i) {
    int mm = anchor.getMonthValue();
    if (futureBefore(i)) {
      boolean earlier = month < mm || month == mm && dayOfMonth < anchor.getDayOfMonth();
      return earlier ? anchor.getYear() + 1 : anchor.getYear();
    }
    boolean later = month > mm || month == mm && dayOfMonth > anchor.getDayOfMonth();
    return later ? anchor.getYear() - 1 : anchor.getYear();
  }

  /** 1/4/2019, 01-04-2019, 1.4.2019 (day first) and 2019/4/1, 2019-04-01 (year first). */
  private Found numericDate(int i) {
    if (i + 4 >= tokens.size() || !isNumber(i)) {
      return null;
    }
    String sep = tok(i + 1).text();
    if (!DATE_SEPARATORS.contains(sep) || !hasText(i + 3, sep) || !isNumber(i + 2) || !isNumber(i + 4)) {
      return null;
    }
    for (int k = i + 1; k <= i + 4; k++) {
      if (tok(k).spaceBefore()) {
        return null;
      }
    }
    String a = tok(i).text();
    String b = tok(i + 2).text();
    String c = tok(i + 4).text();
    try {
      LocalDate d;
      if (a.length() <= 2 && b.length() <= 2 && c.length() == 4) {
        d = LocalDate.of(Integer.parseInt(c), Integer.parseInt(b), Integer.parseInt(a));
      } else if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
        d = LocalDate.of(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
      } else {
        return null;
      }
      return new Found(tok(i).start(), i + 5, d, d, Granularity.DAY, false);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** "يوم الأحد" (on Sunday), "الأحد الماضي" (last Sunday), "الثلاثاء 2 أبريل". */
  private Found weekday(int i) {
    int k = i;
    int from = -1;
    Segmentation yawm = seg(i, DAY_WORDS);
    if (yawm != null) {
      from = startOf(i, yawm);
      k++;
    }
    if (k >= tokens.size()) {
      return null;
    }
    Segmentation s = seg(k, lex.weekdays.keySet());
    if (s == null) {
      return null;
    }
    DayOfWeek dow = get(lex.weekdays, s);
    if (from < 0) {
      from = startOf(k, s);
    }
    k++;
    if (k < tokens.size()) {
      Found date = numericDate(k);
      if (date == null) {
        date = explicit(k, true);
      }
      if (date != null && (date.g() == Granularity.DAY || !date.resolved())) {
        return new Found(from, date.end(), date.start(), date.last(), Granularity.DAY, date.relative());
      }
    }
    Integer relation = relation(k);
    int end = relation != null ? k + 1 : k;
    int beforeLast = beforeLast(k);
    if (beforeLast > k) {
      relation = -2; // "الأحد قبل الماضي" (the Sunday before last)
      end = beforeLast;
    }
    if (anchor == null) {
      return new Found(from, end, null, null, null, true);
    }
    LocalDate d;
    if (relation == null && futureBefore(i)) {
      // "سيعقد الاجتماع الأحد" (the meeting will be held on Sunday): the next such weekday
      d = anchor.with(TemporalAdjusters.nextOrSame(dow));
    } else if (relation == null || relation == 0) {
      // news past tense: the last such weekday, the anchor itself when it is that weekday
      d = anchor.with(TemporalAdjusters.previousOrSame(dow));
    } else if (relation < 0) {
      d = anchor.with(TemporalAdjusters.previous(dow)).plusWeeks(relation + 1L);
    } else {
      d = anchor.with(TemporalAdjusters.next(dow));
    }
    return new Found(from, end, d, d, Granularity.DAY, true);
  }

  /** End of "قبل الماضي" (before last) at {@code k}, or {@code k}. */
  private int beforeLast(int k) {
    if (k + 1 < tokens.size() && hasText(k, "قبل")) {
      Integer r = relation(k + 1);
      if (r != null && r == -1) {
        return k + 2;
      }
    }
    return k;
  }

  /** "فجر اليوم" (dawn today), "صباح أمس", "مساء الأحد", "ليلة 1 أبريل". */
  private Found partOfDay(int i) {
    Segmentation s = relativeWord(i, "PART_OF_DAY");
    if (s == null || i + 1 >= tokens.size()) {
      return null;
    }
    Found day = dayAfterPartOfDay(i + 1);
    if (day == null && i + 2 < tokens.size() && tok(i + 1).text().equals("يوم")) {
      day = dayAfterPartOfDay(i + 2); // "فجر يوم ١٣ أيار" (at dawn on the day of 13 May)
    }
    if (day == null || day.resolved() && !day.start().equals(day.last())) {
      return null;
    }
    return new Found(startOf(i, s), day.end(), day.start(), day.last(), Granularity.PART_OF_DAY,
        day.relative());
  }

  /** The day a part-of-day word is of: a relative day, a weekday or an explicit date. */
  private Found dayAfterPartOfDay(int i) {
    Found day = relativeDay(i);
    if (day == null) {
      day = weekday(i);
    }
    return day != null ? day : explicit(i, true);
  }

  /** "اليوم", "أمس", "أول أمس", "الليلة الماضية". */
  private Found relativeDay(int i) {
    if (!opens(i, DateLexicon.GATE_RELATIVE)) {
      return null;
    }
    for (DateLexicon.Relative r : candidates(lex.relatives, i)) {
      if (!r.kind().equals("DAY") && !r.kind().equals("NIGHT")) {
        continue;
      }
      Segmentation s = phrase(i, r.words());
      if (s == null) {
        continue;
      }
      int end = i + r.words().size();
      if (anchor == null) {
        return new Found(startOf(i, s), end, null, null, null, true);
      }
      LocalDate d = anchor.plusDays(r.offset());
      Granularity g = r.kind().equals("NIGHT") ? Granularity.PART_OF_DAY : Granularity.DAY;
      return new Found(startOf(i, s), end, d, d, g, true);
    }
    return null;
  }

  /** "الأسبوع الماضي", "الشهر الجاري", "العام المقبل", "هذا العام". */
  private Found relativePeriod(int i) {
    int k = i;
    boolean thisWord = THIS.contains(tok(i).text());
    if (thisWord) {
      k++;
    }
    if (k >= tokens.size()) {
      return null;
    }
    String kind = null;
    Segmentation s = null;
    if (opens(k, DateLexicon.GATE_RELATIVE)) {
      for (DateLexicon.Relative r : candidates(lex.relatives, k)) {
        if (r.words().size() == 1 && PERIOD_KINDS.contains(r.kind())) {
          s = phrase(k, r.words());
          if (s != null) {
            kind = r.kind();
            break;
          }
        }
      }
    }
    if (kind == null) {
      return null;
    }
    int from = thisWord ? tok(i).start() : startOf(k, s);
    Integer offset = thisWord ? Integer.valueOf(0) : relation(k + 1);
    int end = thisWord ? k + 1 : k + 2;
    if (!thisWord && beforeLast(k + 1) > k + 1) {
      offset = -2; // "العام قبل الماضي" (the year before last)
      end = beforeLast(k + 1);
    }
    if (offset == null) {
      return null;
    }
    if (anchor == null) {
      return new Found(from, end, null, null, null, true);
    }
    switch (kind) {
      case "WEEK" -> {
        LocalDate start = anchor.with(TemporalAdjusters.previousOrSame(WEEK_START)).plusWeeks(offset);
        return new Found(from, end, start, start.plusDays(6), Granularity.WEEK, true);
      }
      case "MONTH" -> {
        YearMonth m = YearMonth.from(anchor).plusMonths(offset);
        return new Found(from, end, m.atDay(1), m.atEndOfMonth(), Granularity.MONTH, true);
      }
      case "QUARTER" -> {
        YearMonth first = YearMonth.of(anchor.getYear(), (anchor.getMonthValue() - 1) / 3 * 3 + 1)
            .plusMonths(3L * offset);
        return new Found(from, end, first.atDay(1), first.plusMonths(2).atEndOfMonth(),
            Granularity.PART_OF_YEAR, true);
      }
      default -> {
        int y = anchor.getYear() + offset;
        return new Found(from, end, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, true);
      }
    }
  }

  /** "منذ ثلاثة أيام" (three days ago), "منذ أسبوعين", "منذ شهر", "منذ ساعات". */
  private Found ago(int i) {
    Segmentation since = seg(i, SINCE_WORDS);
    if (since == null || i + 1 >= tokens.size() || year(i + 1, true) != null) {
      return null;
    }
    Measure m = measure(i + 1);
    if (m == null) {
      return null;
    }
    int from = startOf(i, since);
    if (anchor == null) {
      return new Found(from, m.end(), null, null, null, true);
    }
    return point(from, m.end(), m, -1);
  }

  /**
   * The unit that lies {@code m} before ({@code direction} -1) or after (+1) the anchor: a day,
   * the seven days from that day, the calendar month or the calendar year; hours and minutes are
   * the anchor's day.
   */
  private Found point(int from, int end, Measure m, int direction) {
    int n = m.count() * direction;
    return switch (m.unit()) {
      case "DAY" -> day(from, end, anchor.plusDays(n));
      case "WEEK" -> new Found(from, end, anchor.plusWeeks(n), anchor.plusWeeks(n).plusDays(6),
          Granularity.WEEK, true);
      case "MONTH" -> {
        YearMonth ym = YearMonth.from(anchor).plusMonths(n);
        yield new Found(from, end, ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, true);
      }
      case "YEAR" -> {
        int y = anchor.getYear() + n;
        yield new Found(from, end, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, true);
      }
      default -> day(from, end, anchor);
    };
  }

  /**
   * A count of units at {@code k}: a unit word that states its count ("يومين", "أسبوع"), a
   * number and its unit noun ("ثلاثة أيام", "10 سنوات"), or a unit of hours ("ساعات"). A singular
   * unit before a definite noun or a name is no count: "يوم الجمعة" (Friday), "شهر رمضان".
   */
  private Measure measure(int k) {
    if (k >= tokens.size()) {
      return null;
    }
    if (quantityAt[k] == null && k + 1 < tokens.size() && lex.offsetHedges.contains(tok(k).text())
        && lex.units.get(tok(k + 1).text()) != null) {
      k++; // "قبل نحو أسبوعين" (about two weeks ago)
    }
    DateLexicon.Unit u = lex.units.get(tok(k).text());
    if (u != null && u.count() > 0) {
      if (u.count() == 1 && k + 1 < tokens.size() && (isNumber(k + 1) || month(k + 1) != null
          || tok(k + 1).type() == Token.Type.ARABIC && tok(k + 1).text().startsWith("ال"))) {
        return null;
      }
      return new Measure(u.count(), u.unit(), k + 1);
    }
    if (u != null && (u.unit().equals("HOUR") || u.unit().equals("MINUTE"))) {
      return new Measure(0, u.unit(), k + 1);
    }
    Quantity q = quantityAt[k];
    if (q != null && q.countedNounStem().isPresent() && q.min().isPresent()
        && q.min().get() <= MAX_UNIT_COUNT && lex.units.containsKey(q.countedNounStem().get())) {
      return new Measure(q.min().get().intValue(), lex.units.get(q.countedNounStem().get()).unit(),
          tokenAt(q.countedNoun().get().end() - 1) + 1);
    }
    return null;
  }

  /**
   * Rule {@code dates/offset}: "قبل عشرة أيام" (ten days ago) and "بعد ثلاثة أيام" (in three days)
   * are points, as {@link #point}; "خلال ثلاثة أيام" and "في غضون أسبوعين" (over / within) are
   * the stretch that ends at the anchor, or starts at it after a future cue ({@code
   * offsets.txt}). "بعد ثلاثة أيام من الهجوم" (three days after the attack) counts from another
   * event: unresolved.
   */
  private Found offset(int i) {
    if (!opens(i, DateLexicon.GATE_OFFSET) || i > 0 && lex.units.containsKey(tok(i - 1).text())) {
      return null; // "يوما بعد يوم" (day after day)
    }
    for (DateLexicon.Offset o : candidates(lex.offsets, i)) {
      Segmentation s = phrase(i, o.words());
      if (s == null) {
        continue;
      }
      int k = i + o.words().size();
      if (k >= tokens.size() || year(k, true) != null) {
        return null;
      }
      Measure m = measure(k);
      if (m == null || m.end() < tokens.size() && isNumber(m.end())) {
        return null;
      }
      int from = startOf(i, s);
      boolean point = o.kind().equals("POINT");
      int after = m.end();
      while (after < tokens.size() && after < m.end() + 2 && lex.offsetFillers.contains(tok(after).text())) {
        after++;
      }
      if (point && after < tokens.size() && FROM_EVENT.contains(tok(after).text())
          || point && o.direction() > 0 && (m.unit().equals("HOUR") || m.unit().equals("MINUTE")
              || narrative(i, s, m.end()))) {
        return new Found(from, m.end(), null, null, null, true);
      }
      if (!point && (m.count() == 0 || m.unit().equals("HOUR") || m.unit().equals("MINUTE"))) {
        return null;
      }
      if (anchor == null) {
        return new Found(from, m.end(), null, null, null, true);
      }
      if (point) {
        return point(from, m.end(), m, o.direction());
      }
      return stretch(from, m.end(), m.count(), m.unit(), futureBefore(i));
    }
    return null;
  }

  /**
   * "وبعد يومين، أعلن الجيش" (and two days later the army announced), "بعد ساعة" (an hour
   * later): "بعد" opening a clause (after و or ف, or followed by a comma) tells a story and
   * counts from the event before it, not from the anchor.
   */
  private boolean narrative(int i, Segmentation s, int end) {
    boolean opensClause = !s.conjunction().isEmpty() || i > 0 && hasText(i - 1, "و");
    return opensClause || end < tokens.size() && (hasText(end, "،") || hasText(end, ","));
  }

  /** The {@code n} units that end at the anchor, or that start at it when {@code future}. */
  private Found stretch(int from, int end, int n, String unit, boolean future) {
    LocalDate far = switch (unit) {
      case "WEEK" -> future ? anchor.plusWeeks(n) : anchor.minusWeeks(n).plusDays(1);
      case "MONTH" -> future ? anchor.plusMonths(n) : anchor.minusMonths(n).plusDays(1);
      case "YEAR" -> future ? anchor.plusYears(n) : anchor.minusYears(n).plusDays(1);
      default -> future ? anchor.plusDays(n) : anchor.minusDays(n - 1L);
    };
    return future ? new Found(from, end, anchor, far, Granularity.INTERVAL, true)
        : new Found(from, end, far, anchor, Granularity.INTERVAL, true);
  }

  /**
   * Rule {@code dates/last-n-units}: "الأيام الثلاثة الماضية" (the past three days), "الأشهر
   * الستة المقبلة" (the next six months), "السنوات العشر الأخيرة": a plural unit with the
   * article, its number, and a relation word; the stretch as {@link #stretch}.
   */
  private Found lastNUnits(int i) {
    if (i + 2 >= tokens.size() || !opens(i, DateLexicon.GATE_UNIT)) {
      return null;
    }
    DateLexicon.Unit u = null;
    Segmentation hit = null;
    List<Segmentation> sAll = tok(i).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (s.definite() && cliticsOnly(s) && lex.units.containsKey(s.stem())) {
        u = lex.units.get(s.stem());
        hit = s;
        break;
      }
    }
    if (u == null || u.count() != 0 || u.unit().equals("HOUR") || u.unit().equals("MINUTE")) {
      return null;
    }
    int k = i + 1;
    if (hasText(k, "ال") && k + 1 < tokens.size() && isNumber(k + 1)) {
      k++; // "الأيام الـ10 الماضية"
    }
    int afterNumber;
    long count;
    Quantity q = quantityAt[k];
    if (q != null && q.min().isPresent()) {
      count = q.min().get();
      afterNumber = quantityEnd[k];
    } else if (relation(k + 1) != null && tok(k).type() == Token.Type.ARABIC
        && tok(k).text().startsWith("ال")) {
      // "الأيام الثلاثة الماضية": the number word takes the article of its noun
      List<Quantity> n = io.github.rasd.parsers.text.numbers.NumberParser.standard()
          .parse(tok(k).text().substring(2));
      if (n.size() != 1 || n.get(0).min().isEmpty()) {
        return null;
      }
      count = n.get(0).min().get();
      afterNumber = k + 1;
    } else {
      return null;
    }
    if (count < 1 || count > MAX_UNIT_COUNT) {
      return null;
    }
    Integer relation = relation(afterNumber);
    if (relation == null || relation == 0) {
      return null;
    }
    int from = startOf(i, hit);
    if (anchor == null) {
      return new Found(from, afterNumber + 1, null, null, null, true);
    }
    return stretch(from, afterNumber + 1, (int) count, u.unit(), relation > 0);
  }

  /**
   * A future particle ("سوف", "لن") or a future verb ("سيعقد", "ستجري", {@code future-cues.txt})
   * within {@link #FUTURE_WINDOW} words before token {@code i}, in the same sentence.
   */
  private boolean futureBefore(int i) {
    for (int k = i - 1; k >= 0 && k >= i - FUTURE_WINDOW; k--) {
      Token t = tok(k);
      if (t.type() == Token.Type.PUNCTUATION && (hasText(k, ".") || hasText(k, "،") || hasText(k, ","))) {
        return false;
      }
      if (t.type() != Token.Type.ARABIC) {
        continue;
      }
      List<Segmentation> sAll = t.segmentations();
      for (int sK = 0; sK < sAll.size(); sK++) {
        Segmentation s = sAll.get(sK);
        if (!cliticsOnly(s) || s.definite()) {
          continue;
        }
        String w = s.stem();
        if (lex.futureWords.contains(w)) {
          return true;
        }
        for (String p : lex.futurePrefixes) {
          if (w.startsWith(p) && w.length() >= p.length() + FUTURE_VERB_MIN_REST
              && !lex.notFutureVerbs.contains(w) && lex.units.get(w) == null) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Found day(int from, int end, LocalDate d) {
    return new Found(from, end, d, d, Granularity.DAY, true);
  }

  /** "مطلع أبريل", "منتصف العام الماضي", "أواخر 2016", "نهاية الشهر الجاري". */
  private Found periodPart(int i) {
    Segmentation s = seg(i, lex.parts.keySet());
    if (s == null || i + 1 >= tokens.size()) {
      return null;
    }
    String part = get(lex.parts, s);
    int from = startOf(i, s);
    // "أواخر شهر رمضان"، "بداية شهر مايو": the month may follow "شهر"; an ambiguous name is a month here
    Found target = periodTarget(i + 1);
    if (target == null) {
      target = explicit(i + 1, true);
    }
    if (target == null) {
      target = relativePeriod(i + 1);
    }
    if (target == null) {
      Year y = year(i + 1, true);
      if (y != null) {
        target = yearRange(y, y.from(), y.end(), false);
      }
    }
    if (target == null) {
      target = decade(i + 1);
    }
    if (target == null || target.g() == Granularity.DAY || target.g() == Granularity.WEEK) {
      return null;
    }
    if (!target.resolved()) {
      return new Found(from, target.end(), null, null, null, true);
    }
    LocalDate a = target.start();
    LocalDate b = target.last();
    if (target.g() == Granularity.DECADE) {
      // "أواخر الثمانينيات" (the late eighties): years 0-3, 3-6, 7-9 of the decade
      int y = a.getYear();
      return switch (part) {
        case "FIRST" -> new Found(from, target.end(), a, LocalDate.of(y + 3, 12, 31), Granularity.INTERVAL, false);
        case "MIDDLE" -> new Found(from, target.end(), LocalDate.of(y + 3, 1, 1), LocalDate.of(y + 6, 12, 31), Granularity.INTERVAL, false);
        default -> new Found(from, target.end(), LocalDate.of(y + 7, 1, 1), b, Granularity.INTERVAL, false);
      };
    }
    if (target.g() == Granularity.MONTH) {
      return switch (part) {
        // days 1-10, 11-20, 21-end of a Gregorian or a Hijri month ("أواخر رمضان": its last ten days)
        case "FIRST" -> new Found(from, target.end(), a, a.plusDays(9), Granularity.PART_OF_MONTH, target.relative());
        case "MIDDLE" -> new Found(from, target.end(), a.plusDays(10), a.plusDays(19), Granularity.PART_OF_MONTH, target.relative());
        default -> new Found(from, target.end(), a.plusDays(20), b, Granularity.PART_OF_MONTH, target.relative());
      };
    }
    if (target.g() == Granularity.YEAR && a.getMonthValue() == 1 && b.getMonthValue() == 12) {
      int y = a.getYear();
      return switch (part) {
        case "FIRST" -> new Found(from, target.end(), a, LocalDate.of(y, 4, 30), Granularity.PART_OF_YEAR, target.relative());
        case "MIDDLE" -> new Found(from, target.end(), LocalDate.of(y, 5, 1), LocalDate.of(y, 8, 31), Granularity.PART_OF_YEAR, target.relative());
        default -> new Found(from, target.end(), LocalDate.of(y, 9, 1), b, Granularity.PART_OF_YEAR, target.relative());
      };
    }
    // thirds of any other stretch (a Hijri year)
    long days = b.toEpochDay() - a.toEpochDay() + 1;
    long third = days / 3;
    Granularity g = days <= 31 ? Granularity.PART_OF_MONTH : Granularity.PART_OF_YEAR;
    return switch (part) {
      case "FIRST" -> new Found(from, target.end(), a, a.plusDays(third - 1), g, target.relative());
      case "MIDDLE" -> new Found(from, target.end(), a.plusDays(third), a.plusDays(2 * third - 1), g, target.relative());
      default -> new Found(from, target.end(), a.plusDays(2 * third), b, g, target.relative());
    };
  }

  /** "صيف 2016" (summer 2016), "شتاء العام الماضي", "الصيف الماضي". */
  private Found season(int i) {
    Segmentation s = seg(i, lex.seasons.keySet());
    if (s == null || i + 1 >= tokens.size()) {
      return null;
    }
    String season = get(lex.seasons, s);
    int from = startOf(i, s);
    Year y = year(i + 1, true);
    int end;
    Integer year = null;
    boolean relative = false;
    if (y != null && !y.hijri()) {
      year = y.year();
      end = y.end();
    } else {
      Found p = relativePeriod(i + 1);
      Integer relation = relation(i + 1);
      if (p != null && (p.g() == Granularity.YEAR || !p.resolved())) {
        end = p.end();
        relative = true;
        if (p.resolved()) {
          year = p.start().getYear();
        }
      } else if (relation != null && s.definite()) {
        end = i + 2;
        relative = true;
        if (anchor != null) {
          year = anchor.getYear();
          LocalDate[] r = seasonRange(season, year);
          if (relation < 0) {
            year = r[1].isBefore(anchor) ? year : year - 1;
          } else if (relation > 0) {
            year = r[0].isAfter(anchor) ? year : year + 1;
          }
        }
      } else {
        return null;
      }
    }
    if (year == null) {
      return new Found(from, end, null, null, null, true);
    }
    LocalDate[] r = seasonRange(season, year);
    return new Found(from, end, r[0], r[1], Granularity.SEASON, relative);
  }

  private static LocalDate[] seasonRange(String season, int y) {
    return switch (season) {
      case "SPRING" -> new LocalDate[] {LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31)};
      case "SUMMER" -> new LocalDate[] {LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31)};
      case "AUTUMN" -> new LocalDate[] {LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30)};
      default -> new LocalDate[] {LocalDate.of(y - 1, 12, 1), YearMonth.of(y, 2).atEndOfMonth()};
    };
  }

  /** "التسعينيات" (the nineties), "تسعينيات القرن الماضي". */
  private Found decade(int i) {
    Token t = tok(i);
    if (t.type() != Token.Type.ARABIC) {
      return null;
    }
    Integer first = null;
    Segmentation hit = null;
    List<Segmentation> sAll = t.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (!cliticsOnly(s)) {
        continue;
      }
      Integer y = s.definite() ? lex.decades.get(s.stemWithArticle()) : lex.decadesWithoutArticle.get(s.stem());
      if (y != null && (hit == null || s.prefixes().length() < hit.prefixes().length())) {
        first = y;
        hit = s;
      }
    }
    if (hit == null) {
      return null;
    }
    int end = i + 1;
    // "من القرن الماضي", "القرن العشرين": the century the press means anyway
    int k = end < tokens.size() && hasText(end, "من") ? end + 1 : end;
    if (k + 1 < tokens.size() && hasText(k, "القرن")
        && (hasText(k + 1, "الماضي") || hasText(k + 1, "العشرين"))) {
      end = k + 2;
    }
    return new Found(startOf(i, hit), end, LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31),
        Granularity.DECADE, false);
  }

  /**
   * Day, month and year: "1 أبريل 2019", "الأول من أبريل الجاري", "21 من الشهر الجاري", "مارس
   * 2016", "آذار (مارس) 2019", "15 رمضان 1440 هـ", and years alone when {@code context} says a
   * date is expected or a year word or era mark says it is one.
   */
  private Found explicit(int i, boolean context) {
    int k = i;
    Integer dayOfMonth = day(i);
    int from = tok(i).start();
    if (dayOfMonth != null) {
      k = isNumber(i) ? i + 1 : quantityEnd[i];
      if (quantityAt[i] != null && !isNumber(i)) {
        from = view.normalizedIndex(quantityAt[i].span().start());
      }
      if (k < tokens.size() && hasText(k, "من")) {
        k++;
      }
    }
    if (k >= tokens.size()) {
      return null;
    }
    MonthHit m = month(k);
    if (m == null) {
      // "21 من الشهر الجاري" (the 21st of this month)
      if (dayOfMonth != null && k + 1 < tokens.size() && hasText(k, "الشهر") && relation(k + 1) != null) {
        if (anchor == null) {
          return new Found(from, k + 2, null, null, null, true);
        }
        YearMonth ym = YearMonth.from(anchor).plusMonths(relation(k + 1));
        if (dayOfMonth > ym.lengthOfMonth()) {
          return null;
        }
        return day(from, k + 2, ym.atDay(dayOfMonth));
      }
      return null;
    }
    if (dayOfMonth == null) {
      from = m.from();
    }
    k = m.end();
    // "مارس/آذار", "آذار (مارس)", "يونيو حزيران": two names of one month
    if (!m.month().hijri() && k < tokens.size()) {
      MonthHit alt = null;
      int after = k;
      if (MONTH_ALTERNATION.contains(tok(k).text()) && k + 1 < tokens.size()) {
        alt = month(k + 1);
        after = alt != null ? alt.end() : k;
      } else if (hasText(k, "(") && k + 2 < tokens.size()) {
        alt = month(k + 1);
        after = alt != null && alt.end() < tokens.size() && hasText(alt.end(), ")") ? alt.end() + 1 : k;
      } else {
        alt = month(k);
        after = alt != null ? alt.end() : k;
      }
      if (alt != null && after > k && !alt.month().hijri() && alt.month().month() == m.month().month()) {
        k = after;
      }
    }
    Year y = k < tokens.size() ? year(k, true) : null;
    Integer relation = null;
    Integer relativeYear = null;
    if (y != null) {
      k = y.end();
    } else if (k < tokens.size() && relation(k) != null) {
      relation = relation(k);
      k++;
    } else if (k + 2 < tokens.size() && hasText(k, "من")) {
      // "مارس من العام الماضي" (March of last year)
      Found p = relativePeriod(k + 1);
      if (p != null && (p.g() == Granularity.YEAR || !p.resolved())) {
        relativeYear = p.resolved() ? p.start().getYear() : Integer.MIN_VALUE;
        k = p.end();
      }
    }
    DateLexicon.Month month = m.month();
    if (dayOfMonth == null && y == null && relation == null && relativeYear == null) {
      boolean cue = context || i > 0 && (lex.monthContext.contains(tok(i - 1).text())
          || seg(i - 1, lex.monthContext) != null);
      if (!cue || month.ambiguous() && !monthExpected && !(i > 0 && hasStem(i - 1, "شهر"))) {
        return null;
      }
    }
    if (month.ambiguous() && !monthExpected && dayOfMonth == null && y == null && !(i > 0 && hasStem(i - 1, "شهر"))) {
      return null;
    }
    boolean hijri = month.hijri();
    if (y != null && y.hijri() && !hijri) {
      return null;
    }
    boolean relative = y == null;
    Integer year = y != null ? Integer.valueOf(y.year()) : relativeYear;
    if (hijri && year != null && year != Integer.MIN_VALUE && (y == null || !y.hijri())
        && year >= HIJRI_YEAR_MAX) {
      // "رمضان 2019" (Ramadan 2019): the Hijri month as it falls in that Gregorian year
      year = Hijri.yearOfMonthIn(year, month.month());
    }
    if (year == null && defaultYear != null && !hijri) {
      year = defaultYear;
    }
    if (year != null && year == Integer.MIN_VALUE || year == null && anchor == null) {
      return new Found(from, k, null, null, null, true);
    }
    if (year == null) {
      int[] a = hijri ? Hijri.yearMonthOf(anchor) : new int[] {anchor.getYear(), anchor.getMonthValue()};
      int anchorDay = hijri ? -1 : anchor.getDayOfMonth();
      int mm = month.month();
      if (relation == null && futureBefore(i)) {
        // "ستجري الانتخابات في مايو" (the elections will be held in May): on or after the anchor
        boolean earlier = mm < a[1] || mm == a[1] && dayOfMonth != null && anchorDay > 0 && dayOfMonth < anchorDay;
        year = earlier ? a[0] + 1 : a[0];
      } else if (relation == null) {
        boolean later = mm > a[1] || mm == a[1] && dayOfMonth != null && anchorDay > 0 && dayOfMonth > anchorDay;
        year = later ? a[0] - 1 : a[0];
      } else if (relation == 0) {
        year = a[0];
      } else if (relation < 0) {
        year = mm < a[1] ? a[0] : a[0] - 1;
      } else {
        year = mm > a[1] ? a[0] : a[0] + 1;
      }
    }
    try {
      LocalDate first;
      LocalDate last;
      if (hijri) {
        int length = Hijri.monthLength(year, month.month());
        if (dayOfMonth != null && dayOfMonth > length) {
          return null;
        }
        first = Hijri.toGregorian(year, month.month(), dayOfMonth != null ? dayOfMonth : 1);
        last = dayOfMonth != null ? first : first.plusDays(length - 1L);
      } else {
        YearMonth ym = YearMonth.of(year, month.month());
        first = ym.atDay(dayOfMonth != null ? dayOfMonth : 1);
        last = dayOfMonth != null ? first : ym.atEndOfMonth();
      }
      return new Found(from, k, first, last, dayOfMonth != null ? Granularity.DAY : Granularity.MONTH,
          relative);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A day of the month at {@code i}: "21", "الأول", "الحادي والعشرين". */
  private Integer day(int i) {
    if (i >= tokens.size()) {
      return null;
    }
    if (isNumber(i) && tok(i).text().length() <= 2) {
      if (i + 1 < tokens.size() && DATE_SEPARATORS.contains(tok(i + 1).text()) && !tok(i + 1).spaceBefore()) {
        return null;
      }
      int d = Integer.parseInt(tok(i).text());
      return d >= 1 && d <= 31 ? d : null;
    }
    Quantity q = quantityAt[i];
    if (q != null && q.ordinal() && q.value().isPresent()) {
      BigDecimal v = q.value().get();
      return v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.valueOf(31)) <= 0 ? v.intValue() : null;
    }
    return null;
  }

  /**
   * A year at {@code i}: "عام 2016", "2016م", "1440 هـ", or a bare four-digit number when {@code
   * expected} or when the number parser marked it as part of a date ("في 2016").
   */
  private Year year(int i, boolean expected) {
    int k = i;
    int from = tok(i).start();
    boolean word = false;
    Segmentation s = seg(i, lex.yearWords);
    if (s != null) {
      word = true;
      from = startOf(i, s);
      k++;
    }
    if (k >= tokens.size() || !isNumber(k)) {
      return null;
    }
    String digits = tok(k).text();
    if (digits.length() < 3 || digits.length() > 4
        || k + 1 < tokens.size() && DATE_SEPARATORS.contains(tok(k + 1).text()) && !tok(k + 1).spaceBefore()
        && k + 2 < tokens.size() && isNumber(k + 2)) {
      return null;
    }
    int y = Integer.parseInt(digits);
    k++;
    Boolean hijriEra = k < tokens.size() ? lex.eras.get(tok(k).text()) : null;
    if (hijriEra != null) {
      k++;
    }
    if (!word && Boolean.FALSE.equals(hijriEra) && (measured(i) || y < YEAR_MIN || y > maxYear())) {
      return null; // "أعلى قمة في البلاد 1544 م" (the highest peak, 1544 m): metres, not a year
    }
    Quantity q = quantityAt[word ? i + 1 : i];
    boolean bareYear = y >= YEAR_MIN && y <= maxYear() && (expected || q != null && q.partOfDate())
        || expected && y >= HIJRI_YEAR_MIN && y < HIJRI_YEAR_MAX;
    if (!word && hijriEra == null && !bareYear) {
      return null;
    }
    boolean hijri = hijriEra != null ? hijriEra : y < HIJRI_YEAR_MAX && (word || expected);
    if (!hijri && (y < YEAR_MIN - 900 || y > YEAR_MAX + 100)) {
      return null;
    }
    return new Year(y, hijri, from, k);
  }

  /**
   * The latest plausible Gregorian year of a number with no year word: the publication year
   * plus {@link #YEARS_AHEAD}; without a publication date, the end of the bare-year range.
   */
  private int maxYear() {
    return anchor != null ? Math.min(YEAR_MAX, anchor.getYear() + YEARS_AHEAD) : YEAR_MAX;
  }

  /** A word of size or height stands a few words before the number at {@code i}. */
  private boolean measured(int i) {
    for (int k = Math.max(0, i - MEASURE_WINDOW); k < i; k++) {
      if (seg(k, lex.measureWords) != null) {
        return true;
      }
    }
    return false;
  }

  private Found yearRange(Year y, int from, int end, boolean relative) {
    if (y.hijri()) {
      LocalDate a = Hijri.toGregorian(y.year(), 1, 1);
      LocalDate b = Hijri.toGregorian(y.year() + 1, 1, 1).minusDays(1);
      return new Found(from, end, a, b, Granularity.YEAR, relative);
    }
    return new Found(from, end, LocalDate.of(y.year(), 1, 1), LocalDate.of(y.year(), 12, 31),
        Granularity.YEAR, relative);
  }

  /** A month name (one or more words) at {@code i}, clitics allowed on its first word. */
  private MonthHit month(int i) {
    if (tok(i).type() != Token.Type.ARABIC) {
      return null;
    }
    List<Segmentation> sAll = tok(i).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (!cliticsOnly(s) || s.definite()) {
        continue;
      }
      List<DateLexicon.Month> list = lex.months.get(s.stem());
      if (list == null) {
        continue;
      }
      for (DateLexicon.Month m : list) {
        if (i + m.words().size() > tokens.size()) {
          continue;
        }
        boolean match = true;
        for (int w = 1; w < m.words().size() && match; w++) {
          match = tok(i + w).text().equals(m.words().get(w));
        }
        if (match) {
          return new MonthHit(m, startOf(i, s), i + m.words().size());
        }
      }
    }
    return null;
  }

  /** The offset a relation word gives: الماضي -1, الجاري 0, المقبل +1; null for other words. */
  private Integer relation(int k) {
    if (k >= tokens.size()) {
      return null;
    }
    List<DateLexicon.Relative> list = lex.relatives.get(tok(k).text());
    if (list != null) {
      for (DateLexicon.Relative r : list) {
        if (r.kind().equals("RELATION")) {
          return r.offset();
        }
      }
    }
    return null;
  }

  /** The segmentation of token {@code k} that is a one-word relative phrase of {@code kind}. */
  private Segmentation relativeWord(int k, String kind) {
    if (!opens(k, DateLexicon.GATE_RELATIVE)) {
      return null;
    }
    for (DateLexicon.Relative r : candidates(lex.relatives, k)) {
      if (r.kind().equals(kind) && r.words().size() == 1) {
        Segmentation s = phrase(k, r.words());
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- token helpers

  /** True when token {@code k} is a first word of one of the tables of {@code bits}. */
  private boolean opens(int k, int bits) {
    return (gate[k] & bits) != 0;
  }

  private Token tok(int k) {
    return tokens.get(k);
  }

  private boolean isNumber(int k) {
    return tok(k).type() == Token.Type.NUMBER;
  }

  private boolean hasText(int k, String text) {
    return tok(k).text().equals(text);
  }

  private boolean hasStem(int k, String stem) {
    List<Segmentation> sAll = tok(k).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (cliticsOnly(s) && s.stem().equals(stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cliticsOnly(Segmentation s) {
    String p = s.prefixes();
    for (int i = 0; i < p.length(); i++) {
      if ("وفبلكا".indexOf(p.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The key of a segmentation in a table of words: with the article when it has one. */
  private static String key(Segmentation s) {
    return s.definite() ? s.stemWithArticle() : s.stem();
  }

  /** The entry of {@code s} in {@code table}, with its article or without. */
  private static <T> T get(Map<String, T> table, Segmentation s) {
    T v = table.get(key(s));
    return v != null ? v : table.get(s.stem());
  }

  /** The segmentation of token {@code k} found in {@code words}, with the fewest prefix letters. */
  /**
   * The analysis of token {@code i} that opens a date: its first definite one made of clitics
   * alone ("بالأسبوع": ب + ال), else its first analysis.
   */
  private Segmentation definiteReading(int i) {
    List<Segmentation> all = tok(i).segmentations();
    for (int k = 0; k < all.size(); k++) {
      Segmentation s = all.get(k);
      if (s.definite() && cliticsOnly(s)) {
        return s;
      }
    }
    return all.get(0);
  }

  private Segmentation seg(int k, Set<String> words) {
    if (k >= tokens.size() || tok(k).type() != Token.Type.ARABIC) {
      return null;
    }
    Segmentation best = null;
    List<Segmentation> sAll = tok(k).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (cliticsOnly(s) && (words.contains(key(s)) || words.contains(s.stem()))
          && (best == null || s.prefixes().length() < best.prefixes().length())) {
        best = s;
      }
    }
    return best;
  }

  /** The entries of {@code table} under the keys of token {@code k}'s analyses ({@link KeyedLists}). */
  private <T> List<T> candidates(Map<String, List<T>> table, int k) {
    if (tok(k).type() != Token.Type.ARABIC) {
      return List.of();
    }
    KeyedLists<T> found = new KeyedLists<>(table);
    List<Segmentation> sAll = tok(k).segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (cliticsOnly(s)) {
        found.add(key(s));
      }
    }
    return found.found();
  }

  /** The segmentation through which {@code words} starts at {@code i}, or null. */
  private Segmentation phrase(int i, List<String> words) {
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
      if (cliticsOnly(s) && key(s).equals(words.get(0))
          && (best == null || s.prefixes().length() < best.prefixes().length())) {
        best = s;
      }
    }
    return best;
  }

  /** Normalized offset where the word of token {@code k} starts, after its proclitics. */
  private int startOf(int k, Segmentation s) {
    Token t = tok(k);
    int from = t.start() + s.prefixes().length() - (s.definite() ? 2 : 0);
    return Math.max(t.start(), Math.min(from, t.end()));
  }

  /** Index of the token whose original span contains {@code offset}, or -1. */
  private int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid); // its original offsets, without making its span
      if (offset < t.originalStart()) {
        hi = mid - 1;
      } else if (offset >= t.originalEnd()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
