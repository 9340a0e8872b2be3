package io.github.rasd.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Count;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.Group;
import io.github.rasd.model.ImmutableCount;
import io.github.rasd.model.ImmutableGroup;
import io.github.rasd.model.ImmutablePlace;
import io.github.rasd.model.Place;
import io.github.rasd.model.PlaceKind;
import io.github.rasd.model.Provenance;
import io.github.rasd.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Each fusion rule on hand-made source events: what it joins and what it refuses. */
class FusionRulesTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
  private static final Place IRAQ = place("country-iq", "العراق", PlaceKind.COUNTRY, null);
  private static final Place DIYALA = place("iq-diyala", "محافظة ديالى", PlaceKind.ADMIN1, null);
  private static final Place MUQDADIYA = place("g-99062", "المقدادية", PlaceKind.CITY, "ديالى");
  private static final Place BAQUBAH = place("g-97990", "بعقوبة", PlaceKind.CITY, "ديالى");
  private static final Place KIRKUK = place("g-94787", "كركوك", PlaceKind.CITY, null);

  private static Place place(String id, String name, PlaceKind kind, String parent) {
    ImmutablePlace.Builder b = ImmutablePlace.builder().id(id).canonicalId(id).name(name)
        .kind(kind).countryCode("IQ").provenance(Provenance.manual());
    if (parent != null) {
      b.adminParent(parent);
    }
    return b.build();
  }

  private static Group group(String canonical, String... allegiances) {
    return ImmutableGroup.builder().id("g1").canonicalId(canonical).name(canonical)
        .addAllegianceCanonicalIds(allegiances).provenance(Provenance.manual()).build();
  }

  private static ImmutableSourceEvent.Builder event(String article, EventType type, LocalDate day,
      Place... places) {
    Span s = Span.of("كمين", 0, 4);
    return ImmutableSourceEvent.builder().articleId(article).eventId("e1").type(type)
        .status(EventStatus.OCCURRED).windowStart(day).windowEnd(day).trigger(s).evidence(s)
        .addPlaces(places).outlet("outlet-" + article);
  }

  private static int score(PairRule rule, ImmutableSourceEvent.Builder a,
      ImmutableSourceEvent.Builder b) {
    return rule.score(a.build(), b.build());
  }

  @Test
  void anAmbushAndAnAttackAreOneFamilyAnArrestAndAnAirStrikeAreNot() {
    TypeFamilyRule rule = TypeFamilyRule.standard();
    assertThat(score(rule, event("a", EventType.AMBUSH, DAY), event("b", EventType.AMBUSH, DAY)))
        .isEqualTo(2);
    assertThat(score(rule, event("a", EventType.AMBUSH, DAY), event("b", EventType.KILLING, DAY)))
        .isEqualTo(1);
    assertThat(score(rule, event("a", EventType.ATTACK, DAY), event("b", EventType.BOMBING, DAY)))
        .isZero();
    assertThat(score(rule, event("a", EventType.ARREST, DAY), event("b", EventType.AIR_STRIKE, DAY)))
        .isEqualTo(PairRule.INCOMPATIBLE);
  }

  @Test
  void windowsThatOverlapAgreeTheDayAfterDoesNotAWideWindowNever() {
    DateOverlapRule rule = new DateOverlapRule();
    assertThat(score(rule, event("a", EventType.ATTACK, DAY), event("b", EventType.ATTACK, DAY)))
        .isEqualTo(3);
    assertThat(score(rule, event("a", EventType.ATTACK, DAY),
        event("b", EventType.ATTACK, DAY).windowStart(DAY.minusDays(2)))).isEqualTo(1);
    assertThat(score(rule, event("a", EventType.ATTACK, DAY),
        event("b", EventType.ATTACK, DAY.plusDays(1)))).isEqualTo(PairRule.INCOMPATIBLE);
    assertThat(score(rule, event("a", EventType.ATTACK, DAY),
        event("b", EventType.ATTACK, DAY).windowStart(DAY.minusDays(30))))
        .isEqualTo(PairRule.INCOMPATIBLE);
  }

  @Test
  void placesAgreeByEntryByProvinceOrCountryNotBySiblingTowns() {
    PlaceAgreementRule rule = new PlaceAgreementRule();
    assertThat(score(rule, event("a", EventType.ATTACK, DAY, MUQDADIYA, DIYALA),
        event("b", EventType.ATTACK, DAY, MUQDADIYA))).isEqualTo(3);
    assertThat(score(rule, event("a", EventType.ATTACK, DAY, MUQDADIYA, DIYALA),
        event("b", EventType.ATTACK, DAY, DIYALA))).isEqualTo(3);
    assertThat(score(rule, event("a", EventType.ATTACK, DAY, MUQDADIYA),
        event("b", EventType.ATTACK, DAY, DIYALA))).as("admin parent names the province")
        .isEqualTo(2);
    assertThat(score(rule, event("a", EventType.ATTACK, DAY, KIRKUK),
        event("b", EventType.ATTACK, DAY, IRAQ))).as("the country contains the town").isEqualTo(2);
    assertThat(score(rule, event("a", EventType.ATTACK, DAY, MUQDADIYA, DIYALA),
        event("b", EventType.ATTACK, DAY, BAQUBAH, DIYALA))).isEqualTo(PairRule.INCOMPATIBLE);
    assertThat(score(rule, event("a", EventType.ATTACK, DAY, MUQDADIYA),
        event("b", EventType.ATTACK, DAY))).isEqualTo(PairRule.INCOMPATIBLE);
  }

  @Test
  void spellingsOfOneDivisionFoldToOneKey() {
    assertThat(PlaceNames.key("ولاية القصرين")).isEqualTo(PlaceNames.key("القصرين"));
    assertThat(PlaceNames.key("محافظة إدلب")).isEqualTo(PlaceNames.key("ادلب"));
    assertThat(PlaceNames.key("الرقة")).isEqualTo(PlaceNames.key("الرقه"));
    assertThat(PlaceNames.key("كركوك")).isNotEqualTo(PlaceNames.key("بعقوبة"));
  }

  @Test
  void groupsAgreeThroughAllegianceAndDisagreeOtherwise() {
    GroupCompatibilityRule rule = new GroupCompatibilityRule();
    assertThat(score(rule, event("a", EventType.ATTACK, DAY).addGroups(group("jnim", "al-qaeda")),
        event("b", EventType.ATTACK, DAY).addGroups(group("al-qaeda")))).isEqualTo(2);
    assertThat(score(rule, event("a", EventType.ATTACK, DAY).addGroups(group("islamic-state")),
        event("b", EventType.ATTACK, DAY))).isZero();
    assertThat(score(rule, event("a", EventType.ATTACK, DAY).addGroups(group("islamic-state")),
        event("b", EventType.ATTACK, DAY).addGroups(group("al-shabaab"))))
        .isEqualTo(PairRule.INCOMPATIBLE);
  }

  @Test
  void twoEventsOfOneArticleJoinOnlyWhenTheArticleRepeatsOneIncident() {
    SameArticleRule rule = new SameArticleRule();
    assertThat(score(rule, event("a", EventType.AMBUSH, DAY),
        event("a", EventType.AMBUSH, DAY).eventId("e2"))).isZero();
    assertThat(score(rule, event("a", EventType.AMBUSH, DAY),
        event("a", EventType.KILLING, DAY).eventId("e2"))).isEqualTo(PairRule.INCOMPATIBLE);
  }

  @Test
  void completeLinkKeepsTwoTownsApartThatOneVagueReportWouldChain() {
    List<Incident> incidents = IncidentFuser.standard().fuseEvents(List.of(
        event("a", EventType.ATTACK, DAY, MUQDADIYA, DIYALA).build(),
        event("b", EventType.ATTACK, DAY, DIYALA).build(),
        event("c", EventType.ATTACK, DAY, BAQUBAH, DIYALA).build()));
    assertThat(incidents).hasSize(2);
    assertThat(incidents).noneMatch(i -> i.sources().stream().map(SourceEvent::articleId)
        .toList().containsAll(List.of("a", "c")));
  }

  @Test
  void tollsAreReconciledAsLowBestHighWithEverySource() {
    List<Incident> incidents = IncidentFuser.standard().fuseEvents(List.of(
        event("a", EventType.AMBUSH, DAY, MUQDADIYA).killed(Count.exact(12, "12")).build(),
        event("b", EventType.KILLING, DAY, MUQDADIYA).killed(Count.exact(14, "14")).build(),
        event("c", EventType.ATTACK, DAY, MUQDADIYA).killed(ImmutableCount.builder().min(14)
            .approximate(true).qualifier(Count.Qualifier.AT_LEAST).text("14 على الأقل").build())
            .status(EventStatus.FOILED).build()));
    assertThat(incidents).hasSize(1);
    Incident i = incidents.get(0);
    assertThat(i.type()).isEqualTo(EventType.AMBUSH);
    Figures dead = i.fatalities().orElseThrow();
    assertThat(List.of(dead.low(), dead.best(), dead.high())).containsExactly(12L, 14L, 14L);
    assertThat(dead.reports()).extracting(FigureReport::articleId).containsExactly("a", "b", "c");
    assertThat(i.statusConflict()).isTrue();
    assertThat(i.provenance().rules()).contains(IncidentFuser.STATUS_CONFLICT,
        IncidentFuser.TOLL_RECONCILIATION);
  }

  @Test
  void theBestOfTiedFiguresIsTheirLowerMedian() {
    assertThat(TollReconciliation.best(List.of(7L, 9L, 10L, 8L))).isEqualTo(8L);
    assertThat(TollReconciliation.best(List.of(4L, 3L, 5L, 4L))).isEqualTo(4L);
  }

  @Test
  void errorRecordsAreSkippedAndCountedBrokenLinesReported() throws IOException {
    String lines = "{\"id\":\"x\",\"line\":3,\"error\":\"malformed JSON\"}\n"
        + "not json\n\n"
        + "{\"schemaVersion\":1,\"extractorVersion\":\"t\",\"article\":{\"id\":\"a\",\"text\":\"\"}}\n";
    AnalysisLines.Result r = AnalysisLines.read(new BufferedReader(new StringReader(lines)));
    assertThat(r.analyses()).isEqualTo(1);
    assertThat(r.errorRecords()).isEqualTo(1);
    assertThat(r.unreadable()).singleElement().asString().startsWith("line 2:");
  }

  @Test
  void theCsvHasAcledsColumnsAndOneRowPerIncidentWithItsSources() throws IOException {
    List<Incident> incidents = IncidentFuser.standard().fuseEvents(List.of(
        event("a", EventType.AMBUSH, DAY, MUQDADIYA).killed(Count.exact(4, "أربعة")).build(),
        event("b", EventType.AMBUSH, DAY, MUQDADIYA).killed(Count.exact(5, "خمسة")).build()));
    StringWriter out = new StringWriter();
    IncidentCsv.write(incidents, out);
    try (CSVParser csv = CSVParser.parse(out.toString(),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(csv.getHeaderNames()).startsWith("event_id_cnty", "event_date", "year")
          .contains("sub_event_type", "fatalities", "source");
      List<CSVRecord> rows = csv.getRecords();
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).get("event_date")).isEqualTo("2025-03-03");
      assertThat(rows.get(0).get("event_type")).isEqualTo("Battles");
      assertThat(rows.get(0).get("fatalities")).isEqualTo("4");
      assertThat(rows.get(0).get("rasd_fatalities_high")).isEqualTo("5");
      assertThat(rows.get(0).get("source")).isEqualTo("outlet-a; outlet-b");
      assertThat(rows.get(0).get("rasd_sources")).contains("a/e1", "b/e1");
    }
  }
}
