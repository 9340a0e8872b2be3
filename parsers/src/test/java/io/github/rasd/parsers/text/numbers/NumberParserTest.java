package io.github.rasd.parsers.text.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Count;
import io.github.rasd.model.Count.Qualifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The number parser as a table of the language: one test per phenomenon, then the big table. */
class NumberParserTest {

  private static final NumberParser PARSER = NumberParser.standard();

  /** The first quantity that counts (not part of a date). */
  private static Optional<Quantity> first(String text) {
    return PARSER.parse(text).stream().filter(q -> !q.partOfDate()).findFirst();
  }

  private static Quantity only(String text) {
    List<Quantity> all = PARSER.parse(text);
    assertThat(all).as(text).hasSize(1);
    return all.get(0);
  }

  private static void check(String text, String span, Long min, Long max, boolean approximate,
      Qualifier qualifier) {
    Quantity q = first(text).orElseThrow(() -> new AssertionError("no quantity in " + text));
    assertThat(q.span().text()).as(text).isEqualTo(span);
    assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(span);
    assertThat(q.min()).as(text + " min").isEqualTo(Optional.ofNullable(min));
    assertThat(q.max()).as(text + " max").isEqualTo(Optional.ofNullable(max));
    assertThat(q.approximate()).as(text + " approximate").isEqualTo(approximate);
    assertThat(q.qualifier()).as(text + " qualifier").isEqualTo(qualifier);
  }

  @Test
  void aboutGivesExactApproximateBounds() {
    // "about 1700 fighters"
    check("قدر الخبراء عددهم بنحو 1700 مقاتل", "نحو 1700", 1700L, 1700L, true, Qualifier.ABOUT);
    assertThat(first("نحو 1700 مقاتل").orElseThrow().countedNounStem()).contains("مقاتل");
  }

  @Test
  void moreThanExcludesItsNumber() {
    // "more than 20 bombs"
    check("ضبط أكثر من 20 قنبلة", "أكثر من 20", 21L, null, true, Qualifier.MORE_THAN);
    // "with more than 10 thousand fighters": the clitic ب is left out of the span
    check("بأكثر من 10 آلاف مقاتل", "أكثر من 10 آلاف", 10001L, null, true, Qualifier.MORE_THAN);
  }

  @Test
  void hundredsWithWaw() {
    check("مئتان وخمسون", "مئتان وخمسون", 250L, 250L, false, Qualifier.EXACT);
    check("ألف وتسعمائة", "ألف وتسعمائة", 1900L, 1900L, false, Qualifier.EXACT);
    check("ثلاثمائة وخمسة وعشرون", "ثلاثمائة وخمسة وعشرون", 325L, 325L, false, Qualifier.EXACT);
  }

  @Test
  void hundredsSpelledApart() {
    check("ثلاث مئة", "ثلاث مئة", 300L, 300L, false, Qualifier.EXACT);
    check("ثلاث مائة ألف", "ثلاث مائة ألف", 300000L, 300000L, false, Qualifier.EXACT);
  }

  @Test
  void unitsBeforeTensInEitherCase() {
    check("ثلاثة وعشرون", "ثلاثة وعشرون", 23L, 23L, false, Qualifier.EXACT);
    check("خمسة وثلاثين", "خمسة وثلاثين", 35L, 35L, false, Qualifier.EXACT);
  }

  @Test
  void twoNumbersJoinedByWawStaySeparate() {
    // "four were killed and three others": 4 and 3, not 7
    List<Quantity> all = PARSER.parse("قتل أربعة وثلاثة آخرون");
    assertThat(all).extracting(q -> q.span().text()).containsExactly("أربعة", "ثلاثة");
  }

  @Test
  void thousandsSeparators() {
    for (String s : List.of("1,700", "1.700", "1 700", "١٬٧٠٠", "١٧٠٠", "۱۷۰۰")) {
      assertThat(only(s).value()).as(s).contains(new BigDecimal("1700"));
    }
    assertThat(only("1.5").value()).contains(new BigDecimal("1.5"));
    assertThat(only("٣٫٥").value()).contains(new BigDecimal("3.5"));
  }

  @Test
  void scalesAfterDigits() {
    assertThat(only("4 آلاف").min()).contains(4000L);
    assertThat(only("1.5 مليون").min()).contains(1500000L);
    assertThat(only("3 مليارات").min()).contains(3000000000L);
  }

  @Test
  void fractions() {
    assertThat(only("نصف").value()).contains(new BigDecimal("0.5"));
    assertThat(only("نصف").toCount().min()).isEmpty();
    assertThat(only("مليون ونصف").min()).contains(1500000L);
    assertThat(only("ربع مليون").min()).contains(250000L);
  }

  @Test
  void percentages() {
    for (String s : List.of("20%", "20 ٪", "20 بالمئة", "20 بالمائة", "عشرين في المائة", "20 في المئة")) {
      Quantity q = only(s);
      assertThat(q.percent()).as(s).isTrue();
      assertThat(q.value()).as(s).contains(new BigDecimal("20"));
      assertThat(q.span().text()).isEqualTo(s);
      assertThat(q.toCount().min()).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      الأول|1
      الأولى|1
      الثالثة|3
      العاشر|10
      الحادي عشر|11
      الحادية عشرة|11
      الثاني عشر|12
      العشرين|20
      الحادي والعشرين|21
      """)
  void ordinals(String text, int value) {
    Quantity q = only(text);
    assertThat(q.ordinal()).isTrue();
    assertThat(q.value()).contains(BigDecimal.valueOf(value));
    assertThat(q.toCount().min()).isEmpty();
  }

  @Test
  void ordinalsNeedTheArticle() {
    // "أولى الخطوات" (the first of the steps) and bare "ثاني" are not read
    assertThat(PARSER.parse("أولى الخطوات")).isEmpty();
  }

  @Test
  void dualNounsMeanTwo() {
    // "two soldiers were killed and two people were wounded"
    List<Quantity> all = PARSER.parse("قتل جنديين وأصيب شخصان");
    assertThat(all).extracting(q -> q.min().orElseThrow()).containsExactly(2L, 2L);
    assertThat(all).extracting(q -> q.countedNounStem().orElseThrow()).containsExactly("جنديين", "شخصان");
    // "مقاتلين" is the plural "fighters", not a dual
    assertThat(PARSER.parse("مقاتلين أجانب")).isEmpty();
  }

  @Test
  void singularWithWahid() {
    Quantity q = only("قتل مقاتل واحد");
    assertThat(q.min()).contains(1L);
    assertThat(q.countedNoun().orElseThrow().text()).isEqualTo("مقاتل");
  }

  @Test
  void countedNounAfterMin() {
    // "a cell of four members", "three of the gunmen"
    assertThat(only("خلية من أربعة أفراد").countedNoun().orElseThrow().text()).isEqualTo("أفراد");
    Quantity q = only("قتل ثلاثة من المسلحين");
    assertThat(q.countedNoun().orElseThrow().text()).isEqualTo("المسلحين");
    assertThat(q.countedNounStem()).contains("مسلحين");
  }

  @Test
  void vagueQuantities() {
    check("عشرات المسلحين", "عشرات", 20L, 99L, true, Qualifier.DOZENS);
    check("عشرات الآلاف من المدنيين", "عشرات الآلاف", 20000L, 99999L, true, Qualifier.THOUSANDS);
    check("عدة أشخاص", "عدة", 3L, 9L, true, Qualifier.SEVERAL);
    check("عدد كبير من الجرحى", "عدد كبير", null, null, true, Qualifier.VAGUE);
    assertThat(first("عشرات المسلحين").orElseThrow().countedNoun().orElseThrow().text()).isEqualTo("المسلحين");
  }

  @Test
  void postposedApproximately() {
    // "thousands of fighters, approximately"
    check("آلاف مقاتل تقريبا", "آلاف مقاتل تقريبا", 2000L, 9999L, true, Qualifier.THOUSANDS);
    check("1700 تقريبا", "1700 تقريبا", 1700L, 1700L, true, Qualifier.ABOUT);
  }

  @Test
  void ranges() {
    check("بين 10 و20 قتيلا", "بين 10 و20", 10L, 20L, true, Qualifier.RANGE);
  }

  @Test
  void datesAreNotCounts() {
    List<Quantity> all = PARSER.parse("في 1 أبريل 2019 وعام 2016 وفي 1440 هـ");
    assertThat(all).isNotEmpty().allMatch(Quantity::partOfDate);
    // numeric dates are not quantities at all
    assertThat(PARSER.parse("بتاريخ 1/4/2019 و2019-04-01")).isEmpty();
  }

  @Test
  void everyMonthNameMarksItsDayAndYear() {
    for (String month : List.of("أبريل", "نيسان", "أفريل", "كانون الثاني", "آذار (مارس)", "رمضان")) {
      List<Quantity> all = PARSER.parse("في 5 " + month + " 2016");
      assertThat(all).as(month).filteredOn(q -> !q.ordinal()).hasSize(2).allMatch(Quantity::partOfDate);
    }
  }

  @Test
  void toCountCarriesTheSpan() {
    Count c = only("نحو 1700").toCount();
    assertThat(c.min()).contains(1700L);
    assertThat(c.approximate()).isTrue();
    assertThat(c.span().orElseThrow().text()).isEqualTo("نحو 1700");
    assertThat(c.text()).isEqualTo("نحو 1700");
  }

  @Test
  void exactUpToBillions() {
    assertThat(only("خمسة مليارات").min()).contains(5000000000L);
    assertThat(only("1,234,567,891").min()).contains(1234567891L);
  }

  static Stream<Arguments> table() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        NumberParserTest.class.getResourceAsStream("quantities.tsv"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          cases.add(Arguments.of(n, line.split("\t", -1)));
        }
      }
    }
    assertThat(cases).hasSizeGreaterThan(300);
    return cases.stream();
  }

  @ParameterizedTest(name = "quantities.tsv:{0}")
  @MethodSource("table")
  void quantityTable(int line, String[] f) {
    Optional<Quantity> q = first(f[0]);
    if (f[1].equals("-")) {
      assertThat(q).as(f[0]).isEmpty();
      return;
    }
    assertThat(q).as(f[0]).isPresent();
    Quantity x = q.get();
    assertThat(x.span().text()).as(f[0] + " span").isEqualTo(f[1]);
    assertThat(x.min()).as(f[0] + " min").isEqualTo(bound(f[2]));
    assertThat(x.max()).as(f[0] + " max").isEqualTo(bound(f[3]));
    assertThat(x.approximate()).as(f[0] + " approximate").isEqualTo(Boolean.parseBoolean(f[4]));
    assertThat(x.qualifier()).as(f[0] + " qualifier").isEqualTo(Qualifier.valueOf(f[5]));
    assertThat(x.countedNoun().map(s -> s.text())).as(f[0] + " noun").isEqualTo(
        f[6].equals("-") ? Optional.empty() : Optional.of(f[6]));
  }

  private static Optional<Long> bound(String s) {
    return s.equals("-") ? Optional.empty() : Optional.of(Long.valueOf(s));
  }
}
