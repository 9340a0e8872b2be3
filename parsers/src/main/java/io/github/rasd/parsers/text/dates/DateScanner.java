package io.github.rasd.parsers.text.dates;

import io.github.rasd.model.DateRange;
import io.github.rasd.model.DateRange.Granularity;
import io.github.rasd.model.ImmutableDateRange;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.text.Segmentation;
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
 * و2016"), then one expression, each looking at a bounded number of tokens (linear overall).
 * Not thread-safe; {@link DateParser} makes one per call.
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
  /** "منذ" (since, ago) before an elapsed time: "منذ ثلاثة أيام" (three days ago). */
  private static final String SINCE = "منذ";
  /**
   * Words of the recognizers below that begin an expression without being in a table: the
   * range openers بين / من, {@link #DAY_WORD}, {@link #SINCE} and {@link #THIS}. Whoever adds a
   * recognizer that starts at a word of its own adds the word here (the gate test reads every
   * date case with the gate and without it).
   */
  static final Set<String> START_WORDS = java.util.stream.Stream.concat(
      Set.of("بين", "من", DAY_WORD, SINCE).stream(), THIS.stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
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

  /** A recognized expression: where it starts (normalized offset), its end token, its days. */
  private record Found(int from, int end, LocalDate start, LocalDate last, Granularity g,
      boolean relative) {
    boolean resolved() {
      return start != null;
    }
  }

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
  /** The year of a month without one inside a range whose other end has it; else null. */
  private Integer defaultYear;
  /** Whether {@link #scan} tries expressions only where {@link #mayStart} says one can begin. */
  private final boolean gated;

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
      if (f.resolved()) {
        Span span = view.originalSpan(f.from(), tok(f.end() - 1).end());
        DateRange range = ImmutableDateRange.builder()
            .start(f.start()).end(f.last()).granularity(f.g()).text(span.text()).span(span).build();
        out.add(new DateMention(range, f.relative()));
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
    if (t.type() != Token.Type.ARABIC) {
      return false;
    }
    List<Segmentation> segs = t.segmentations();
    for (int k = 0; k < segs.size(); k++) {
      Segmentation s = segs.get(k);
      if (lex.startWords.contains(s.stem())
          || s.definite() && lex.startWords.contains(s.stemWithArticle())) {
        return true;
      }
    }
    return false;
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
    int k = a != null ? a.end() : i + 2;
    Integer bareDay = a == null ? day(i + 1) : null;
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
        b.relative() || a != null && a.relative());
  }

  // ---------------------------------------------------------------- one expression

  private Found single(int i, boolean inRange) {
    if (i >= tokens.size()) {
      return null;
    }
    Found f = numericDate(i);
    if (f == null) {
      f = weekday(i);
    }
    if (f == null) {
      f = partOfDay(i);
    }
    if (f == null) {
      f = periodPart(i);
    }
    if (f == null) {
      f = explicit(i, inRange);
    }
    if (f == null) {
      f = season(i);
    }
    if (f == null) {
      f = decade(i);
    }
    if (f == null) {
      f = relativeDay(i);
    }
    if (f == null) {
      f = relativePeriod(i);
    }
    if (f == null) {
      f = ago(i);
    }
    if (f == null) {
      Year y = year(i, inRange);
      if (y != null) {
        f = yearRange(y, y.from(), y.end(), false);
      }
    }
    return f;
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
    Segmentation yawm = seg(i, Set.of(DAY_WORD));
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
    if (anchor == null) {
      return new Found(from, end, null, null, null, true);
    }
    LocalDate d;
    if (relation == null || relation == 0) {
      // news past tense: the last such weekday, the anchor itself when it is that weekday
      d = anchor.with(TemporalAdjusters.previousOrSame(dow));
    } else if (relation < 0) {
      d = anchor.with(TemporalAdjusters.previous(dow));
    } else {
      d = anchor.with(TemporalAdjusters.next(dow));
    }
    return new Found(from, end, d, d, Granularity.DAY, true);
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
    for (String unit : new String[] {"WEEK", "MONTH", "YEAR"}) {
      s = relativeWord(k, unit);
      if (s != null) {
        kind = unit;
        break;
      }
    }
    if (kind == null) {
      return null;
    }
    int from = thisWord ? tok(i).start() : startOf(k, s);
    Integer offset = thisWord ? Integer.valueOf(0) : relation(k + 1);
    if (offset == null) {
      return null;
    }
    int end = thisWord ? k + 1 : k + 2;
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
      default -> {
        int y = anchor.getYear() + offset;
        return new Found(from, end, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, true);
      }
    }
  }

  /** "منذ ثلاثة أيام" (three days ago), "منذ أسبوعين", "منذ شهر", "منذ ساعات". */
  private Found ago(int i) {
    Segmentation since = seg(i, Set.of(SINCE));
    if (since == null || i + 1 >= tokens.size() || year(i + 1, true) != null) {
      return null;
    }
    int count;
    String unit;
    int end;
    Quantity q = quantityAt[i + 1];
    DateLexicon.Unit u = lex.units.get(tok(i + 1).text());
    if (u != null && u.count() > 0) {
      count = u.count();
      unit = u.unit();
      end = i + 2;
    } else if (u != null && (u.unit().equals("HOUR") || u.unit().equals("MINUTE"))) {
      count = 0;
      unit = u.unit();
      end = i + 2;
    } else if (q != null && q.countedNounStem().isPresent() && q.min().isPresent()
        && lex.units.containsKey(q.countedNounStem().get())) {
      count = q.min().get().intValue();
      unit = lex.units.get(q.countedNounStem().get()).unit();
      end = tokenAt(q.countedNoun().get().end() - 1) + 1;
    } else {
      return null;
    }
    int from = startOf(i, since);
    if (anchor == null) {
      return new Found(from, end, null, null, null, true);
    }
    return switch (unit) {
      case "DAY" -> day(from, end, anchor.minusDays(count));
      case "WEEK" -> new Found(from, end, anchor.minusWeeks(count), anchor.minusWeeks(count).plusDays(6),
          Granularity.WEEK, true);
      case "MONTH" -> {
        YearMonth m = YearMonth.from(anchor).minusMonths(count);
        yield new Found(from, end, m.atDay(1), m.atEndOfMonth(), Granularity.MONTH, true);
      }
      case "YEAR" -> {
        int y = anchor.getYear() - count;
        yield new Found(from, end, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, true);
      }
      default -> day(from, end, anchor);
    };
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
    Found target = explicit(i + 1, true);
    if (target == null) {
      target = relativePeriod(i + 1);
    }
    if (target == null) {
      Year y = year(i + 1, true);
      if (y != null) {
        target = yearRange(y, y.from(), y.end(), false);
      }
    }
    if (target == null || target.g() == Granularity.DAY || target.g() == Granularity.WEEK) {
      return null;
    }
    if (!target.resolved()) {
      return new Found(from, target.end(), null, null, null, true);
    }
    LocalDate a = target.start();
    LocalDate b = target.last();
    if (target.g() == Granularity.MONTH) {
      return switch (part) {
        case "FIRST" -> new Found(from, target.end(), a, a.withDayOfMonth(10), Granularity.PART_OF_MONTH, target.relative());
        case "MIDDLE" -> new Found(from, target.end(), a.withDayOfMonth(11), a.withDayOfMonth(20), Granularity.PART_OF_MONTH, target.relative());
        default -> new Found(from, target.end(), a.withDayOfMonth(21), b, Granularity.PART_OF_MONTH, target.relative());
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
    // thirds of any other stretch (a Hijri year or month)
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
    for (Segmentation s : t.segmentations()) {
      if (!cliticsOnly(s)) {
        continue;
      }
      Integer y = lex.decades.get(s.definite() ? s.stemWithArticle() : "ال" + s.stem());
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
      if (!cue || month.ambiguous() && !(i > 0 && hasStem(i - 1, "شهر"))) {
        return null;
      }
    }
    if (month.ambiguous() && dayOfMonth == null && y == null && !(i > 0 && hasStem(i - 1, "شهر"))) {
      return null;
    }
    boolean hijri = month.hijri();
    if (y != null && y.hijri() != hijri && !(hijri && y.year() < HIJRI_YEAR_MAX)) {
      return null;
    }
    boolean relative = y == null;
    Integer year = y != null ? Integer.valueOf(y.year()) : relativeYear;
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
      if (relation == null) {
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
    for (Segmentation s : tok(i).segmentations()) {
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
    for (Segmentation s : tok(k).segmentations()) {
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
  private Segmentation seg(int k, Set<String> words) {
    if (k >= tokens.size() || tok(k).type() != Token.Type.ARABIC) {
      return null;
    }
    Segmentation best = null;
    for (Segmentation s : tok(k).segmentations()) {
      if (cliticsOnly(s) && (words.contains(key(s)) || words.contains(s.stem()))
          && (best == null || s.prefixes().length() < best.prefixes().length())) {
        best = s;
      }
    }
    return best;
  }

  private <T> List<T> candidates(Map<String, List<T>> table, int k) {
    List<T> out = new ArrayList<>();
    if (tok(k).type() != Token.Type.ARABIC) {
      return out;
    }
    Set<String> seen = new java.util.HashSet<>();
    for (Segmentation s : tok(k).segmentations()) {
      String key = key(s);
      List<T> list = table.get(key);
      if (list != null && cliticsOnly(s) && seen.add(key)) {
        out.addAll(list);
      }
    }
    return out;
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
    for (Segmentation s : tok(i).segmentations()) {
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
      Span s = tokens.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
