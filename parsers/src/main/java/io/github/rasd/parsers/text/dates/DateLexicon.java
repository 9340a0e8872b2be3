package io.github.rasd.parsers.text.dates;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.internal.Lookup;
import io.github.rasd.parsers.text.ArabicNormalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The date tables, loaded once from the bundled data files and immutable afterwards. */
final class DateLexicon {

  /** A month name: its words (normalized), calendar and number. */
  record Month(List<String> words, boolean hijri, int month, boolean ambiguous) {}

  /** A relative phrase: its words, kind (DAY, NIGHT, PART_OF_DAY, WEEK, MONTH, QUARTER, YEAR, RELATION). */
  record Relative(List<String> words, String kind, int offset) {}

  /** A unit of elapsed time; {@code count} 0 when a number gives it. */
  record Unit(String unit, int count) {}

  /** An offset word: POINT or PERIOD, and its direction (-1 before the anchor, +1 after). */
  record Offset(List<String> words, String kind, int direction) {}

  /** A holiday: its words, calendar (HIJRI, GREGORIAN, EASTER_WESTERN, EASTER_EASTERN), day. */
  record Holiday(List<String> words, String calendar, int month, int day) {}

  static DateLexicon standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final DateLexicon STANDARD = new DateLexicon();
  }

  /** Month names by their first normalized word, longest first. */
  final Map<String, List<Month>> months;
  final Map<String, DayOfWeek> weekdays;
  /** Part-of-period words to FIRST, MIDDLE or LAST. */
  final Map<String, String> parts;
  /** Season words to SPRING, SUMMER, AUTUMN or WINTER. */
  final Map<String, String> seasons;
  /** Words that make a bare month name a month. */
  final Set<String> monthContext;
  /** Words before a year number: عام، سنة. */
  final Set<String> yearWords;
  /** Era marks after a year, to true for the Hijri era. */
  final Map<String, Boolean> eras;
  /** Words of size or height before a number with "م" that is metres ({@code measure-words.txt}). */
  final Set<String> measureWords;
  /** Relative phrases by their first normalized word, longest first. */
  final Map<String, List<Relative>> relatives;
  final Map<String, Integer> decades;
  /**
   * {@link #decades} whose word has the article, by the word without it: what an analysis
   * without the article reads, with no "ال" + stem string made per token.
   */
  final Map<String, Integer> decadesWithoutArticle;
  final Map<String, Unit> units;
  /**
   * Every word that may begin a time expression, made from the tables above (not listed by
   * hand, so that an entry added to a data file gates itself in): the first words of month names
   * and relative phrases, weekdays, part-of-period words, seasons, year words and decades (with
   * and without their article), and the scanner's own start words ({@code DateScanner}'s
   * {@code START_WORDS}). With numbers, the scanner tries no expression at any other token.
   */
  final Set<String> startWords;
  /** Offset phrases ({@code offsets.txt}) by their first normalized word, longest first. */
  final Map<String, List<Offset>> offsets;
  /** Words between a POINT's count and "من" that keep it counting from an event ({@code offsets.txt}). */
  final Set<String> offsetFillers;
  /** Hedges before a unit word that states its count: "قبل نحو أسبوعين" ({@code offsets.txt}). */
  final Set<String> offsetHedges;
  /** Holidays ({@code holidays.txt}) by their first normalized word, longest first. */
  final Map<String, List<Holiday>> holidays;
  /** Ordinals of calendar arithmetic to 1..5, or -1 for "last" ({@code calendar-words.txt}). */
  final Map<String, Integer> ordinals;
  /** The other calendar words to DAY, WEEK, HALF or QUARTER ({@code calendar-words.txt}). */
  final Map<String, String> calendarNouns;
  /** Gate bits: the tables a word may open an expression of ({@link #gates}). */
  static final int GATE_HOLIDAY = 1;
  static final int GATE_ORDINAL = 2;
  static final int GATE_WEEKDAY = 4;
  static final int GATE_CALENDAR_NOUN = 8;
  static final int GATE_MONTH = 16;
  static final int GATE_OFFSET = 32;
  static final int GATE_UNIT = 64;
  static final int GATE_RELATIVE = 128;
  /**
   * Not a table's bit: one of the word's analyses is in {@link #startWords}, so a time expression
   * may begin at it (the scanner's gate, kept with the word form instead of probed at every token).
   */
  static final int GATE_START = 256;
  /**
   * Every first word of the holiday, ordinal, weekday, calendar-noun, month, offset, unit and
   * relative tables to the bits of the tables it opens: a word without an entry opens none of those
   * expressions, so their rules are not tried on it.
   */
  final Map<String, Integer> gates;
  /** Future particles ({@code future-cues.txt}). */
  final Set<String> futureWords;
  /** Letters that open a future verb ({@code future-cues.txt}). */
  final List<String> futurePrefixes;
  /** Words that open like a future verb but are none ({@code future-cues.txt}). */
  final Set<String> notFutureVerbs;

  private DateLexicon() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Map<String, List<Month>> m = new HashMap<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "months.txt")) {
      List<String> words = words(n, line.field(0));
      boolean hijri;
      switch (line.field(1)) {
        case "GREGORIAN" -> hijri = false;
        case "HIJRI" -> hijri = true;
        default -> throw line.error("calendar must be GREGORIAN or HIJRI: " + line.field(1));
      }
      int month = parseInt(line, line.field(2), 1, 12);
      m.computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Month(words, hijri, month, line.field(3).equals("AMBIGUOUS")));
    }
    months = freeze(m, Month::words);

    Map<String, DayOfWeek> w = new HashMap<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "weekdays.txt")) {
      w.put(n.normalize(line.field(0)), DayOfWeek.of(parseInt(line, line.field(1), 1, 7)));
    }
    weekdays = Lookup.map(w);

    Map<String, String> p = new HashMap<>();
    Map<String, String> s = new HashMap<>();
    Set<String> ctx = new HashSet<>();
    Set<String> yw = new HashSet<>();
    Map<String, Boolean> era = new HashMap<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "periods.txt")) {
      String word = n.normalize(line.field(0));
      switch (line.field(1)) {
        case "PART" -> p.put(word, check(line, line.field(2), "FIRST", "MIDDLE", "LAST"));
        case "SEASON" -> s.put(word, check(line, line.field(2), "SPRING", "SUMMER", "AUTUMN", "WINTER"));
        case "CONTEXT" -> ctx.add(word);
        case "YEAR_WORD" -> yw.add(word);
        case "ERA" -> era.put(word, check(line, line.field(2), "GREGORIAN", "HIJRI").equals("HIJRI"));
        default -> throw line.error("kind must be PART, SEASON, CONTEXT, YEAR_WORD or ERA: " + line.field(1));
      }
    }
    parts = Lookup.map(p);
    seasons = Lookup.map(s);
    monthContext = Lookup.set(ctx);
    yearWords = Lookup.set(yw);
    eras = Lookup.map(era);
    Set<String> measure = new HashSet<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "measure-words.txt")) {
      measure.add(n.normalize(line.field(0)));
    }
    measureWords = Lookup.set(measure);

    Map<String, List<Relative>> r = new HashMap<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "relative.txt")) {
      List<String> words = words(n, line.field(0));
      String kind = check(line, line.field(1),
          "DAY", "NIGHT", "PART_OF_DAY", "WEEK", "MONTH", "QUARTER", "YEAR", "RELATION");
      r.computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Relative(words, kind, parseInt(line, line.field(2), -10, 10)));
    }
    relatives = freeze(r, Relative::words);

    Map<String, Integer> d = new HashMap<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "decades.txt")) {
      d.put(n.normalize(line.field(0)), parseInt(line, line.field(1), 1000, 2990));
    }
    decades = Lookup.map(d);
    Map<String, Integer> bare = new HashMap<>();
    d.forEach((word, year) -> {
      if (word.startsWith("ال")) {
        bare.put(word.substring(2), year);
      }
    });
    decadesWithoutArticle = Lookup.map(bare);

    Map<String, Unit> u = new HashMap<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "units.txt")) {
      String unit = check(line, line.field(1), "DAY", "WEEK", "MONTH", "YEAR", "HOUR", "MINUTE");
      int count = line.field(2).equals("-") ? 0 : parseInt(line, line.field(2), 1, 100);
      u.put(n.normalize(line.field(0)), new Unit(unit, count));
    }
    units = Lookup.map(u);

    Map<String, List<Offset>> o = new HashMap<>();
    Set<String> fillers = new HashSet<>();
    Set<String> hedges = new HashSet<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "offsets.txt")) {
      List<String> words = words(n, line.field(0));
      String kind = check(line, line.field(1), "POINT", "PERIOD", "FILLER", "HEDGE");
      if (kind.equals("FILLER") || kind.equals("HEDGE")) {
        (kind.equals("FILLER") ? fillers : hedges).add(words.get(0));
        continue;
      }
      o.computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Offset(words, kind, parseInt(line, line.field(2), -1, 1)));
    }
    offsets = freeze(o, Offset::words);
    offsetFillers = Lookup.set(fillers);
    offsetHedges = Lookup.set(hedges);

    Map<String, List<Holiday>> h = new HashMap<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "holidays.txt")) {
      List<String> words = words(n, line.field(0));
      String calendar = check(line, line.field(1), "HIJRI", "GREGORIAN", "EASTER_WESTERN", "EASTER_EASTERN");
      boolean easter = calendar.startsWith("EASTER");
      int month = easter ? 0 : parseInt(line, line.field(2), 1, 12);
      int day = easter ? parseInt(line, line.field(3), -60, 60) : parseInt(line, line.field(3), 1, 31);
      h.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Holiday(words, calendar, month, day));
    }
    holidays = freeze(h, Holiday::words);

    Map<String, Integer> ord = new HashMap<>();
    Map<String, String> nouns = new HashMap<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "calendar-words.txt")) {
      String word = n.normalize(line.field(0));
      switch (line.field(1)) {
        case "ORDINAL" -> ord.put(word, parseInt(line, line.field(2), -1, 5));
        case "DAY", "WEEK", "HALF", "QUARTER" -> nouns.put(word, line.field(1));
        default -> throw line.error("kind must be ORDINAL, DAY, WEEK, HALF or QUARTER: " + line.field(1));
      }
    }
    ordinals = Lookup.map(ord);
    calendarNouns = Lookup.map(nouns);

    Set<String> fw = new HashSet<>();
    List<String> fp = new ArrayList<>();
    Set<String> nv = new HashSet<>();
    for (DataFile.Line line : DataFile.read(DateLexicon.class, "future-cues.txt")) {
      String word = n.normalize(line.field(0));
      switch (line.field(1)) {
        case "WORD" -> fw.add(word);
        case "PREFIX" -> fp.add(word);
        case "NOT_VERB" -> nv.add(word);
        default -> throw line.error("kind must be WORD, PREFIX or NOT_VERB: " + line.field(1));
      }
    }
    Map<String, Integer> g = new HashMap<>();
    holidays.keySet().forEach(k -> g.merge(k, GATE_HOLIDAY, (a, b) -> a | b));
    ordinals.keySet().forEach(k -> g.merge(k, GATE_ORDINAL, (a, b) -> a | b));
    weekdays.keySet().forEach(k -> g.merge(k, GATE_WEEKDAY, (a, b) -> a | b));
    calendarNouns.keySet().forEach(k -> g.merge(k, GATE_CALENDAR_NOUN, (a, b) -> a | b));
    months.keySet().forEach(k -> g.merge(k, GATE_MONTH, (a, b) -> a | b));
    offsets.keySet().forEach(k -> g.merge(k, GATE_OFFSET, (a, b) -> a | b));
    units.keySet().forEach(k -> g.merge(k, GATE_UNIT, (a, b) -> a | b));
    relatives.keySet().forEach(k -> g.merge(k, GATE_RELATIVE, (a, b) -> a | b));
    gates = Lookup.map(g);
    futureWords = Lookup.set(fw);
    futurePrefixes = List.copyOf(fp);
    notFutureVerbs = Lookup.set(nv);

    Set<String> start = new HashSet<>();
    start.addAll(months.keySet());
    start.addAll(weekdays.keySet());
    start.addAll(parts.keySet());
    start.addAll(seasons.keySet());
    start.addAll(yearWords);
    start.addAll(relatives.keySet());
    for (String decade : decades.keySet()) {
      start.add(decade);
      if (decade.startsWith("ال")) {
        start.add(decade.substring(2)); // "تسعينيات القرن الماضي": the decade word without ال
      }
    }
    start.addAll(gates.keySet()); // holidays, ordinals, calendar nouns, offsets, units
    start.addAll(DateScanner.START_WORDS); // one set: one probe per analysis at every token
    startWords = Lookup.set(start);
  }

  private static List<String> words(ArabicNormalizer n, String phrase) {
    return List.of(n.normalize(phrase).trim().split(" +"));
  }

  private static String check(DataFile.Line line, String value, String... allowed) {
    for (String a : allowed) {
      if (a.equals(value)) {
        return value;
      }
    }
    throw line.error("expected one of " + String.join(", ", allowed) + ": " + value);
  }

  private static int parseInt(DataFile.Line line, String value, int min, int max) {
    try {
      int v = Integer.parseInt(value);
      if (v < min || v > max) {
        throw line.error("value " + v + " outside " + min + ".." + max);
      }
      return v;
    } catch (NumberFormatException e) {
      throw line.error("not a number: " + value);
    }
  }

  private static <T> Map<String, List<T>> freeze(
      Map<String, List<T>> m, java.util.function.Function<T, List<String>> words) {
    Map<String, List<T>> out = new HashMap<>();
    m.forEach((k, list) -> {
      List<T> sorted = new ArrayList<>(list);
      sorted.sort((a, b) -> words.apply(b).size() - words.apply(a).size());
      out.put(k, List.copyOf(sorted));
    });
    return Lookup.map(out);
  }
}
