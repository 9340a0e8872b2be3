package io.github.rasd.model;

import java.time.LocalDate;

/**
 * A complete analysis of a short article written for the tests, with every record kind and
 * every optional attribute filled, built by hand.
 */
public final class SampleAnalysis {
  /** "In Kasserine, clashes on Mount Chaambi; a spokesman told Reuters that ..." (own text). */
  public static final String TEXT =
      "قال المتحدث باسم الحرس الوطني علي المرزوقي لوكالة رويترز إن اشتباكات اندلعت أمس في جبل"
          + " الشعانبي بولاية القصرين أسفرت عن مقتل ثلاثة عناصر من كتيبة عقبة بن نافع، وإن"
          + " الكتيبة تضم نحو 100 مقاتل بحسب تقديرات أمنية.";

  private SampleAnalysis() {}

  static Span span(String needle) {
    int at = TEXT.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException(needle);
    }
    return Span.of(TEXT, at, at + needle.length());
  }

  /** The sample analysis. */
  public static Analysis build() {
    Article article = ImmutableArticle.builder().id("t-1").text(TEXT)
        .published(LocalDate.of(2024, 3, 12)).outlet("Rasd tests").url("https://example.org/t-1")
        .title("اشتباكات في جبل الشعانبي").build();
    Provenance rule = Provenance.of("test/manual", 0.9);
    Claim outer = ImmutableClaim.builder().id("c1").kind(Claim.Kind.REPORTED_SPEECH).cue("قال")
        .cueSpan(span("قال"))
        .speaker(ImmutableSpeaker.builder().text("المتحدث باسم الحرس الوطني علي المرزوقي")
            .span(span("المتحدث باسم الحرس الوطني علي المرزوقي")).kind(Claim.Speaker.Kind.PERSON)
            .personId("p1").organizationId("o1").role("spokesperson").build())
        .channel(ImmutableChannel.builder().text("لوكالة رويترز").span(span("لوكالة رويترز"))
            .organizationId("o2").build())
        .content(span("اشتباكات اندلعت أمس في جبل الشعانبي بولاية القصرين"))
        .provenance(rule).build();
    Claim inner = ImmutableClaim.builder().id("c2").kind(Claim.Kind.ACCORDING_TO).cue("بحسب")
        .speaker(ImmutableSpeaker.builder().text("تقديرات أمنية").kind(Claim.Speaker.Kind.COLLECTIVE)
            .build())
        .content(span("الكتيبة تضم نحو 100 مقاتل")).parentClaimId("c1").provenance(rule).build();
    Count killed = ImmutableCount.builder().min(3L).max(3L).text("ثلاثة").span(span("ثلاثة")).build();
    Count fighters = ImmutableCount.builder().min(100L).max(100L).approximate(true)
        .qualifier(Count.Qualifier.ABOUT).text("نحو 100").span(span("نحو 100")).build();
    DateRange yesterday = ImmutableDateRange.builder().start(LocalDate.of(2024, 3, 11))
        .end(LocalDate.of(2024, 3, 11)).text("أمس").span(span("أمس")).build();
    return ImmutableAnalysis.builder()
        .extractorVersion("rasd-test")
        .article(article)
        .addGroups(ImmutableGroup.builder().id("g1").canonicalId("uqba-ibn-nafi")
            .name("كتيبة عقبة بن نافع").nameEn("Uqba ibn Nafi Brigade").addAliases("الكتيبة")
            .kind(GroupKind.JIHADIST).parentCanonicalId("aqim").addAllegianceCanonicalIds("aqim")
            .addLeaders("لقمان أبو صخر").addMentions(span("كتيبة عقبة بن نافع"), span("الكتيبة"))
            .provenance(rule).build())
        .addPersons(ImmutablePerson.builder().id("p1").name("علي المرزوقي").addRoles("spokesperson")
            .addTitles("المتحدث باسم").nationality("TN").addAffiliationIds("o1")
            .addMentions(span("علي المرزوقي")).provenance(rule).build())
        .addPlaces(ImmutablePlace.builder().id("pl1").canonicalId("mount-chaambi")
            .name("جبل الشعانبي").nameEn("Mount Chaambi").kind(PlaceKind.MOUNTAIN).countryCode("TN")
            .coordinates(Place.Coordinates.of(35.2, 8.68)).adminParent("القصرين")
            .addMentions(span("جبل الشعانبي")).provenance(rule).build())
        .addOrganizations(ImmutableOrganization.builder().id("o1").canonicalId("tn-national-guard")
            .name("الحرس الوطني").nameEn("National Guard").kind(OrganizationKind.POLICE)
            .countryCode("TN").addMentions(span("الحرس الوطني")).provenance(rule).build())
        .addOrganizations(ImmutableOrganization.builder().id("o2").canonicalId("reuters")
            .name("رويترز").nameEn("Reuters").kind(OrganizationKind.NEWS_AGENCY)
            .addMentions(span("رويترز")).provenance(rule).build())
        .addEvents(ImmutableEvent.builder().id("e1").type(EventType.ARMED_CLASH)
            .status(EventStatus.OCCURRED).date(yesterday).addPlaceIds("pl1").addGroupIds("g1")
            .addParticipants(ImmutableParticipant.builder().role(Participant.Role.PERPETRATOR)
                .refId("g1").text("كتيبة عقبة بن نافع").span(span("كتيبة عقبة بن نافع")).build())
            .killed(killed).addTollFigures(ImmutableTollFigure.builder().kind(TollFigure.Kind.KILLED)
                .count(killed).claimId("c1").build())
            .trigger(span("اشتباكات"))
            .evidence(span("اشتباكات اندلعت أمس في جبل الشعانبي"))
            .addClaimIds("c1").provenance(rule).build())
        .addForceEstimates(ImmutableForceEstimate.builder().id("f1").groupId("g1").count(fighters)
            .unit(ForceEstimate.Unit.FIGHTERS).addPlaceIds("pl1")
            .asOf(DateRange.day(LocalDate.of(2024, 3, 12), "2024-03-12"))
            .evidence(span("الكتيبة تضم نحو 100 مقاتل")).addClaimIds("c2").provenance(rule).build())
        .addClaims(outer, inner)
        .build();
  }
}
