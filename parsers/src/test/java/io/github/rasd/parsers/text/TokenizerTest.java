package io.github.rasd.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tokenization and clitic segmentation, one phenomenon per test. Expected tokens are written
 * separated by single spaces (tokens never hold whitespace), in normalized form.
 */
class TokenizerTest {

  private static final Tokenizer TOKENIZER = Tokenizer.standard();

  private static List<Token> tokens(String input) {
    return TOKENIZER.tokenize(input);
  }

  private static void check(String input, String expectedTokens) {
    List<Token> tokens = tokens(input);
    assertThat(tokens.stream().map(Token::text).collect(Collectors.joining(" ")))
        .as("tokens of %s", input).isEqualTo(expectedTokens);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      assertThat(t.index()).isEqualTo(i);
      Span span = t.span();
      assertThat(span.text()).isEqualTo(input.substring(span.start(), span.end()));
    }
  }

  private static String types(String input) {
    return tokens(input).stream().map(t -> t.type().name()).collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "مارس2016 => مارس 2016",
    "2016مارس => 2016 مارس",
    "آذار/مارس2016 => اذار / مارس 2016",
    "١٥آذار => 15 اذار",
    "۱۴۰۰هـ => 1400 ه",
    "داعشISIS => داعش ISIS",
    "F16 => F 16",
    "A320 => A 320",
    "لـCNN => ل CNN",
  })
  void scriptAndDigitChangesCutGluedWords(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "لـ\"سبوتنيك\" => ل \" سبوتنيك \"",
    "بـ«الخلافة» => ب « الخلافه »",
    "«داعش» => « داعش »",
    "(داعش) => ( داعش )",
    "[داعش] => [ داعش ]",
    "حلب، ادلب؛ حماة؟ => حلب ، ادلب ؛ حماه ؟",
    "قال: «نعم». => قال : « نعم » .",
    "كذا... => كذا . . .",
    "كذا… => كذا . . .",
    "كم؟! => كم ؟ !",
    "!! => ! !",
    "“الجيش” => “ الجيش ”",
    "'الجيش' => ' الجيش '",
    "غزة-رفح => غزه - رفح",
    "قوات—الجيش => قوات — الجيش",
    "2014–2016 => 2014 – 2016",
    "الجيش/الشرطة => الجيش / الشرطه",
    "Reuters/AFP => Reuters / AFP",
    "F-16 => F - 16",
    "MQ-9 Reaper => MQ - 9 Reaper",
    "e-mail => e - mail",
    "U.S. => U . S .",
    "don't => don ' t",
    "الجيش:الشرطة => الجيش : الشرطه",
    "«الجيش الحر»، => « الجيش الحر » ،",
    "(تابع)… => ( تابع ) . . .",
    "قال:«لا» => قال : « لا »",
  })
  void punctuationIsSplitEvenWhenGlued(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "1,700 => 1 , 700",
    "1.5 => 1 . 5",
    "3.000 => 3 . 000",
    "٣٫٥ => 3 ٫ 5",
    "١٬٧٠٠ => 1 ٬ 700",
    "2016-03-15 => 2016 - 03 - 15",
    "15/3/2016 => 15 / 3 / 2016",
    "10:30 => 10 : 30",
    "+963 => + 963",
    "50% => 50 %",
    "٥٠٪ => 50 ٪",
    "$5 => $ 5",
    "1 000 => 1 000",
    "0012 => 0012",
    "٠٠١٢ => 0012",
    "3x => 3 x",
  })
  void numbersAreDigitRunsWithoutSeparators(String input, String expected) {
    check(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "قتل 3 جنود => ARABIC NUMBER ARABIC",
    "Reuters قال => LATIN ARABIC",
    "1,700 => NUMBER PUNCTUATION NUMBER",
    "50% => NUMBER SYMBOL",
    "+963 => SYMBOL NUMBER",
    "«لا» => PUNCTUATION ARABIC PUNCTUATION",
    "😀 => SYMBOL",
    "\uFFFD => SYMBOL",
    "Москва => LATIN",
    "ﻻ => ARABIC",
    "é => LATIN",
    "٪ => SYMBOL",
    "‰ => SYMBOL",
    "# => PUNCTUATION",
    "© => SYMBOL",
  })
  void tokenTypes(String input, String expected) {
    assertThat(types(input)).isEqualTo(expected);
  }

  @Test
  void spaceBeforeIsFalseForGluedTokens() {
    List<Token> t = tokens("قتل جنود، في «حلب»");
    assertThat(t).extracting(Token::spaceBefore).containsExactly(false, true, false, true, true, false, false);
  }

  @Test
  void paragraphBreakBeforeFollowsLineBreaks() {
    List<Token> t = tokens("حلب\nادلب حماه\n\n  حمص\r\nدرعا\u2029الرقه");
    assertThat(t).extracting(Token::paragraphBreakBefore).containsExactly(false, true, false, true, true, true);
    assertThat(t).extracting(Token::spaceBefore).containsExactly(false, true, true, true, true, true);
  }

  @Test
  void spansPointIntoTheOriginalTextWithMarksAndTatweel() {
    String text = "قُتِلَ ٣ جنودٍ بـ«الخلافة» ﻻ";
    List<Token> t = tokens(text);
    assertThat(t).extracting(k -> k.span().text())
        .containsExactly("قُتِلَ", "٣", "جنودٍ", "بـ", "«", "الخلافة", "»", "ﻻ");
  }

  @Test
  void invisibleControlsNeitherSplitNorJoinWords() {
    check("قوات\u200Fالجيش", "قواتالجيش");
    check("حلب\u200F \u202Bادلب\u202C", "حلب ادلب");
  }

  @Test
  void emptyAndBlankTextGiveNoTokens() {
    assertThat(tokens("")).isEmpty();
    assertThat(tokens(" \n\t\u200F ")).isEmpty();
  }

  // ---------------------------------------------------------------- detached clitics

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "لـ\"سبوتنيك\" => ل => سبوتنيك",
    "بـ«الخلافة» => ب => الخلافه",
    "و«داعش» => و => داعش",
    "ولـ«جبهة النصرة» => ول => جبهه",
    "فـ«الجيش» => ف => الجيش",
    "كـ«بديل» => ك => بديل",
    "بـ5 قتلى => ب => 5",
    "و15 جريحا => و => 15",
    "لـCNN => ل => CNN",
    "بـ(الاتفاق) => ب => الاتفاق",
    "لـ«“الجيش”» => ل => الجيش",
  })
  void loneProcliticGluedBeforeQuoteNumberOrLatinIsDetached(String input, String clitic, String word) {
    List<Token> t = tokens(input);
    Token first = t.get(0);
    assertThat(first.text()).isEqualTo(clitic);
    assertThat(first.isDetachedClitic()).isTrue();
    Token owner = t.stream().filter(k -> k.text().equals(word)).findFirst().orElseThrow();
    assertThat(owner.detachedPrefix()).isEqualTo(clitic);
    assertThat(t.stream().filter(Token::isDetachedClitic).count()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
    "ل \"سبوتنيك\"",
    "و «داعش»",
    "في «الخلافة»",
    "«ب»",
    "ب",
    "و الجيش",
    "وحلب",
    "ب «",
    "من«الجيش»",
    "و« داعش»",
  })
  void procliticWithSpaceOrNonCliticWordIsNotDetached(String input) {
    assertThat(tokens(input)).noneMatch(Token::isDetachedClitic);
    assertThat(tokens(input)).allMatch(k -> k.detachedPrefix().isEmpty());
  }

  // ---------------------------------------------------------------- clitic segmentation

  private static String first(String word) {
    List<Token> t = tokens(word);
    assertThat(t).hasSize(1);
    return t.get(0).segmentations().get(0).toString();
  }

  private static void checkSegmentation(String word, String expectedFirst) {
    List<Token> t = tokens(word);
    assertThat(t).as("one token for %s", word).hasSize(1);
    Token token = t.get(0);
    List<Segmentation> all = token.segmentations();
    assertThat(all.get(0).toString()).as("first segmentation of %s among %s", word, all).isEqualTo(expectedFirst);
    assertThat(all).as("whole word kept for %s", word).anyMatch(Segmentation::isWholeWord);
    assertThat(all).doesNotHaveDuplicates();
    for (Segmentation s : all) {
      assertThat(token.view().normalized().substring(token.stemStart(s), token.end())).isEqualTo(s.stem());
    }
    assertThat(token.stem()).isEqualTo(all.get(0).stem());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = "=>", value = {
    "القصرين => ال+قصرين",
    "الحكومة => ال+حكومه",
    "الموصل => ال+موصل",
    "الأمم => ال+امم",
    "الفلسطينية => ال+فلسطينيه",
    "الفلوجة => ال+فلوجه",
    "الوزير => ال+وزير",
    "اللواء => ال+لواء",
    "اللجنة => ال+لجنه",
  })
  void articleIsSplitFromTheStem(String word, String expected) {
    checkSegmentation(word, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = "=>", value = {
    "وبالقصرين => و+ب+ال+قصرين",
    "والجيش => و+ال+جيش",
    "فالجيش => ف+ال+جيش",
    "بالجيش => ب+ال+جيش",
    "كالجيش => ك+ال+جيش",
    "فبالجيش => ف+ب+ال+جيش",
    "وكالجيش => و+ك+ال+جيش",
    "بالمدينة => ب+ال+مدينه",
    "والقوات => و+ال+قوات",
    "بالرصاص => ب+ال+رصاص",
    "والموصل => و+ال+موصل",
    "بالموصل => ب+ال+موصل",
    "والوزير => و+ال+وزير",
    "واللجنة => و+ال+لجنه",
    "والفصائل => و+ال+فصائل",
    "بالأنبار => ب+ال+انبار",
    "والأنبار => و+ال+انبار",
    "بالأمم => ب+ال+امم",
    "بالفلوجة => ب+ال+فلوجه",
  })
  void conjunctionAndPrepositionBeforeTheArticle(String word, String expected) {
    checkSegmentation(word, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = "=>", value = {
    "للجيش => ل+ال+جيش",
    "وللجيش => و+ل+ال+جيش",
    "فللجيش => ف+ل+ال+جيش",
    "للقوات => ل+ال+قوات",
    "للمسلحين => ل+ال+مسلحين",
    "للوزير => ل+ال+وزير",
    "للحكومة => ل+ال+حكومه",
  })
  void lamBeforeTheArticleIsWrittenDoubleLam(String word, String expected) {
    checkSegmentation(word, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = "=>", value = {
    "للجنة => ل+لجنه",
    "للواء => ل+لواء",
    "لليبيا => ل+ليبيا",
  })
  void lamBeforeAStemStartingWithLamKeepsTheStemLam(String word, String expected) {
    checkSegmentation(word, expected);
    assertThat(tokens(word).get(0).segmentations())
        .extracting(Segmentation::toString).contains("ل+ال+" + expected.substring(2));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = "=>", value = {
    "ولبنان => و+لبنان",
    "بلبنان => ب+لبنان",
    "وليبيا => و+ليبيا",
    "وفرنسا => و+فرنسا",
    "بكابل => ب+كابل",
    "ووزير => و+وزير",
    "وبلد => و+بلد",
    "ببغداد => ب+بغداد",
    "وبغداد => و+بغداد",
    "وقتل => و+قتل",
    "فقتل => ف+قتل",
    "وأكد => و+اكد",
    "وأضاف => و+اضاف",
    "وقال => و+قال",
    "وبيان => و+بيان",
    "بكتيبة => ب+كتيبه",
    "ولواء => و+لواء",
    "بفصائل => ب+فصائل",
    "بمقتل => ب+مقتل",
    "لمقتل => ل+مقتل",
    "كمقاتلين => ك+مقاتلين",
    "وبمقتل => و+ب+مقتل",
    "ولمقتل => و+ل+مقتل",
    "فبمقتل => ف+ب+مقتل",
    "فلمقتل => ف+ل+مقتل",
    "وبحلب => و+ب+حلب",
    "بحلب => ب+حلب",
    "لحلب => ل+حلب",
    "وحلب => و+حلب",
    "فحلب => ف+حلب",
    "وبريطانيا => و+بريطانيا",
    "بلندن => ب+لندن",
    "ولواشنطن => و+ل+واشنطن",
    "وكان => و+كان",
    "فكان => ف+كان",
    "وبعد => و+بعد",
    "وفلسطين => و+فلسطين",
    "وكركوك => و+كركوك",
    "ولكن => و+لكن",
    "وبين => و+بين",
    "لقوات => ل+قوات",
    "كقوة => ك+قوه",
    "ولجنة => و+لجنه",
    "ولبيروت => و+ل+بيروت",
  })
  void conjunctionAndPrepositionWithoutArticle(String word, String expected) {
    checkSegmentation(word, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "لبنان", "ليبيا", "فرنسا", "فلسطين", "كابل", "وزير", "وزارة", "والي", "بلد", "بغداد", "بيروت",
    "بريطانيا", "لندن", "واشنطن", "وكالة", "ولاية", "بيان", "كتيبة", "لواء", "فصائل", "كان",
    "بعد", "لكن", "بين", "ليل", "ليلا", "الله", "الذي", "التي", "فقد", "ولد", "وصل", "كركوك",
    "فرقة", "فيلق", "بلدية", "برلمان", "لجنة", "باكستان", "الجزائر", "البحرين", "الكويت",
  })
  void wordsMerelyStartingWithCliticLettersStayWholeFirst(String word) {
    checkSegmentation(word, ArabicNormalizer.standard().normalize(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "والي, و+الي",
    "لبنان, ل+بنان",
    "فرنسا, ف+رنسا",
    "كابل, ك+ابل",
    "وزير, و+زير",
    "بلد, ب+لد",
    "وقد, و+قد",
    "ولم, و+لم",
    "الله, ال+له",
  })
  void wholeWordsStillOfferTheSegmentedReading(String word, String alternative) {
    assertThat(tokens(word).get(0).segmentations()).extracting(Segmentation::toString).contains(alternative);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = "=>", value = {
    "بلاده => بلاده",
    "كانوا => كانوا",
    "لكنه => لكنه",
    "فقدت => فقدت",
    "بيانات => بيانات",
    "بينهم => بينهم",
    "بلدان => بلدان",
    "كلها => كلها",
    "فيها => فيها",
    "ولايات => ولايات",
    "وكانت => و+كانت",
    "وكانوا => و+كانوا",
    "ببلاده => ب+بلاده",
    "ولايتي => ولايتي",
    "وبولايتي => و+ب+ولايتي",
    "لبنانيين => لبنانيين",
    "واللبنانيين => و+ال+لبنانيين",
    "وفي => و+في",
    "وفيها => و+فيها",
  })
  void knownWordsStayKnownUnderPronounAndPluralSuffixes(String word, String expected) {
    checkSegmentation(word, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "وقد", "ولم", "فما", "بها", "لها", "كما",
  })
  void shortStemsRankAfterTheWholeWord(String word) {
    checkSegmentation(word, word);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"و", "ب", "ال", "في", "من", "لا"})
  void shortWordsAreNotSegmented(String word) {
    assertThat(tokens(word).get(0).segmentations()).singleElement().matches(Segmentation::isWholeWord);
  }

  @Test
  void segmentationFieldsOfTheFullAnalysis() {
    Segmentation s = tokens("وبالقصرين").get(0).segmentations().get(0);
    assertThat(s.prefixes()).isEqualTo("وبال");
    assertThat(s.conjunction()).isEqualTo("و");
    assertThat(s.preposition()).isEqualTo("ب");
    assertThat(s.definite()).isTrue();
    assertThat(s.stem()).isEqualTo("قصرين");
    assertThat(s.stemWithArticle()).isEqualTo("القصرين");
    assertThat(tokens("وبالقصرين").get(0).stemStart(s)).isEqualTo(4);
    assertThat(s.isWholeWord()).isFalse();
  }

  @Test
  void doubleLamAnalysisIsDefiniteWithArticle() {
    Segmentation s = tokens("للجيش").get(0).segmentations().get(0);
    assertThat(s.prefixes()).isEqualTo("لل");
    assertThat(s.preposition()).isEqualTo("ل");
    assertThat(s.definite()).isTrue();
    assertThat(s.stemWithArticle()).isEqualTo("الجيش");
  }

  @Test
  void stemOffsetsAreNormalizedOffsetsInTheWholeText() {
    List<Token> t = tokens("قال وبالقصرين");
    Segmentation s = t.get(1).segmentations().get(0);
    assertThat(t.get(1).stemStart(s)).isEqualTo(8);
    assertThat(t.get(1).view().originalSpan(t.get(1).stemStart(s), t.get(1).end()).text()).isEqualTo("قصرين");
  }

  @Test
  void stemOffsetsMapThroughDiacritics() {
    List<Token> t = tokens("وَبِالقَصْرِين");
    Segmentation s = t.get(0).segmentations().get(0);
    assertThat(s.toString()).isEqualTo("و+ب+ال+قصرين");
    assertThat(t.get(0).view().originalSpan(t.get(0).stemStart(s), t.get(0).end()).text()).isEqualTo("قَصْرِين");
  }

  @Test
  void nonArabicTokensHaveTheirWholeTextAsOnlySegmentation() {
    for (Token t : tokens("Reuters 2016 « %")) {
      assertThat(t.segmentations()).singleElement()
          .satisfies(s -> assertThat(s.stem()).isEqualTo(t.text()));
      assertThat(t.stem()).isEqualTo(t.text());
    }
  }

  @Test
  void veryLongWordsAreNotSegmented() {
    String word = "وال" + "ب".repeat(CliticSegmenter.MAX_SEGMENTED_LENGTH);
    assertThat(tokens(word).get(0).segmentations()).singleElement().matches(Segmentation::isWholeWord);
    assertThat(first("وال" + "ب".repeat(10))).isEqualTo("و+ال+" + "ب".repeat(10));
  }

  @Test
  void tokensAreEqualWhenCutEqually() {
    assertThat(tokens("قتل جنود")).isEqualTo(tokens("قتل جنود"));
    assertThat(tokens("قتل جنود")).isNotEqualTo(tokens("قتل  جنود"));
  }

  /**
   * A word form is found again by the hash the tokenizer computes while it finds a token's end:
   * every later token of the same letters shares the first one's form (its very text), for Arabic
   * words with marks, Latin words, digits, and code points outside the BMP (two units each).
   */
  @Test
  void repeatedWordsShareTheirForm() {
    String w = "\uD835\uDC00\uD835\uDC01"; // two mathematical bold capitals, letters of two units
    String text = "قُتِلَ Reuters 2025 " + w + " 😀 ، قُتِلَ Reuters 2025 " + w + " 😀 ،";
    tokens(text); // a table found full at one of these words starts afresh: the second call reads it
    List<Token> t = tokens(text);
    assertThat(t).hasSize(12);
    for (int i = 0; i < 6; i++) {
      assertThat(t.get(i + 6).text()).as("token %s", t.get(i).text()).isSameAs(t.get(i).text());
      assertThat(t.get(i + 6).segmentations()).isSameAs(t.get(i).segmentations());
    }
  }
}
