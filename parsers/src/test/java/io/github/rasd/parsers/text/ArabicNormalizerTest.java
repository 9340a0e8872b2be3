package io.github.rasd.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Span;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The normalization rules of {@link ArabicNormalizer}, one phenomenon per test. */
class ArabicNormalizerTest {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

  private static void check(String input, String expected) {
    assertThat(NORMALIZER.normalize(input)).as("normalize(%s)", input).isEqualTo(expected);
    TextView view = NORMALIZER.view(input);
    assertThat(view.normalized()).isEqualTo(expected);
    assertRoundTrip(view);
  }

  /** Every normalized range maps to a span whose text is the original substring. */
  static void assertRoundTrip(TextView view) {
    String original = view.original();
    int n = view.normalized().length();
    int previousStart = 0;
    for (int s = 0; s <= n; s++) {
      int start = view.originalStart(s);
      assertThat(start).as("start monotone at %s", s).isGreaterThanOrEqualTo(previousStart);
      previousStart = start;
      if (s < n) {
        assertThat(view.originalEnd(s + 1)).isGreaterThan(start);
        // a span never starts or ends inside a surrogate pair
        assertThat(Character.isLowSurrogate(original.charAt(start))
            && start > 0 && Character.isHighSurrogate(original.charAt(start - 1))).isFalse();
      }
    }
    for (int s = 0; s <= n; s++) {
      for (int e = s; e <= n && e <= s + 8; e++) {
        Span span = view.originalSpan(s, e);
        assertThat(span.text()).isEqualTo(original.substring(span.start(), span.end()));
        assertThat(span.start()).isBetween(0, original.length());
        assertThat(span.end()).isBetween(span.start(), original.length());
      }
    }
    if (n > 0) {
      Span all = view.originalSpan(0, n);
      assertThat(all.end()).isLessThanOrEqualTo(original.length());
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "أحمد, احمد",
    "إدلب, ادلب",
    "آمرلي, امرلي",
    "ٱلرحمن, الرحمن",
    "الأنبار, الانبار",
    "إسرائيل, اسرائيل",
    "آلاف, الاف",
    "ٲ, ا",
    "ٳ, ا",
  })
  void alefVariantsBecomeBareAlef(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "مستشفى, مستشفي",
    "على, علي",
    "إلى, الي",
    "حتى, حتي",
    "مدينة, مدينه",
    "حماة, حماه",
    "الحكومة, الحكومه",
    "قوات الحماية, قوات الحمايه",
  })
  void alefMaqsuraAndTehMarbutaAreFolded(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "مؤتمر, مؤتمر",
    "رئيس, رئيس",
    "هيئة, هيئه",
    "شيء, شيء",
    "سماء, سماء",
    "مسؤول, مسؤول",
  })
  void hamzaCarriersAreKept(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "قُتِلَ, قتل",
    "جنودٍ, جنود",
    "مدنيًا, مدنيا",
    "كتابٌ, كتاب",
    "الشَّام, الشام",
    "قُوَّات, قوات",
    "مُسَلَّحُونَ, مسلحون",
    "هٰذا, هذا",
    "ذٰلك, ذلك",
    "الْجَيْش, الجيش",
    "بِسْمِ, بسم",
    "رَحْمَٰن, رحمن",
    "مۡلك, ملك",
    "ٱلۡكِتَٰبِ, الكتب",
    "عَلَيۡهِۖ, عليه",
    "قَالَۚ, قال",
  })
  void harakatAndQuranicMarksAreRemoved(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "الـمدينة, المدينه",
    "لـ, ل",
    "جـــيـــش, جيش",
    "ـبداية, بدايه",
    "نهايةـ, نهايه",
  })
  void tatweelIsRemoved(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ﻻ, لا",
    "ﻷ, لا",
    "ﻹ, لا",
    "ﻵ, لا",
    "ﻼ, لا",
    "ﺍﻟﺠﻴﺶ, الجيش",
    "ﺑﻐﺪﺍﺩ, بغداد",
    "ﻣﺪﻳﻨﺔ, مدينه",
    "ﷲ, الله",
    "ﻗﺘﻞ, قتل",
    "ﭖ, ب",
    "ﮎ, ك",
    "ﯼ, ي",
    "ﺓ, ه",
    "ﻯ, ي",
    "ﺁ, ا",
  })
  void presentationFormsAndLigaturesAreDecomposed(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "کرکوک, كركوك",
    "ایران, ايران",
    "ڤيينا, فيينا",
    "ڨالمة, قالمه",
    "گروه, كروه",
    "پاکستان, باكستان",
    "چين, جين",
    "ژنرال, زنرال",
    "ڭ, ك",
    "ڢاس, فاس",
    "ڧ, ق",
    "ھ, ه",
    "ہ, ه",
    "ۃ, ه",
    "ە, ه",
    "ۀ, ه",
    "ې, ي",
    "ۍ, ي",
  })
  void persianUrduAndMaghrebiLettersAreFolded(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "٠١٢٣٤٥٦٧٨٩, 0123456789",
    "۰۱۲۳۴۵۶۷۸۹, 0123456789",
    "٢٠١٦, 2016",
    "۱۴۰۰, 1400",
    "०१२३, 0123",
    "০৯, 09",
    "０１２３, 0123",
    "๑๒, 12",
    "᠑, 1",
    "\uD835\uDFCE\uD835\uDFD7, 09",
    "\uD835\uDFE2, 0",
    "\uD804\uDC66\uD804\uDC6F, 09",
    "٣٫٥, 3٫5",
    "١٬٧٠٠, 1٬700",
    "٪٥٠, ٪50",
  })
  void everyDigitSystemBecomesAscii(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest
  @CsvSource({
    "قتل 10² شخصا, قتل 10² شخصا",
    "¼ مليون, ¼ مليون",
    "½, ½",
    "① قتل, ① قتل",
    "⑴, ⑴",
    "⒈ اعتقال, ⒈ اعتقال",
    "x₂, x₂",
    "㋀, ㋀",
    "١٢³, 12³",
  })
  void charactersThatCompatibilityWouldTurnIntoDigitsAreKeptWhole(String input, String expected) {
    // superscripts, fractions and circled numbers: their digits would join the numbers beside them
    check(input, expected);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200B", "200C", "200D", "200E", "200F", "202A", "202B", "202C", "202D",
      "202E", "2060", "2066", "2067", "2068", "2069", "FEFF", "061C", "00AD"})
  void bidiControlsAndZeroWidthMarksAreDropped(String hex) {
    String mark = new String(Character.toChars(Integer.parseInt(hex, 16)));
    check("قوات" + mark + "الجيش", "قواتالجيش");
    check(mark + "حلب" + mark, "حلب");
    check(mark, "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "قال، ثم|قال، ثم",
    "قال؛ ثم|قال؛ ثم",
    "لماذا؟|لماذا؟",
    "«نعم»|«نعم»",
    "Reuters, AFP|Reuters, AFP",
  })
  void arabicPunctuationAndLatinCaseAreKept(String input, String expected) {
    check(input, expected);
  }

  @Test
  void whitespaceRunsAreKeptNotCollapsed() {
    check("قتل  جنديان\n\nفي\tحلب", "قتل  جنديان\n\nفي\tحلب");
    check("قتل\u00A0جندي", "قتل جندي"); // no-break space is a compatibility space
    check("a\u2003b", "a b");
  }

  @Test
  void marksAcrossADroppedControlComeOutInCanonicalOrderSoASecondPassChangesNothing() {
    // Hebrew accents of combining classes 222 and 220 with a bidi control between them (a fuzz
    // finding); and the same with an Arabic letter, whose harakat are removed either way
    for (String input : new String[] {"\u059A\u202C\u059B", "\u059A\u200F\u200E\u059B",
        "قتل\u059A\u2066\u059B جندي"}) {
      String once = NORMALIZER.normalize(input);
      assertThat(NORMALIZER.normalize(once)).as(input).isEqualTo(once);
      TextView view = NORMALIZER.view(input);
      assertThat(view.originalSpan(0, view.length()).text()).isEqualTo(input);
    }
    assertThat(NORMALIZER.normalize("\u059A\u202C\u059B")).isEqualTo("\u059B\u059A");
  }

  @Test
  void ligatureExpansionMapsBothLettersToTheOneOriginalChar() {
    TextView view = NORMALIZER.view("ﻻ شيء");
    assertThat(view.normalized()).isEqualTo("لا شيء");
    assertThat(view.originalSpan(0, 1).text()).isEqualTo("ﻻ");
    assertThat(view.originalSpan(1, 2).text()).isEqualTo("ﻻ");
    assertThat(view.originalSpan(0, 2).text()).isEqualTo("ﻻ");
    assertThat(view.originalSpan(3, 6).text()).isEqualTo("شيء");
  }

  @Test
  void allahLigatureExpandsToFourLettersOfOneOriginalChar() {
    TextView view = NORMALIZER.view("بسم ﷲ");
    assertThat(view.normalized()).isEqualTo("بسم الله");
    for (int i = 4; i < 8; i++) {
      assertThat(view.originalSpan(i, i + 1).text()).isEqualTo("ﷲ");
    }
  }

  @Test
  void droppedMarksJoinTheSpanOfTheLetterBefore() {
    TextView view = NORMALIZER.view("قُتِلَ جنديٌّ");
    assertThat(view.normalized()).isEqualTo("قتل جندي");
    assertThat(view.originalSpan(0, 3).text()).isEqualTo("قُتِلَ");
    assertThat(view.originalSpan(4, 8).text()).isEqualTo("جنديٌّ");
  }

  @Test
  void tatweelJoinsTheSpanOfTheLetterBefore() {
    TextView view = NORMALIZER.view("لـ\"سبوتنيك\"");
    assertThat(view.normalized()).isEqualTo("ل\"سبوتنيك\"");
    assertThat(view.originalSpan(0, 1).text()).isEqualTo("لـ");
    assertThat(view.originalSpan(1, 2).text()).isEqualTo("\"");
  }

  @Test
  void droppedControlsBelongToNoSpan() {
    TextView view = NORMALIZER.view("\u200Fحلب\u200F ادلب");
    assertThat(view.normalized()).isEqualTo("حلب ادلب");
    assertThat(view.originalSpan(0, 3).text()).isEqualTo("حلب");
    assertThat(view.originalSpan(4, 8).text()).isEqualTo("ادلب");
    assertThat(view.originalStart(0)).isEqualTo(1);
  }

  @Test
  void digitSpansPointAtTheOriginalDigits() {
    TextView view = NORMALIZER.view("قتل ١٢ شخصا");
    assertThat(view.normalized()).isEqualTo("قتل 12 شخصا");
    assertThat(view.originalSpan(4, 6).text()).isEqualTo("١٢");
  }

  @Test
  void supplementaryDigitsShrinkFromTwoUnitsToOne() {
    String original = "x\uD835\uDFD7y";
    TextView view = NORMALIZER.view(original);
    assertThat(view.normalized()).isEqualTo("x9y");
    assertThat(view.originalSpan(1, 2).text()).isEqualTo("\uD835\uDFD7");
    assertThat(view.originalSpan(2, 3).text()).isEqualTo("y");
  }

  @ParameterizedTest(name = "{index}")
  @ValueSource(strings = {"\uD800", "\uDC00", "a\uD800b", "a\uDC00b", "\uDC00\uD800", "\uD800\uD800\uDC00",
      "حلب\uD83D", "\uDE00حلب"})
  void unpairedSurrogatesBecomeReplacementCharacters(String input) {
    TextView view = NORMALIZER.view(input);
    assertNoUnpairedSurrogate(view.normalized());
    assertThat(view.normalized()).contains("\uFFFD");
    assertThat(view.normalized().codePoints().filter(c -> c == 0xFFFD).count())
        .isEqualTo(input.chars().filter(c -> Character.isSurrogate((char) c)).count()
            - 2L * input.codePoints().filter(Character::isSupplementaryCodePoint).count());
    assertRoundTrip(view);
  }

  @Test
  void replacementCharacterInTheInputIsKept() {
    check("حلب\uFFFDادلب", "حلب\uFFFDادلب");
  }

  @Test
  void validSurrogatePairsAreKept() {
    check("قال 😀 حلب", "قال 😀 حلب");
    TextView view = NORMALIZER.view("😀حلب");
    assertThat(view.originalSpan(0, 2).text()).isEqualTo("😀");
  }

  @Test
  void hamzaAboveComposesBeforeMarksAreRemoved() {
    check("و\u0654", "ؤ"); // waw + combining hamza = waw with hamza, kept
    check("ي\u0654", "ئ");
    check("ا\u0654", "ا"); // alef + hamza = alef with hamza above, folded
    check("ا\u0653", "ا");
  }

  @Test
  void longRunsOfMarksStayLinearAndMapToTheirBase() {
    String marks = "\u064E\u0651\u0650\u064F".repeat(1000);
    TextView view = NORMALIZER.view("ب" + marks + " ت");
    assertThat(view.normalized()).isEqualTo("ب ت");
    assertThat(view.originalSpan(0, 1).text()).isEqualTo("ب" + marks);
  }

  @Test
  void leadingMarksAreDroppedWithoutABase() {
    TextView view = NORMALIZER.view("\u064E\u064Fحلب");
    assertThat(view.normalized()).isEqualTo("حلب");
    assertThat(view.originalSpan(0, 3).text()).isEqualTo("حلب");
  }

  @Test
  void emptyTextGivesAnEmptyView() {
    TextView view = NORMALIZER.view("");
    assertThat(view.normalized()).isEmpty();
    assertThat(view.originalStart(0)).isZero();
    assertThat(view.originalEnd(0)).isZero();
    assertThat(view.originalSpan(0, 0).text()).isEmpty();
  }

  @Test
  void normalizedIndexMapsOriginalOffsetsBack() {
    TextView view = NORMALIZER.view("\u200Fقُتِلَ ﻻ");
    assertThat(view.normalized()).isEqualTo("قتل لا");
    assertThat(view.normalizedIndex(0)).isZero(); // dropped RLM: the next kept letter
    assertThat(view.normalizedIndex(1)).isZero();
    assertThat(view.normalizedIndex(3)).isEqualTo(1);
    assertThat(view.normalizedIndex(8)).isEqualTo(4);
    assertThat(view.normalizedIndex(9)).isEqualTo(6);
  }

  static Stream<String> randomStrings() {
    // An alphabet of everything that moves offsets: marks, ligatures, controls, digits,
    // surrogates (paired and unpaired), replacement characters, spaces.
    String[] alphabet = {
      "ا", "ل", "ب", "ة", "ى", "أ", "آ", "ٱ", "\u064E", "\u0651", "\u0654", "\u0653", "\u0670",
      "\u06D6", "ـ", "ﻻ", "ﻷ", "ﷲ", "ﷺ", "ﺍ", "\u200F", "\u202B", "\u2066", "\uFEFF", "\u061C",
      "٣", "۴", "\uD835\uDFCE", "\uD800", "\uDC00", "\uD83D\uDE00", "\uFFFD", " ", "\n", "\u00A0",
      "a", "é", "e\u0301", "ﬁ", "½", "ک", "ی", "ڤ", ".", "،", "«", "\"", "\u0300", "\u0301\u0323",
      "\u1100\u1161", "가", "Å", "\u212B", "ǅ", "ｶ", "\u3099",
    };
    Random random = new Random(20250101L);
    return IntStream.range(0, 300).mapToObj(i -> {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(25);
      for (int k = 0; k < length; k++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      return b.toString();
    });
  }

  @ParameterizedTest(name = "random #{index}")
  @MethodSource("randomStrings")
  void offsetsRoundTripOnRandomAndAdversarialStrings(String input) {
    TextView view = NORMALIZER.view(input);
    assertThat(view.normalized()).isEqualTo(NORMALIZER.normalize(input));
    assertRoundTrip(view);
    assertNoUnpairedSurrogate(view.normalized());
  }

  private static void assertNoUnpairedSurrogate(String s) {
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      assertThat(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
          .as("unpaired surrogate at %s", k).isFalse();
      k += Character.charCount(cp);
    }
  }

  @ParameterizedTest(name = "random #{index}")
  @MethodSource("randomStrings")
  void tokenSpansRoundTripOnRandomStrings(String input) {
    for (Token token : Tokenizer.standard().tokenize(input)) {
      Span span = token.span();
      assertThat(span.text()).isEqualTo(input.substring(span.start(), span.end()));
      assertThat(span.length()).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "قُتِلَ ٣ جنودٍ في الـمدينة",
    "ﻻ إله إلا ﷲ",
    "کرکوک ۱۴۰۰",
    "مستشفى الرحمة",
  })
  void normalizationIsIdempotent(String input) {
    String once = NORMALIZER.normalize(input);
    assertThat(NORMALIZER.normalize(once)).isEqualTo(once);
  }
}
