package io.github.rasd.parsers.text.numbers;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.model.Count;
import io.github.rasd.parsers.internal.Lookup;
import io.github.rasd.parsers.text.ArabicNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The number tables, loaded once from the bundled data files and immutable afterwards. Every key
 * is normalized with {@link ArabicNormalizer}, the same folding the tokens carry.
 */
final class NumberLexicon {

  /** What a number word contributes to the number it is part of. */
  enum Kind {
    UNIT, TEN, TEEN_HEAD, TENS, HUNDRED, SCALE, DUAL, PLURAL, FRACTION, ORDINAL, ORDINAL_HEAD,
    FRACTION_PLURAL, ZERO, DECIMAL_POINT
  }

  /** A number word: its kind and value. */
  record Word(Kind kind, BigDecimal value) {
    long longValue() {
      return value.longValueExact();
    }
  }

  /** Where a hedge stands relative to its number. */
  enum Position { PRE, POST }

  /** A hedge phrase, split in normalized words; {@code qualifier} is null for EXTEND. */
  record Hedge(List<String> words, Count.Qualifier qualifier, Position position) {}

  /** A vague quantity phrase and its conventional bounds (null when unbounded). */
  record Vague(List<String> words, Count.Qualifier qualifier, Long min, Long max) {}

  /** The parsing tables bundled with the library. */
  static NumberLexicon standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final NumberLexicon STANDARD = new NumberLexicon();
  }

  /** Normalized number word to its kind and value. */
  final Map<String, Word> words;
  /** Hedges before the number, by their first normalized word. */
  final Map<String, List<Hedge>> preHedges;
  /** Hedges after the number, by their first normalized word. */
  final Map<String, List<Hedge>> postHedges;
  /** Vague quantities, by their first normalized word (with its article when written with one). */
  final Map<String, List<Vague>> vague;
  /** Normalized singular stems of counted nouns whose dual forms mean two. */
  final Map<String, String> dualToSingular;
  /** Words that are never a counted noun. */
  final Set<String> stopwords;
  /** Words after which a bare year-like number is a year. */
  final Set<String> yearContext;
  /** Every word of every month name (all calendars and traditions), normalized. */
  final Set<String> monthWords;
  /**
   * Every word, other than a number word, that may begin a quantity, made from the tables above
   * (not listed by hand, so that an entry added to a data file gates itself in): the first words
   * of the hedges before a number and of the vague quantities, the duals of counted nouns, and
   * the scanner's range words ({@code NumberScanner}'s {@code RANGE_WORDS}). With digits and
   * number words, the scanner tries no quantity at any other token.
   */
  final Set<String> startWords;
  /** Units after a number that make it a measure, never a date ({@code measure-units.txt}). */
  final Set<String> measureUnits;
  /** Words of size before a number whose "م" is metres ({@code dates/measure-words.txt}). */
  final Set<String> measureWords;

  private NumberLexicon() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Map<String, Word> w = new HashMap<>();
    for (DataFile.Line line : DataFile.read(NumberLexicon.class, "number-words.txt")) {
      Kind kind;
      BigDecimal value;
      try {
        kind = Kind.valueOf(line.field(1));
        value = new BigDecimal(line.field(2));
      } catch (IllegalArgumentException e) {
        throw line.error("bad kind or value: " + e.getMessage());
      }
      Word previous = w.put(n.normalize(line.field(0)), new Word(kind, value));
      if (previous != null) {
        throw line.error("duplicate number word " + line.field(0));
      }
    }
    words = Lookup.map(w);

    Map<String, List<Hedge>> pre = new HashMap<>();
    Map<String, List<Hedge>> post = new HashMap<>();
    for (DataFile.Line line : DataFile.read(NumberLexicon.class, "approximators.txt")) {
      List<String> phrase = splitWords(n, line.field(0));
      Count.Qualifier q;
      Position p;
      try {
        q = line.field(1).equals("EXTEND") ? null : Count.Qualifier.valueOf(line.field(1));
        p = Position.valueOf(line.field(2));
      } catch (IllegalArgumentException e) {
        throw line.error("bad qualifier or position: " + e.getMessage());
      }
      (p == Position.PRE ? pre : post)
          .computeIfAbsent(phrase.get(0), k -> new ArrayList<>())
          .add(new Hedge(phrase, q, p));
    }
    preHedges = freezeLongestFirst(pre);
    postHedges = freezeLongestFirst(post);

    Map<String, List<Vague>> v = new HashMap<>();
    for (DataFile.Line line : DataFile.read(NumberLexicon.class, "vague.txt")) {
      List<String> phrase = splitWords(n, line.field(0));
      try {
        Count.Qualifier q = Count.Qualifier.valueOf(line.field(1));
        Long min = line.field(2).equals("-") ? null : Long.valueOf(line.field(2));
        Long max = line.field(3).equals("-") ? null : Long.valueOf(line.field(3));
        v.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(new Vague(phrase, q, min, max));
      } catch (IllegalArgumentException e) {
        throw line.error("bad qualifier or bound: " + e.getMessage());
      }
    }
    vague = freezeLongestFirstVague(v);

    Map<String, String> duals = new HashMap<>();
    for (DataFile.Line line : DataFile.read(NumberLexicon.class, "counted-nouns.txt")) {
      String singular = n.normalize(line.field(0));
      boolean sound;
      switch (line.field(1)) {
        case "SOUND" -> sound = true;
        case "BROKEN" -> sound = false;
        default -> throw line.error("plural type must be SOUND or BROKEN: " + line.field(1));
      }
      // ta marbuta is folded to ه by the normalizer; its duals are written with ت
      String base = singular.endsWith("ه") ? singular.substring(0, singular.length() - 1) + "ت" : singular;
      duals.put(base + "ان", singular);
      if (!sound) {
        duals.put(base + "ين", singular);
      }
    }
    dualToSingular = Lookup.map(duals);

    stopwords = readWordSet(n, "counted-noun-stopwords.txt");
    yearContext = readWordSet(n, "year-context.txt");

    Set<String> months = new HashSet<>();
    for (DataFile.Line line :
        DataFile.read(NumberLexicon.class, "/io/github/rasd/parsers/text/dates/months.txt")) {
      months.addAll(splitWords(n, line.field(0)));
    }
    monthWords = Lookup.set(months);
    measureUnits = readWordSet(n, "measure-units.txt");
    measureWords = readWordSet(n, "/io/github/rasd/parsers/text/dates/measure-words.txt");

    Set<String> start = new HashSet<>(preHedges.keySet());
    start.addAll(vague.keySet());
    start.addAll(dualToSingular.keySet());
    start.addAll(NumberScanner.RANGE_WORDS); // one set: one probe per analysis at every token
    startWords = Lookup.set(start);
  }

  private static Set<String> readWordSet(ArabicNormalizer n, String file) {
    Set<String> set = new HashSet<>();
    for (DataFile.Line line : DataFile.read(NumberLexicon.class, file)) {
      set.add(n.normalize(line.field(0)));
    }
    return Lookup.set(set);
  }

  static List<String> splitWords(ArabicNormalizer n, String phrase) {
    return List.of(n.normalize(phrase).trim().split(" +"));
  }

  private static Map<String, List<Hedge>> freezeLongestFirst(Map<String, List<Hedge>> m) {
    Map<String, List<Hedge>> out = new HashMap<>();
    m.forEach((k, list) -> {
      List<Hedge> sorted = new ArrayList<>(list);
      sorted.sort((a, b) -> b.words().size() - a.words().size());
      out.put(k, List.copyOf(sorted));
    });
    return Lookup.map(out);
  }

  private static Map<String, List<Vague>> freezeLongestFirstVague(Map<String, List<Vague>> m) {
    Map<String, List<Vague>> out = new HashMap<>();
    m.forEach((k, list) -> {
      List<Vague> sorted = new ArrayList<>(list);
      sorted.sort((a, b) -> b.words().size() - a.words().size());
      out.put(k, List.copyOf(sorted));
    });
    return Lookup.map(out);
  }
}
