package io.github.rasd.parsers.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.DateRange.Granularity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The date parser as a table of the language: one test per phenomenon, then the big table. */
class DateParserTest {

  @Test
  void quantitiesGivenByTheCallerGiveTheSameDates() {
    String text = "وقع الهجوم فجر الأحد 12 آذار 2023، بعد ثلاثة أيام من كمين قتل فيه 5 جنود، وفي 3-5 أغسطس";
    io.github.rasd.parsers.text.TextView view =
        io.github.rasd.parsers.text.ArabicNormalizer.standard().view(text);
    List<io.github.rasd.parsers.text.Token> tokens = io.github.rasd.parsers.text.Tokenizer.standard().tokenize(view);
    Optional<LocalDate> anchor = Optional.of(LocalDate.of(2023, 3, 14));
    List<DateMention> alone = DateParser.standard().parse(view, tokens, anchor);
    List<DateMention> reused = DateParser.standard().parse(view, tokens,
        io.github.rasd.parsers.text.numbers.NumberParser.standard().parse(view, tokens), anchor);
    assertThat(alone).isNotEmpty();
    assertThat(reused).isEqualTo(alone);
  }


  private static final DateParser PARSER = DateParser.standard();
  /** A Wednesday. */
  private static final Optional<LocalDate> ANCHOR = Optional.of(LocalDate.of(2019, 4, 10));

  private static DateMention only(String text, Optional<LocalDate> anchor) {
    List<DateMention> all = PARSER.parse(text, anchor);
    assertThat(all).as(text).hasSize(1);
    DateMention m = all.get(0);
    assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.span().text());
    return m;
  }

  private static void check(String text, Optional<LocalDate> anchor, String span, String start,
      String end, Granularity g) {
    DateMention m = only(text, anchor);
    assertThat(m.span().text()).as(text).isEqualTo(span);
    assertThat(m.range().start()).as(text).isEqualTo(LocalDate.parse(start));
    assertThat(m.range().end()).as(text).isEqualTo(LocalDate.parse(end));
    assertThat(m.range().granularity()).as(text).isEqualTo(g);
    assertThat(m.range().span()).contains(m.span());
  }

  @Test
  void egyptianGulfMonthNames() {
    check("في 5 يونيه 2016", Optional.empty(), "5 يونيه 2016", "2016-06-05", "2016-06-05", Granularity.DAY);
    check("في 5 إبريل 2016", Optional.empty(), "5 إبريل 2016", "2016-04-05", "2016-04-05", Granularity.DAY);
  }

  @Test
  void levantineMonthNames() {
    check("في 15 كانون الثاني 2019", Optional.empty(), "15 كانون الثاني 2019", "2019-01-15", "2019-01-15", Granularity.DAY);
    check("في تشرين الأول 2018", Optional.empty(), "تشرين الأول 2018", "2018-10-01", "2018-10-31", Granularity.MONTH);
  }

  @Test
  void maghrebiMonthNames() {
    check("في 5 جانفي 2018", Optional.empty(), "5 جانفي 2018", "2018-01-05", "2018-01-05", Granularity.DAY);
    check("في جويلية 2016", Optional.empty(), "جويلية 2016", "2016-07-01", "2016-07-31", Granularity.MONTH);
  }

  @Test
  void pairedMonthNames() {
    check("في مارس/آذار 2019", Optional.empty(), "مارس/آذار 2019", "2019-03-01", "2019-03-31", Granularity.MONTH);
    check("في آذار (مارس) 2019", Optional.empty(), "آذار (مارس) 2019", "2019-03-01", "2019-03-31", Granularity.MONTH);
  }

  @Test
  void gluedMonthAndYear() {
    check("بنقردان مارس2016", Optional.empty(), "مارس2016", "2016-03-01", "2016-03-31", Granularity.MONTH);
  }

  @Test
  void hijriYears() {
    // Umm al-Qura: 1 Muharram 1440 = 2018-09-11, 1 Muharram 1441 = 2019-08-31
    check("عام 1440 هـ", Optional.empty(), "عام 1440 هـ", "2018-09-11", "2019-08-30", Granularity.YEAR);
    check("في 15 رمضان 1440هـ", Optional.empty(), "15 رمضان 1440هـ", "2019-05-20", "2019-05-20", Granularity.DAY);
  }

  @Test
  void numericDatesInEveryDigitSystem() {
    for (String s : List.of("1/4/2019", "2019-04-01", "١/٤/٢٠١٩", "۱/۴/۲۰۱۹", "1.4.2019")) {
      check("بتاريخ " + s, Optional.empty(), s, "2019-04-01", "2019-04-01", Granularity.DAY);
    }
  }

  @Test
  void relativeWeekdayBeforeAnchor() {
    // "on Sunday" read on Wednesday 2019-04-10 is Sunday 2019-04-07; "on Wednesday" the anchor
    check("يوم الأحد", ANCHOR, "يوم الأحد", "2019-04-07", "2019-04-07", Granularity.DAY);
    check("يوم الأربعاء", ANCHOR, "يوم الأربعاء", "2019-04-10", "2019-04-10", Granularity.DAY);
    check("الأربعاء الماضي", ANCHOR, "الأربعاء الماضي", "2019-04-03", "2019-04-03", Granularity.DAY);
  }

  @Test
  void partOfYear() {
    check("أواخر 2016", Optional.empty(), "أواخر 2016", "2016-09-01", "2016-12-31", Granularity.PART_OF_YEAR);
    check("منتصف العام الماضي", ANCHOR, "منتصف العام الماضي", "2018-05-01", "2018-08-31", Granularity.PART_OF_YEAR);
  }

  @Test
  void partOfMonth() {
    check("نهاية مارس", ANCHOR, "نهاية مارس", "2019-03-21", "2019-03-31", Granularity.PART_OF_MONTH);
  }

  @Test
  void missingYearFromAnchor() {
    // a month after the anchor's month, or a later day of the same month, is last year
    check("في مايو", ANCHOR, "مايو", "2018-05-01", "2018-05-31", Granularity.MONTH);
    check("في 20 أبريل", ANCHOR, "20 أبريل", "2018-04-20", "2018-04-20", Granularity.DAY);
    check("في 9 أبريل", ANCHOR, "9 أبريل", "2019-04-09", "2019-04-09", Granularity.DAY);
    assertThat(only("في مايو", ANCHOR).relative()).isTrue();
  }

  @Test
  void noAnchorNoGuess() {
    assertThat(PARSER.parse("أمس وفي مارس ويوم الأحد والأسبوع الماضي", Optional.empty())).isEmpty();
  }

  @Test
  void agoIsOneDay() {
    check("منذ ثلاثة أيام", ANCHOR, "منذ ثلاثة أيام", "2019-04-07", "2019-04-07", Granularity.DAY);
  }

  @Test
  void ordinalDays() {
    check("في الأول من أبريل الجاري", ANCHOR, "الأول من أبريل الجاري", "2019-04-01", "2019-04-01", Granularity.DAY);
  }

  @Test
  void ranges() {
    check("بين 2014 و2016", Optional.empty(), "بين 2014 و2016", "2014-01-01", "2016-12-31", Granularity.INTERVAL);
    check("من 1 إلى 3 أبريل 2019", Optional.empty(), "من 1 إلى 3 أبريل 2019", "2019-04-01", "2019-04-03", Granularity.INTERVAL);
  }

  @Test
  void seasonsAndDecades() {
    check("صيف 2016", Optional.empty(), "صيف 2016", "2016-06-01", "2016-08-31", Granularity.SEASON);
    check("في التسعينيات", Optional.empty(), "التسعينيات", "1990-01-01", "1999-12-31", Granularity.DECADE);
  }

  @Test
  void ambiguousMonthsNeedADayOrYear() {
    // آب is "August" and "father"; رمضان also a name; مارس also "he practised"
    assertThat(PARSER.parse("قال آب إن", ANCHOR)).isEmpty();
    assertThat(PARSER.parse("قال رمضان إن", ANCHOR)).isEmpty();
    assertThat(PARSER.parse("مارس الجيش ضغوطا", ANCHOR)).isEmpty();
    check("في آب 2016", Optional.empty(), "آب 2016", "2016-08-01", "2016-08-31", Granularity.MONTH);
  }

  @Test
  void everyMonthNameOfTheDataParses() throws IOException {
    int n = 0;
    for (String[] f : dataLines("/io/github/rasd/parsers/text/dates/months.txt")) {
      String text = "في 5 " + f[0] + " " + (f[1].equals("HIJRI") ? "1440 هـ" : "2016");
      DateMention m = only(text, Optional.empty());
      assertThat(m.range().granularity()).as(text).isEqualTo(Granularity.DAY);
      if (f[1].equals("GREGORIAN")) {
        assertThat(m.range().start()).as(text).isEqualTo(LocalDate.of(2016, Integer.parseInt(f[2]), 5));
      }
      n++;
    }
    assertThat(n).isGreaterThan(50);
  }

  private static List<String[]> dataLines(String resource) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        DateParserTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!text.isEmpty()) {
          out.add(text.split("\t"));
        }
      }
    }
    return out;
  }

  @Test
  void unresolvedExpressionsAreStillTimeWords() {
    // "at dawn on Sunday" without a publication date: no interval, but a time expression
    String text = "شن الجيش هجوما فجر الأحد وصباح الخميس";
    io.github.rasd.parsers.text.TextView view = io.github.rasd.parsers.text.ArabicNormalizer.standard().view(text);
    List<io.github.rasd.parsers.text.Token> tokens = io.github.rasd.parsers.text.Tokenizer.standard().tokenize(view);
    List<DateMention> all = PARSER.parseAll(view, tokens,
        io.github.rasd.parsers.text.numbers.NumberParser.standard().parse(view, tokens), Optional.empty());
    assertThat(all).extracting(d -> d.span().text()).containsExactly("فجر الأحد", "صباح الخميس");
    assertThat(all).noneMatch(DateMention::resolved).allMatch(d -> d.rule().equals("dates/part-of-day"))
        .allMatch(d -> d.resolvedRange().isEmpty());
    assertThat(PARSER.parse(text, Optional.empty())).isEmpty();
    // "three days after the attack" counts from another event, whatever the anchor
    assertThat(PARSER.parse("بعد ثلاثة أيام من الهجوم", ANCHOR)).isEmpty();
  }

  @Test
  void everyMentionNamesItsRule() {
    assertThat(only("قتل أمس خمسة", ANCHOR).rule()).isEqualTo("dates/relative-day");
    assertThat(only("في 5 يناير 2016", ANCHOR).rule()).isEqualTo("dates/explicit");
    assertThat(only("بين 2014 و2016", ANCHOR).rule()).isEqualTo("dates/range");
    assertThat(only("عيد الفطر 2019", ANCHOR).rule()).isEqualTo("dates/holiday");
    assertThat(only("ثاني خميس من يونيو 2019", ANCHOR).rule()).isEqualTo("dates/nth-in-period");
  }

  @Test
  void easterByTheComputus() {
    // Western and Eastern Easter Sundays of the published tables
    String[][] years = {{"2019", "2019-04-21", "2019-04-28"}, {"2020", "2020-04-12", "2020-04-19"},
        {"2021", "2021-04-04", "2021-05-02"}, {"2023", "2023-04-09", "2023-04-16"},
        {"2025", "2025-04-20", "2025-04-20"}, {"2000", "2000-04-23", "2000-04-30"}};
    for (String[] y : years) {
      check("عيد الفصح " + y[0], Optional.empty(), "عيد الفصح " + y[0], y[1], y[1], Granularity.DAY);
      check("عيد الفصح الأرثوذكسي " + y[0], Optional.empty(), "عيد الفصح الأرثوذكسي " + y[0], y[2], y[2],
          Granularity.DAY);
    }
  }

  @Test
  void everyHolidayOfTheDataParses() throws IOException {
    int n = 0;
    for (String[] f : dataLines("/io/github/rasd/parsers/text/dates/holidays.txt")) {
      DateMention m = only("احتفل الناس ب" + f[0] + " 2019", Optional.empty());
      assertThat(m.rule()).as(f[0]).isEqualTo("dates/holiday");
      assertThat(m.range().granularity()).as(f[0]).isEqualTo(Granularity.DAY);
      assertThat(m.range().start().getYear()).as(f[0]).isEqualTo(2019);
      if (f[1].equals("GREGORIAN")) {
        assertThat(m.range().start().getMonthValue()).as(f[0]).isEqualTo(Integer.parseInt(f[2]));
      }
      n++;
    }
    assertThat(n).isGreaterThan(30);
  }

  static Stream<Arguments> table() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        DateParserTest.class.getResourceAsStream("dates.tsv"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          cases.add(Arguments.of(n, line.split("\t", -1)));
        }
      }
    }
    assertThat(cases).hasSizeGreaterThan(400);
    return cases.stream();
  }

  @ParameterizedTest(name = "dates.tsv:{0}")
  @MethodSource("table")
  void dateTable(int line, String[] f) {
    Optional<LocalDate> anchor = f[1].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(f[1]));
    List<DateMention> all = PARSER.parse(f[0], anchor);
    if (f[2].equals("-")) {
      assertThat(all).as(f[0]).isEmpty();
      return;
    }
    assertThat(all).as(f[0]).isNotEmpty();
    DateMention m = all.get(0);
    assertThat(m.span().text()).as(f[0] + " span").isEqualTo(f[2]);
    assertThat(m.range().start()).as(f[0] + " start").isEqualTo(LocalDate.parse(f[3]));
    assertThat(m.range().end()).as(f[0] + " end").isEqualTo(LocalDate.parse(f[4]));
    assertThat(m.range().granularity()).as(f[0] + " granularity").isEqualTo(Granularity.valueOf(f[5]));
  }
}
