package io.github.rasd.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence and paragraph splitting, one phenomenon per test. Expected sentences are the original
 * texts of their spans, separated by {@code ||}.
 */
class SentenceSplitterTest {

  private static List<Sentence> split(String text) {
    return SentenceSplitter.standard().split(TextView.of(text));
  }

  private static void check(String input, String expected) {
    List<Sentence> sentences = split(input);
    List<String> expectedTexts = Arrays.stream(expected.split("\\|\\|")).map(String::strip).collect(Collectors.toList());
    assertThat(sentences).extracting(s -> s.span().text()).as("sentences of %s", input)
        .containsExactlyElementsOf(expectedTexts);
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.firstToken()).isEqualTo(previousEnd);
      assertThat(s.endToken()).isGreaterThan(s.firstToken());
      assertThat(s.tokens()).hasSize(s.endToken() - s.firstToken());
      previousEnd = s.endToken();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "قتل جندي. وأصيب آخر. => قتل جندي. || وأصيب آخر.",
    "هل قتل؟ نعم! => هل قتل؟ || نعم!",
    "Was he killed? Yes. => Was he killed? || Yes.",
    "قتل جندي! وأصيب آخر => قتل جندي! || وأصيب آخر",
    "قتل جندي .وأصيب آخر => قتل جندي . || وأصيب آخر",
    "قتل جندي.وأصيب آخر => قتل جندي. || وأصيب آخر",
    "! => !",
    "قتل جندي => قتل جندي",
    "قتل 5. وجرح 3. => قتل 5. || وجرح 3.",
  })
  void terminatorsEndSentences(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "هل انسحبوا؟! لا. => هل انسحبوا؟! || لا.",
    "ماذا?! لا => ماذا?! || لا",
    "انتظروا... ثم هاجموا. => انتظروا... || ثم هاجموا.",
    "انتظروا… ثم هاجموا. => انتظروا… || ثم هاجموا.",
    "قال ... ثم سكت => قال ... || ثم سكت",
    "!!! نعم => !!! || نعم",
  })
  void runsOfTerminatorsStayTogether(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "بلغ العدد 1.5 مليون. ثم ارتفع. => بلغ العدد 1.5 مليون. || ثم ارتفع.",
    "قتل 3.000 شخص. => قتل 3.000 شخص.",
    "بلغ ٣٫٥ مليون. ثم => بلغ ٣٫٥ مليون. || ثم",
    "الساعة 10.30 صباحا. => الساعة 10.30 صباحا.",
    "النسبة 0.5% فقط. => النسبة 0.5% فقط.",
    "1. الجيش => 1. الجيش",
    "قتل 5 . وجرح 3 => قتل 5 . || وجرح 3",
  })
  void dotsInsideNumbersAndListMarkersDoNotEndSentences(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "قال د. سمير إن الجيش تقدم. => قال د. سمير إن الجيش تقدم.",
    "صرح أ. د. خالد بذلك. => صرح أ. د. خالد بذلك.",
    "قال م. خالد إن الجسر دمر. => قال م. خالد إن الجسر دمر.",
    "انظر ص. 12 من التقرير. => انظر ص. 12 من التقرير.",
    "Gen. Smith said. Then he left. => Gen. Smith said. || Then he left.",
    "J. Smith arrived. He left. => J. Smith arrived. || He left.",
    "U.S. forces withdrew. => U.S. forces withdrew.",
    "Dr. Ahmad said. Fine. => Dr. Ahmad said. || Fine.",
    "Prof. Ali spoke. => Prof. Ali spoke.",
    "On Jan. 5 they left. => On Jan. 5 they left.",
  })
  void abbreviationsAndInitialsDoNotEndSentences(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "المصدر: http://www.example.net/index.php?q=ar/view/5 => المصدر: http://www.example.net/index.php?q=ar/view/5",
    "زوروا example.com. ثم => زوروا example.com. || ثم",
    "نسخة v2.1 من البرنامج. => نسخة v2.1 من البرنامج.",
    "قتل جندي.وأصيب آخر => قتل جندي. || وأصيب آخر",
    "Ended.Then => Ended.Then",
  })
  void terminatorsGluedInsideUrlsAndCodesDoNotEndSentences(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "ولد عام 1950 م. ثم هاجر. => ولد عام 1950 م. || ثم هاجر.",
    "ولد عام 1950م. ثم هاجر. => ولد عام 1950م. || ثم هاجر.",
    "توفي سنة 1400 هـ. ثم دفن. => توفي سنة 1400 هـ. || ثم دفن.",
    "في عام ٢٠١٦م. وبعدها => في عام ٢٠١٦م. || وبعدها",
  })
  void eraMarkerAfterAYearEndsTheSentence(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "قال: «انسحبنا. لن نعود». ثم غادر. => قال: «انسحبنا. لن نعود». || ثم غادر.",
    "قال: «انسحبنا.» ثم غادر. => قال: «انسحبنا.» || ثم غادر.",
    "قال \"انسحبنا. لن نعود\". ثم غادر. => قال \"انسحبنا. لن نعود\". || ثم غادر.",
    "قال \"انسحبنا.\" ثم غادر. => قال \"انسحبنا.\" || ثم غادر.",
    "قال “انسحبنا. لن نعود”. ثم غادر. => قال “انسحبنا. لن نعود”. || ثم غادر.",
    "قال: «قال لي: “اذهب. الآن”. ثم سكت». انتهى. => قال: «قال لي: “اذهب. الآن”. ثم سكت». || انتهى.",
    "«هل انسحبتم؟» سأله. فأجاب. => «هل انسحبتم؟» || سأله. || فأجاب.",
  })
  void quotationsSpanSentenceEnds(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "قال «انسحبنا. ثم غادر. => قال «انسحبنا. || ثم غادر.",
    "قال انسحبنا». ثم غادر. => قال انسحبنا». || ثم غادر.",
    "قال \"انسحبنا. ثم غادر. => قال \"انسحبنا. || ثم غادر.",
  })
  void unclosedQuotesAreIgnored(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "(قتل جندي.) وأصيب آخر. => (قتل جندي.) || وأصيب آخر.",
    "قتل جندي (وفق مصادر). وأصيب آخر. => قتل جندي (وفق مصادر). || وأصيب آخر.",
    "[انتهى.] ثم => [انتهى.] || ثم",
  })
  void closingBracketsStayWithTheirSentence(String input, String expected) {
    check(input, expected);
  }

  @Test
  void lineBreaksStartParagraphsAndSentences() {
    String text = "قتل جندي\nوأصيب آخر. ثم انسحبوا\n\n\nعاد الهدوء";
    check(text, "قتل جندي || وأصيب آخر. || ثم انسحبوا || عاد الهدوء");
    assertThat(split(text)).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
  }

  @Test
  void quotationsDoNotCrossParagraphs() {
    String text = "قال: «انسحبنا.\nثم عدنا». وانتهى.";
    check(text, "قال: «انسحبنا. || ثم عدنا». || وانتهى.");
    assertThat(split(text)).extracting(Sentence::paragraph).containsExactly(0, 1, 1);
  }

  @Test
  void leadingLineBreaksKeepTheFirstParagraphAtZero() {
    assertThat(split("\n\nقتل جندي.")).extracting(Sentence::paragraph).containsExactly(0);
  }

  @Test
  void listMarkersOpenEachLine() {
    check("1. الجيش\n2. الشرطة", "1. الجيش || 2. الشرطة");
  }

  @Test
  void sentenceSpansIncludeMarksAndTatweel() {
    check("قُتِلَ جنديٌ. وأُصيبَ آخرُ.", "قُتِلَ جنديٌ. || وأُصيبَ آخرُ.");
    check("\u200Fقتل لـ«داعش» قائد.", "قتل لـ«داعش» قائد.");
  }

  @Test
  void noTokensGiveNoSentences() {
    assertThat(split("")).isEmpty();
    assertThat(split(" \n ")).isEmpty();
  }

  @Test
  void veryLongQuotationsDoNotHideSentenceEnds() {
    String longQuote = "«" + "كلمة. ".repeat(SentenceSplitter.MAX_QUOTED_TOKENS) + "»";
    assertThat(split(longQuote)).hasSize(SentenceSplitter.MAX_QUOTED_TOKENS);
  }

  @Test
  void splitOfTokensEqualsSplitOfView() {
    TextView view = TextView.of("قتل جندي. وأصيب آخر.");
    List<Sentence> viaTokens = SentenceSplitter.standard().split(Tokenizer.standard().tokenize(view));
    assertThat(viaTokens).extracting(s -> s.span().text()).containsExactly("قتل جندي.", "وأصيب آخر.");
  }

  @Test
  void aRunWithoutFullStopsIsCutAfterItsLastCommaBeforeTheLimit() {
    // "the army shelled the town, and the fighters withdrew," again and again, no full stop
    String clause = "قصف الجيش البلدة ، وانسحب المسلحون ، ";
    List<Sentence> sentences = split(clause.repeat(1_000));
    assertThat(sentences).hasSizeGreaterThan(1);
    for (Sentence s : sentences.subList(0, sentences.size() - 1)) {
      assertThat(s.endToken() - s.firstToken()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_TOKENS)
          .isGreaterThan(SentenceSplitter.MAX_SENTENCE_TOKENS / 2);
      assertThat(s.span().text()).endsWith("،");
    }
  }

  @Test
  void anUnclosedQuotationWithoutCommasIsCutAtTheLimit() {
    List<Sentence> sentences = split("«" + "كلمة ".repeat(3 * SentenceSplitter.MAX_SENTENCE_TOKENS));
    assertThat(sentences).extracting(s -> s.endToken() - s.firstToken())
        .containsExactly(SentenceSplitter.MAX_SENTENCE_TOKENS, SentenceSplitter.MAX_SENTENCE_TOKENS,
            SentenceSplitter.MAX_SENTENCE_TOKENS, 1);
  }
}
