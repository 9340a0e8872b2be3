package io.github.rasd.parsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Event;
import io.github.rasd.model.EventType;
import io.github.rasd.model.Group;
import io.github.rasd.model.ImmutableArticle;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile and odd inputs of a scraper's day, each ending in an honest analysis or a typed
 * rejection (issue #10). The sentences are the project's own. No timing here: the cost of the
 * worst cases is measured with JMH ({@code AdversarialBenchmark}); a quadratic stage would not
 * let these tests finish.
 */
class AdversarialInputTest {

  private static final ArticleParser PARSER = ArticleParser.standard();

  /** A sentence with an attack, a toll, a place, a date and a group. */
  private static final String REPORT = "قتل ثلاثة جنود أمس في هجوم شنه مسلحون من تنظيم داعش على"
      + " نقطة تفتيش قرب مدينة الموصل.";

  private static Analysis parse(String text) {
    return PARSER.parse(ImmutableArticle.builder().id("adv").text(text)
        .published(LocalDate.of(2024, 5, 2)).build());
  }

  private static boolean isEmpty(Analysis a) {
    return a.groups().isEmpty() && a.persons().isEmpty() && a.places().isEmpty()
        && a.organizations().isEmpty() && a.events().isEmpty() && a.forceEstimates().isEmpty()
        && a.claims().isEmpty();
  }

  /** Through JSON and UTF-8 bytes and back, the analysis and the caller's text are unchanged. */
  private static void survivesJsonAsUtf8(Analysis a) {
    byte[] bytes = RasdJson.write(a).getBytes(StandardCharsets.UTF_8);
    Analysis back = RasdJson.readAnalysis(new String(bytes, StandardCharsets.UTF_8));
    assertThat(back.article().text()).isEqualTo(a.article().text());
    assertThat(back).isEqualTo(a);
  }

  static Stream<Arguments> emptyResults() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("whitespace only", " \t\n\r\n\u00A0\u2003 "),
        Arguments.of("Latin only, naming a group in English",
            "The army said Islamic State fighters (ISIS) killed 3 soldiers near Mosul. ".repeat(40)),
        Arguments.of("Persian",
            "ارتش پاکستان روز گذشته گفت که سه سرباز در حمله گروه داعش در نزدیکی پیشاور کشته شدند."),
        Arguments.of("Urdu",
            "پاکستانی فوج نے کہا ہے کہ پشاور کے قریب داعش کے حملے میں تین فوجی ہلاک ہو گئے۔"),
        Arguments.of("only digits", "7".repeat(200_000)),
        Arguments.of("only punctuation", ".،؛!؟«»\"()-…".repeat(20_000)),
        Arguments.of("bidi and zero-width controls only", "\u200F\u200E\u202B\u202C\u2067\u2069\u200B\u200D\uFEFF".repeat(10_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyResults")
  void givesAnEmptyAnalysis(String shape, String text) {
    Analysis a = parse(text);
    assertThat(isEmpty(a)).as(RasdJson.write(a)).isTrue();
    assertThat(a.article().text()).isEqualTo(text);
  }

  @Test
  void arabicWithAForeignNameInPersianLettersIsStillRead() {
    Analysis a = parse(REPORT + " وقال ناطق باسم شركة گوگل إن الخدمة لم تتأثر.");
    assertThat(a.events()).extracting(Event::type).contains(EventType.ATTACK);
  }

  @Test
  void arabicTypedOnAPersianKeyboardIsStillRead() {
    // ی and ک for ي and ك, as a Persian keyboard writes them
    Analysis a = parse(REPORT.replace('ي', 'ی').replace('ك', 'ک'));
    assertThat(a.groups()).extracting(Group::canonicalId).contains(java.util.Optional.of("islamic-state"));
  }

  @Test
  void loneSurrogatesRoundTripThroughJsonAndUtf8() {
    String text = "قتل \uD800جنديان في هجوم \uDC00على دورية قرب مدينة الموصل\uDBFF أمس.\uD83D\uDE00";
    Analysis a = parse(text);
    assertThat(a.article().text()).isEqualTo(text);
    String json = RasdJson.write(a);
    assertThat(json).doesNotContain("?").contains("\\uD800", "\\uDC00", "\\uDBFF");
    survivesJsonAsUtf8(a);
    for (Event e : a.events()) {
      assertThat(text.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
    }
  }

  @Test
  void bidiAndZeroWidthControlsEverywhereChangeNothingButTheOffsets() {
    StringBuilder noisy = new StringBuilder();
    String[] controls = {"\u200F", "\u200E", "\u200B", "\u200C", "\u200D", "\u202B", "\u202C", "\u2067", "\u2069", "\uFEFF", "\u061C"};
    for (int i = 0; i < REPORT.length(); i++) {
      noisy.append(REPORT.charAt(i));
      if (REPORT.charAt(i) != ' ') {
        noisy.append(controls[i % controls.length]);
      }
    }
    Analysis clean = parse(REPORT);
    Analysis a = parse(noisy.toString());
    assertThat(a.events()).extracting(Event::type).isEqualTo(clean.events().stream().map(Event::type).toList());
    assertThat(a.groups()).extracting(Group::canonicalId)
        .isEqualTo(clean.groups().stream().map(Group::canonicalId).toList());
    assertThat(a.places()).hasSameSizeAs(clean.places());
    survivesJsonAsUtf8(a);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "وقال العقيد، بحسب",
    "قتل جنديان في هجوم قرب الموصل أمس، وفق",
    "وقال المتحدث باسم الجيش، نقلا عن",
    "بحسب",
  })
  void anAttributionCueClosingTheTextIsRead(String text) {
    // the cue's speaker would begin past the last word (a fuzz finding: an index out of bounds)
    survivesJsonAsUtf8(parse(text));
  }

  @Test
  void nulIsBinaryData() {
    assertThatThrownBy(() -> parse(REPORT + "\u0000" + REPORT))
        .isInstanceOfSatisfying(ArticleRejectedException.class, e ->
            assertThat(e.reason()).isEqualTo(ArticleRejectedException.Reason.BINARY_CONTENT));
  }

  @Test
  void aFewStrayControlCharactersAreRead() {
    Analysis a = parse("\u0007" + REPORT + "\u001B\u0008 " + REPORT + "\u007F");
    assertThat(a.events()).isNotEmpty();
    survivesJsonAsUtf8(a);
  }

  @Test
  void manyControlCharactersAreBinaryData() {
    assertThatThrownBy(() -> parse("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F" + REPORT))
        .isInstanceOfSatisfying(ArticleRejectedException.class, e ->
            assertThat(e.reason()).isEqualTo(ArticleRejectedException.Reason.BINARY_CONTENT));
  }

  @Test
  void aMegabyteLineWithoutSpacesIsOneHonestResult() {
    Analysis a = parse("قتلجنديفيهجومقربالموصل".repeat(1024 * 1024 / 22));
    assertThat(isEmpty(a)).isTrue();
  }

  @Test
  void tenThousandUnclosedQuotesWithoutAFullStop() {
    String clause = "وقال المتحدث باسم الجيش «إن الهجوم أسفر عن مقتل 3 جنود ";
    Analysis a = parse(clause.repeat(10_000));
    // every analysis is checked when built: spans inside the text, ids resolved
    assertThat(a.article().text()).hasSize(clause.length() * 10_000);
    assertThat(a.claims()).isNotEmpty();
  }

  @Test
  void thousandsOfTriggersAndNamesInOneParagraph() {
    Analysis a = parse("هجوم انفجار اشتباكات غارة قتل داعش القاعدة حلب الموصل محمد أحمد، ".repeat(5_000));
    assertThat(a.groups()).extracting(Group::canonicalId)
        .contains(java.util.Optional.of("islamic-state"), java.util.Optional.of("al-qaeda"));
  }

  @Test
  void nestedClaimsAreRead() {
    String nested = "وقال مصدر أمني إن ضابطا أكد أن شاهدا قال إن مسلحين أفادوا بأن ".repeat(200)
        + "الهجوم وقع أمس.";
    Analysis a = parse(nested);
    assertThat(a.claims()).isNotEmpty();
    survivesJsonAsUtf8(a);
  }

  @Test
  void aLongArticleIsReadInWindowsJoinedIntoOneAnalysis() {
    String paragraph = REPORT + " وقال المتحدث باسم الجيش إن قوات الأمن اعتقلت خمسة مشتبه بهم.\n";
    String text = paragraph.repeat(ArticleWindows.WINDOW_LENGTH * 3 / paragraph.length());
    Analysis whole = parse(text);
    assertThat(ArticleWindows.cuts(text)).hasSizeGreaterThan(3);
    // one Islamic State, with every mention of it in the text
    List<Group> groups = whole.groups();
    assertThat(groups).extracting(Group::canonicalId).containsOnlyOnce(java.util.Optional.of("islamic-state"));
    Group is = groups.stream().filter(g -> g.canonicalId().equals(java.util.Optional.of("islamic-state")))
        .findFirst().orElseThrow();
    assertThat(is.mentions()).hasSize(text.split("داعش", -1).length - 1);
    // every window has its events, each pointing into its own stretch of the text
    List<Integer> cuts = ArticleWindows.cuts(text);
    for (int k = 0; k + 1 < cuts.size(); k++) {
      int from = cuts.get(k);
      int to = cuts.get(k + 1);
      assertThat(whole.events()).as("window %d", k)
          .anyMatch(e -> e.trigger().start() >= from && e.trigger().end() <= to);
    }
    assertThat(whole.events()).extracting(Event::id).doesNotHaveDuplicates();
    survivesJsonAsUtf8(whole);
  }

  @Test
  void windowsAreCutAtParagraphsAndNeverInsideASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    String text = emoji.repeat(ArticleWindows.WINDOW_LENGTH);
    List<Integer> cuts = ArticleWindows.cuts(text);
    for (int cut : cuts.subList(1, cuts.size() - 1)) {
      assertThat(Character.isLowSurrogate(text.charAt(cut))).isFalse();
    }
    String lines = ("ب".repeat(100) + "\n").repeat(ArticleWindows.WINDOW_LENGTH / 50);
    for (int cut : ArticleWindows.cuts(lines).subList(1, ArticleWindows.cuts(lines).size() - 1)) {
      assertThat(lines.charAt(cut - 1)).isEqualTo('\n');
    }
  }

  @Test
  void tooLongIsRejectedWithTheLimitInTheMessage() {
    String huge = "ب ".repeat(ArticleParser.MAX_TEXT_LENGTH / 2 + 1);
    assertThatThrownBy(() -> parse(huge))
        .isInstanceOfSatisfying(ArticleRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(ArticleRejectedException.Reason.TOO_LONG);
          assertThat(e.getMessage()).contains(String.valueOf(ArticleParser.MAX_TEXT_LENGTH));
        });
  }

  @Test
  void numbersFarBeyondLongGiveOnlyATypedError() {
    for (String text : List.of("قتل 99999999999999999999 شخصا في هجوم قرب الموصل أمس.",
        "قتل 100000000000 مليار شخص في هجوم قرب الموصل أمس.",
        "قتل " + "9".repeat(5_000) + " شخصا")) {
      try {
        survivesJsonAsUtf8(parse(text));
      } catch (ArticleRejectedException e) {
        assertThat(e.articleId()).isEqualTo("adv");
        assertThat(e.reason()).isNotNull();
      }
    }
  }

  @Test
  void numbersFarBeyondLongAreRead() {
    Analysis a = parse("قتل 99999999999999999999 شخصا في هجوم قرب الموصل أمس.");
    survivesJsonAsUtf8(a);
    assertThat(parse("قتل 100000000000 مليار شخص في هجوم قرب الموصل أمس.").article().text()).isNotEmpty();
  }
}
