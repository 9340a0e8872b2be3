package io.github.rasd.parsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Event;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.model.Place;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The whole parser on short texts written for these tests, one test per phenomenon. The
 * sentences are the project's own, in the style of the press.
 */
class ArticleParserTest {

  private static final ArticleParser PARSER = ArticleParser.standard();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 14);

  private static Analysis parse(String text) {
    return PARSER.parse(ImmutableArticle.builder().id("t").text(text).published(PUBLISHED).build());
  }

  private static List<String> placeNames(Analysis a, Event e) {
    return e.placeIds().stream()
        .map(id -> a.places().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow())
        .map(Place::name).toList();
  }

  // ---------------------------------------------------------------- bad and empty input

  @Test
  void emptyTextGivesAnEmptyAnalysis() {
    Analysis a = PARSER.parse(Article.of("e", ""));
    assertThat(a.events()).isEmpty();
    assertThat(a.claims()).isEmpty();
  }

  @Test
  void nonArabicTextGivesAnHonestEmptyResult() {
    Analysis a = parse("The quick brown fox jumps over the lazy dog. 12345 !!!");
    assertThat(a.events()).isEmpty();
    assertThat(a.claims()).isEmpty();
    assertThat(a.forceEstimates()).isEmpty();
  }

  @Test
  void binaryDataIsRejectedWithAReason() {
    assertThatThrownBy(() -> PARSER.parse(Article.of("b", "abc\u0000\u0001\u0002")))
        .isInstanceOfSatisfying(ArticleRejectedException.class, e ->
            assertThat(e.reason()).isEqualTo(ArticleRejectedException.Reason.BINARY_CONTENT));
  }

  @Test
  void tooLongTextIsRejectedWithAReason() {
    String huge = "ا".repeat(ArticleParser.MAX_TEXT_LENGTH + 1);
    assertThatThrownBy(() -> PARSER.parse(Article.of("h", huge)))
        .isInstanceOfSatisfying(ArticleRejectedException.class, e ->
            assertThat(e.reason()).isEqualTo(ArticleRejectedException.Reason.TOO_LONG));
  }

  @Test
  void brokenUnicodeDoesNotBreakTheSpans() {
    String text = "قتل جنديان \uD800 في هجوم على دورية أمس قرب مدينة القصرين \uDC00.";
    Analysis a = parse(text);
    // building the analysis checks every span against the text
    assertThat(a.article().text()).isEqualTo(text);
  }

  @Test
  void sameInputGivesTheSameBytes() {
    String text = "قالت مصادر أمنية إن مسلحين هاجموا أمس ثكنة للجيش في ولاية القصرين، ما أسفر عن"
        + " مقتل ثلاثة جنود وإصابة خمسة آخرين.";
    assertThat(RasdJson.write(parse(text))).isEqualTo(RasdJson.write(parse(text)));
  }

  // ---------------------------------------------------------------- events

  @Test
  void attackWithTollIsOneEventWithKilledAndInjured() {
    Analysis a = parse("قالت مصادر أمنية إن مسلحين هاجموا أمس ثكنة للجيش في ولاية القصرين، ما"
        + " أسفر عن مقتل ثلاثة جنود وإصابة خمسة آخرين.");
    assertThat(a.events()).hasSize(1);
    Event e = a.events().get(0);
    assertThat(e.type()).isEqualTo(EventType.ATTACK);
    assertThat(e.killed()).hasValueSatisfying(c -> assertThat(c.min()).contains(3L));
    assertThat(e.injured()).hasValueSatisfying(c -> assertThat(c.min()).contains(5L));
    assertThat(e.date()).hasValueSatisfying(d -> assertThat(d.start()).isEqualTo(PUBLISHED.minusDays(1)));
    assertThat(placeNames(a, e)).contains("ولاية القصرين");
  }

  @Test
  void arrestCountsTheCellMembers() {
    Analysis a = parse("أعلنت السلطات المغربية أمس أنها ألقت القبض على خلية من خمسة أفراد في مدينة"
        + " طنجة كانوا يخططون لتنفيذ هجمات.");
    Event arrest = a.events().stream().filter(e -> e.type() == EventType.ARREST).findFirst().orElseThrow();
    assertThat(arrest.arrested()).hasValueSatisfying(c -> assertThat(c.min()).contains(5L));
    assertThat(a.forceEstimates()).as("a cell of five is an arrest count, not a group size").isEmpty();
  }

  @Test
  void singularVictimCountsOne() {
    Analysis a = parse("تمكنت وحدات الحرس الوطني فجر اليوم من قتل إرهابي في جبل الشعانبي.");
    Event e = a.events().get(0);
    assertThat(e.type()).isEqualTo(EventType.KILLING);
    assertThat(e.killed()).hasValueSatisfying(c -> assertThat(c.min()).contains(1L));
  }

  @Test
  void reflexiveBombingIsASuicideBombing() {
    Analysis a = parse("وفجرت امرأة كانت برفقة المسلحين نفسها في جبل سمامة أمس.");
    assertThat(a.events()).extracting(Event::type).contains(EventType.SUICIDE_BOMBING);
  }

  @Test
  void foiledAttackHasStatusFoiled() {
    Analysis a = parse("أعلنت وزارة الداخلية التونسية أمس إحباط هجوم إرهابي كان يستهدف مدينة سوسة.");
    assertThat(a.events()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.ATTACK);
      assertThat(e.status()).isEqualTo(EventStatus.FOILED);
    });
  }

  @Test
  void definiteBackReferenceAddsToTheReportedIncident() {
    Analysis a = parse("قتل أربعة جنود في هجوم على دورية قرب مدينة القصرين أمس. وقال شهود إن الهجوم"
        + " وقع قرب سوق المدينة.");
    assertThat(a.events()).hasSize(1);
  }

  @Test
  void incidentWithNeitherDateNorPlaceIsNotReported() {
    Analysis a = parse("تنفذ الجماعات المسلحة هجمات كثيرة.");
    assertThat(a.events()).isEmpty();
  }

  // ---------------------------------------------------------------- claims

  @Test
  void reportedSpeechAfterTheVerb() {
    Analysis a = parse("وقال شهود عيان إنهم سمعوا دوي انفجار قوي قرب مقر الشرطة.");
    Claim c = a.claims().get(0);
    assertThat(c.kind()).isEqualTo(Claim.Kind.REPORTED_SPEECH);
    assertThat(c.speaker().text()).isEqualTo("شهود عيان");
    assertThat(c.speaker().kind()).isEqualTo(Claim.Speaker.Kind.COLLECTIVE);
    assertThat(c.content().text()).startsWith("سمعوا دوي انفجار");
  }

  @Test
  void continuationVerbCarriesTheSpeakerOn() {
    Analysis a = parse("وقال مصدر أمني إن المسلحين فروا نحو الجبال. وأضاف أن عمليات التمشيط"
        + " متواصلة.");
    assertThat(a.claims()).hasSize(2);
    assertThat(a.claims().get(1).speaker().text()).isEqualTo("مصدر أمني");
    assertThat(a.claims().get(1).content().text()).startsWith("عمليات التمشيط");
  }

  @Test
  void postposedAccordingTo() {
    Analysis a = parse("ينشط في المنطقة نحو 300 مسلح، بحسب مصادر محلية.");
    Claim c = a.claims().get(0);
    assertThat(c.kind()).isEqualTo(Claim.Kind.ACCORDING_TO);
    assertThat(c.speaker().text()).isEqualTo("مصادر محلية");
    assertThat(c.content().text()).isEqualTo("ينشط في المنطقة نحو 300 مسلح");
  }

  @Test
  void frontedAccordingToWithFaInna() {
    Analysis a = parse("وبحسب مصادر أمنية، فإن الخلية كانت تخطط لاستهداف منشآت حيوية.");
    Claim c = a.claims().get(0);
    assertThat(c.kind()).isEqualTo(Claim.Kind.ACCORDING_TO);
    assertThat(c.speaker().text()).isEqualTo("مصادر أمنية");
    assertThat(c.content().text()).startsWith("الخلية كانت تخطط");
  }

  @Test
  void accordingToTheCircumstancesIsNoClaim() {
    Analysis a = parse("وتتحرك الخلايا حسب الظروف المحلية في كل بلد.");
    assertThat(a.claims()).isEmpty();
  }

  @Test
  void directQuoteAfterAColonAcrossALineBreak() {
    Analysis a = parse("وقال مصدر عسكري:\n\"لقد تمكنت قواتنا من تدمير مخبأ للأسلحة في الجبل\".");
    Claim c = a.claims().get(0);
    assertThat(c.kind()).isEqualTo(Claim.Kind.DIRECT_QUOTE);
    assertThat(c.content().text()).isEqualTo("لقد تمكنت قواتنا من تدمير مخبأ للأسلحة في الجبل");
  }

  @Test
  void colonFollowedByInnaIsReportedSpeech() {
    Analysis a = parse("وقال مصدر عسكري: إن الجيش يسيطر على الوضع.");
    assertThat(a.claims().get(0).kind()).isEqualTo(Claim.Kind.REPORTED_SPEECH);
  }

  @Test
  void claimSpansPointIntoTheCallersText() {
    String text = "وقال مصدر عسكري: إن الجيش يسيطر على الوضع.";
    Claim c = parse(text).claims().get(0);
    assertThat(text.substring(c.content().start(), c.content().end())).isEqualTo(c.content().text());
    assertThat(c.cueSpan()).map(s -> text.substring(s.start(), s.end())).contains("وقال");
  }

  @Test
  void eventPointsToTheClaimThatReportsIt() {
    Analysis a = parse("وقال مصدر أمني إن مسلحين قتلوا جنديين في هجوم على حاجز قرب مدينة القصرين"
        + " أمس.");
    assertThat(a.events()).isNotEmpty();
    assertThat(a.events().get(0).claimIds()).containsExactly(a.claims().get(0).id());
  }

  // ---------------------------------------------------------------- persons

  @Test
  void titleChainBeforeTheName() {
    Analysis a = parse("وقال الخبير العسكري التونسي العميد كمال الدريدي، إن الخلايا تتحرك في الجبال.");
    assertThat(a.persons()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("كمال الدريدي");
      assertThat(p.nationality()).contains("TN");
      assertThat(p.titles()).contains("العميد");
    });
    assertThat(a.claims().get(0).speaker().personId()).contains(a.persons().get(0).id());
  }

  @Test
  void nameBeforeItsTitleAfterASpeechVerb() {
    Analysis a = parse("وقال أحمد بلقاسم المتحدث باسم الجيش إن الوضع تحت السيطرة.");
    assertThat(a.persons()).extracting(io.github.rasd.model.Person::name).containsExactly("أحمد بلقاسم");
  }

  @Test
  void familyNameAloneIsALaterMention() {
    Analysis a = parse("وقال المتحدث باسم الحرس الوطني مراد السعيدي إن العملية متواصلة. وأكد السعيدي"
        + " أن الوحدات تسيطر على الوضع.");
    assertThat(a.persons()).singleElement().satisfies(p -> assertThat(p.mentions()).hasSize(2));
  }

  @Test
  void titleAloneResolvesToThePersonWhoBoreIt() {
    Analysis a = parse("قال الخبير الأمني المغربي يوسف العلوي إن الخطر قائم. وأوضح الخبير المغربي أن"
        + " الخلايا تنشط عبر الإنترنت.");
    assertThat(a.claims()).hasSize(2);
    assertThat(a.claims().get(1).speaker().personId()).isEqualTo(a.claims().get(0).speaker().personId());
  }

  @Test
  void proseAfterATitleIsNoName() {
    Analysis a = parse("وبحسب الخبير يسعى التنظيم لإعادة تمركزه جنوب الصحراء.");
    assertThat(a.persons()).isEmpty();
    assertThat(a.claims()).singleElement()
        .satisfies(c -> assertThat(c.content().text()).startsWith("يسعى التنظيم"));
  }

  // ---------------------------------------------------------------- force estimates

  @Test
  void forceEstimateWithTheGroupBeforeIt() {
    Analysis a = parse("ويضم تنظيم حراس الدين نحو 1500 مقاتل في ريف إدلب، بحسب مصادر محلية.");
    assertThat(a.forceEstimates()).singleElement().satisfies(f -> {
      assertThat(f.count().min()).contains(1500L);
      assertThat(f.count().approximate()).isTrue();
      assertThat(f.unit()).isEqualTo(io.github.rasd.model.ForceEstimate.Unit.FIGHTERS);
      assertThat(f.groupId()).isPresent();
      assertThat(f.claimIds()).hasSize(1);
    });
  }

  @Test
  void forceEstimateWithTheGroupAfterIt() {
    Analysis a = parse("وتنتشر في المنطقة نحو 4 آلاف عنصر من \"داعش\" على الحدود الليبية.");
    io.github.rasd.model.ForceEstimate f = a.forceEstimates().get(0);
    assertThat(f.count().min()).contains(4000L);
    assertThat(f.unit()).isEqualTo(io.github.rasd.model.ForceEstimate.Unit.MEMBERS);
    String group = a.groups().stream().filter(g -> g.id().equals(f.groupId().orElseThrow()))
        .findFirst().orElseThrow().canonicalId().orElseThrow();
    assertThat(group).isEqualTo("islamic-state");
  }

  @Test
  void moreThanGivesTheLowerBound() {
    Analysis a = parse("وتملك هيئة تحرير الشام أكثر من 8 آلاف مقاتل.");
    assertThat(a.forceEstimates().get(0).count().min()).contains(8001L);
    assertThat(a.forceEstimates().get(0).count().max()).isEmpty();
  }

  @Test
  void killedFightersAreNoForceEstimate() {
    Analysis a = parse("أعلن الجيش مقتل 15 مسلحا من بوكو حرام في ولاية بورنو أمس.");
    assertThat(a.forceEstimates()).isEmpty();
    assertThat(a.events()).anySatisfy(e -> assertThat(e.killed()).hasValueSatisfying(
        c -> assertThat(c.min()).contains(15L)));
  }

  // ---------------------------------------------------------------- places and groups

  @Test
  void villageNamedAfterItsNounIsAPlace() {
    Analysis a = parse("هاجم مسلحون قرية كابالو في ولاية بورنو أمس وقتلوا خمسة أشخاص.");
    assertThat(a.places()).extracting(Place::name).contains("كابالو");
    assertThat(a.places()).filteredOn(p -> p.name().equals("كابالو"))
        .allSatisfy(p -> assertThat(p.countryCode()).contains("NG"));
  }

  @Test
  void countryInsideAnOrganisationNameIsStillAPlace() {
    Analysis a = parse("قالت الشرطة في نيجيريا إن مسلحين خطفوا عشرة أشخاص.");
    assertThat(a.places()).extracting(Place::countryCode).contains(Optional.of("NG"));
  }

  @Test
  void groupAliasesResolveToOneCanonicalEntry() {
    Analysis a = parse("هاجم عناصر من داعش قرية في العراق، وقال مسؤول إن الدواعش فروا بعد أن تصدى"
        + " لهم الجيش، فيما توعد تنظيم الدولة بالانتقام.");
    assertThat(a.groups()).singleElement()
        .satisfies(g -> assertThat(g.canonicalId()).contains("islamic-state"));
  }

  @Test
  void claimOfResponsibilityNamesThePerpetrator() {
    Analysis a = parse("قتل خمسة جنود في تفجير سيارة مفخخة بمدينة مقديشو أمس. وتبنت حركة الشباب"
        + " الهجوم.");
    assertThat(a.events()).hasSize(1);
    assertThat(a.events().get(0).groupIds()).hasSize(1);
  }

  @Test
  void allegianceAndLeaderWrittenInTheTextAreGroupFacts() {
    Analysis a = parse("وتبنت كتيبة الفرقان الموالية لتنظيم القاعدة الهجوم، فيما ينشط تنظيم المرابطين"
        + " بقيادة سالم ولد المختار في المنطقة.");
    assertThat(a.groups()).filteredOn(g -> g.canonicalId().equals(Optional.of("al-mourabitoun")))
        .singleElement().satisfies(g -> assertThat(g.leaders()).contains("سالم ولد المختار"));
  }

  @Test
  void participantsNameVictimsTargetsAndForces() {
    Analysis a = parse("قتل ثلاثة جنود أمس في هجوم على دورية للجيش قرب مدينة القصرين.");
    Event e = a.events().get(0);
    assertThat(e.participants()).anySatisfy(p -> {
      assertThat(p.role()).isEqualTo(io.github.rasd.model.Participant.Role.VICTIM);
      assertThat(p.text()).contains("ثلاثة جنود");
    });
    assertThat(e.participants()).anySatisfy(p -> {
      assertThat(p.role()).isEqualTo(io.github.rasd.model.Participant.Role.TARGET);
      assertThat(p.text()).contains("دورية للجيش");
    });
  }

  @Test
  void groupNamedInsideTheTollIsAVictim() {
    Analysis a = parse("وقتل الجيش عشرة من عناصر داعش في ولاية القصرين أمس.");
    assertThat(a.events().get(0).participants())
        .filteredOn(p -> p.refId().isPresent() && p.refId().get().startsWith("g"))
        .allSatisfy(p -> assertThat(p.role()).isEqualTo(io.github.rasd.model.Participant.Role.VICTIM));
  }

  @Test
  void groupTheMenBelongToIsTheTargetNotThePerpetrator() {
    Analysis a = parse("قضت وحدة من الجيش على مسلحين اثنين في كمين قرب مدينة القصرين أمس. وقال مصدر"
        + " أمني إن المسلحين ينتميان إلى كتيبة عقبة بن نافع.");
    assertThat(a.events()).hasSize(1);
    assertThat(a.events().get(0).participants())
        .filteredOn(p -> p.refId().isPresent() && a.events().get(0).groupIds().contains(p.refId().get()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.role()).isEqualTo(io.github.rasd.model.Participant.Role.TARGET));
  }

  @Test
  void forceEstimateHoldsAtTheDateItsSentenceStates() {
    Analysis a = parse("وقدر تقرير أممي في مطلع 2023 عدد مقاتلي حركة الشباب بنحو سبعة آلاف مقاتل.");
    assertThat(a.forceEstimates().get(0).asOf())
        .hasValueSatisfying(d -> assertThat(d.start()).isEqualTo(LocalDate.of(2023, 1, 1)));
    Analysis b = parse("وتضم الحركة نحو سبعة آلاف مقاتل.");
    assertThat(b.forceEstimates().get(0).asOf())
        .hasValueSatisfying(d -> assertThat(d.start()).isEqualTo(PUBLISHED));
  }
}
