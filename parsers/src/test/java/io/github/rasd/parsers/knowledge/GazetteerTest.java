package io.github.rasd.parsers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The matcher, one test per phenomenon of Arabic press text. Sentences are written for Rasd. */
class GazetteerTest {

  private final Gazetteer gazetteer = Fixtures.gazetteer();

  /** The single match of {@code text} whose span text is {@code spanText}. */
  private GazetteerMatch only(String text, String spanText) {
    List<GazetteerMatch> matches = gazetteer.find(text);
    assertThat(matches).as(text).extracting(m -> m.span().text()).contains(spanText);
    return matches.stream().filter(m -> m.span().text().equals(spanText)).findFirst().orElseThrow();
  }

  private static List<String> ids(GazetteerMatch m) {
    return m.candidates().stream().map(KnowledgeEntry::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // text (Kasserine with clitics), the span of the name, the stripped prefix
    "'قتل جنديان في القصرين أمس', القصرين, ''",
    "'وقع الهجوم بالقصرين', القصرين, ب",
    "'في سيدي بوزيد وبالقصرين', القصرين, وب",
    "'وصلت التعزيزات للقصرين', لقصرين, ل",
    "'والقصرين شهدت اشتباكات', القصرين, و",
  })
  void articleAndClitics(String text, String span, String prefix) {
    GazetteerMatch m = only(text, span);
    assertThat(m.prefix()).isEqualTo(prefix);
    assertThat(ids(m)).contains("tn-kasserine", "geonames-2473457");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "أعلن تنظيم لـ\"داعش\" مسؤوليته",
    "نسب الهجوم لـ«داعش» في بيان",
    "وأكد ولاءه لداعش",
  })
  void cliticsBeforeQuote(String text) {
    GazetteerMatch m = only(text, "داعش");
    assertThat(m.prefix()).isEqualTo("ل");
    assertThat(ids(m)).contains("islamic-state");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'قال مسؤول إن ISIS تبنى الهجوم', ISIS, islamic-state",
    "'أعلن تنظيم AQIM مسؤوليته', AQIM, aqim",
    "'وتبنى Isis العملية', Isis, islamic-state",
  })
  void latinAcronyms(String text, String span, String id) {
    assertThat(ids(only(text, span))).contains(id);
  }

  @Test
  void longestMatchFirst() {
    List<GazetteerMatch> matches = gazetteer.find("تحصن المسلحون في جبل الشعانبي قرب الحدود التونسية الجزائرية");
    assertThat(matches).extracting(m -> m.span().text())
        .containsExactly("جبل الشعانبي", "الحدود التونسية الجزائرية");
    assertThat(ids(matches.get(0))).containsExactly("jebel-chaambi");
    assertThat(ids(matches.get(1))).containsExactly("border-tn-dz");
  }

  @Test
  void multiWordGroupNameBeatsItsParts() {
    GazetteerMatch m = only("وتبنى تنظيم القاعدة في بلاد المغرب الإسلامي الهجوم",
        "تنظيم القاعدة في بلاد المغرب الإسلامي");
    assertThat(ids(m)).contains("aqim").doesNotContain("al-qaeda");
  }

  @Test
  void nationalityIsNotAPlace() {
    GazetteerMatch m = only("قتل جندي تونسي في هجوم مسلح", "تونسي");
    assertThat(m.candidates()).singleElement().isInstanceOf(Nationality.class);
    assertThat(m.candidates().get(0).country()).hasValue("TN");
  }

  @Test
  void ambiguousKefNeedsContext() {
    // "الكاف" alone is the football confederation CAF; after ولاية (governorate) or with ب it is Kef
    assertThat(ids(only("قررت الكاف تأجيل المباراة", "الكاف")))
        .contains("test-caf").noneMatch(id -> id.startsWith("tn-") || id.startsWith("geonames-"));
    assertThat(ids(only("اشتباكات في جبال ولاية الكاف", "ولاية الكاف"))).contains("tn-kef");
    assertThat(ids(only("انفجر لغم بالكاف", "الكاف"))).contains("tn-kef");
  }

  @Test
  void maliNeedsContextBecauseItIsAlsoFinancial() {
    assertThat(gazetteer.find("قدمت الدولة دعم مالي للمزارعين"))
        .noneMatch(m -> m.span().text().equals("مالي"));
    assertThat(gazetteer.find("أعلنت وزارة المالية عن ميزانية"))
        .noneMatch(m -> m.span().text().equals("المالية"));
    assertThat(ids(only("قتل جنود في مالي", "مالي"))).contains("country-ml");
    assertThat(ids(only("أعلن الرئيس المالي مقتل عشرين مسلحا", "المالي"))).contains("nationality-ml");
  }

  @Test
  void spansPointAtTheOriginalText() {
    String text = "هاجم مسلحون مدينةَ القَصْرِين ليلاً";
    GazetteerMatch m = only(text, "القَصْرِين");
    assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo("القَصْرِين");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "وقال مصدر أمني إن الحرب لم تنته بعد وإن المدينة تعيش حالة من الترقب يوم السبت",
    "أكد بيان صادر عن الحكومة أن عدد الضحايا ارتفع خلال الشهر الماضي",
    "ونقلت وكالة الأنباء عن شهود عيان أن الطائرة حلقت فوق السوق قبل أن تعود إلى القاعدة",
    "وأوضح المصدر أن العملية جاءت في إطار رصد تحركات العناصر المسلحة على الطريق",
    "وأحدث الانفجار أضرارا كبيرة في المباني وقال حمدي إن الوضع خطير",
  })
  void noJunkInPressSentences(String text) {
    assertThat(gazetteer.find(text)).as(text)
        .noneMatch(m -> m.candidates().stream().anyMatch(e -> e instanceof PlaceEntry p && p.fromGeoNames()));
  }

  @Test
  void resolvePrefersThePlaceInTheArticlesCountry() {
    // طرابلس is Tripoli of Libya and Tripoli of Lebanon
    List<ResolvedMention> r = gazetteer.resolve(gazetteer.find("اندلعت اشتباكات في طرابلس الليبية بين فصائل مسلحة"));
    ResolvedMention tripoli = r.stream().filter(x -> x.match().span().text().equals("طرابلس")).findFirst().orElseThrow();
    assertThat(tripoli.best().country()).hasValue("LY");
    List<ResolvedMention> lb = gazetteer.resolve(gazetteer.find("أعلن الجيش اللبناني توقيف مسلحين في طرابلس"));
    ResolvedMention tripoliLb = lb.stream().filter(x -> x.match().span().text().equals("طرابلس")).findFirst().orElseThrow();
    assertThat(tripoliLb.best().country()).hasValue("LB");
  }

  @Test
  void placeNounPrefersTheDivisionOrTheCity() {
    GazetteerMatch m = only("وصلت تعزيزات إلى مدينة القصرين", "القصرين");
    assertThat(m.introducedBy()).hasValue("مدينه");
    assertThat(gazetteer.resolve(List.of(m)).get(0).best().id()).isEqualTo("geonames-2473457");
  }

  @Test
  void genericOrganizationTakesTheCountryOfContext() {
    List<ResolvedMention> r = gazetteer.resolve(gazetteer.find("أعلنت السلطات التونسية أن قوات الأمن أوقفت ثلاثة مشتبه بهم"));
    ResolvedMention forces = r.stream().filter(x -> x.match().span().text().equals("قوات الأمن")).findFirst().orElseThrow();
    assertThat(forces.best().id()).isEqualTo("generic-security-forces");
    assertThat(forces.country()).isEqualTo(Optional.of("TN"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "بالقصرين, tn-kasserine",
    "لـ\"داعش\", islamic-state",
    "الجزائر, country-dz",
    "AQIM, aqim",
  })
  void lookupStripsClitics(String name, String id) {
    assertThat(gazetteer.lookup(name)).extracting(KnowledgeEntry::id).contains(id);
  }

  @Test
  void findIsLinearEnoughForALongArticle() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("قتل جنديان في هجوم بالقصرين قرب الحدود الليبية. ");
    }
    assertThat(gazetteer.find(sb.toString())).hasSize(4000);
  }
}
