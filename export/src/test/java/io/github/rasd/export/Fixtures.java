package io.github.rasd.export;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.Event;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.ImmutableAnalysis;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.model.ImmutableClaim;
import io.github.rasd.model.ImmutableCount;
import io.github.rasd.model.ImmutableDateRange;
import io.github.rasd.model.ImmutableEvent;
import io.github.rasd.model.ImmutableForceEstimate;
import io.github.rasd.model.ImmutableGroup;
import io.github.rasd.model.ImmutableParticipant;
import io.github.rasd.model.ImmutablePlace;
import io.github.rasd.model.ImmutableSpeaker;
import io.github.rasd.model.ImmutableTollFigure;
import io.github.rasd.model.ImmutableTollRange;
import io.github.rasd.model.Participant;
import io.github.rasd.model.Place;
import io.github.rasd.model.PlaceKind;
import io.github.rasd.model.Provenance;
import io.github.rasd.model.Span;
import io.github.rasd.model.TollFigure;
import io.github.rasd.parsers.ArticleParser;
import io.github.rasd.parsers.io.ArticleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Analyses the export tests write: Rasd's own analyses of the bundled example articles
 * (examples/articles), and one made by hand with what they lack (sources that disagree on a
 * toll, a week-long date, text with commas, quotes and a line break in one field).
 */
final class Fixtures {

  private Fixtures() {}

  private static final class Holder {
    static final List<Analysis> EXAMPLES = loadExamples();
  }

  /** The analyses of the bundled example articles, in file-name order. */
  static List<Analysis> examples() {
    return Holder.EXAMPLES;
  }

  /** The examples and the hand-made analysis. */
  static List<Analysis> all() {
    List<Analysis> all = new ArrayList<>(examples());
    all.add(handMade());
    return all;
  }

  static Path examplesFolder() {
    return Path.of(System.getProperty("rasd.examples", "../examples/articles"));
  }

  private static List<Analysis> loadExamples() {
    ArticleParser parser = ArticleParser.standard();
    try (Stream<Path> files = Files.list(examplesFolder())) {
      List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      if (txt.isEmpty()) {
        throw new IllegalStateException("no example articles in " + examplesFolder());
      }
      List<Analysis> out = new ArrayList<>();
      for (Path p : txt) {
        out.add(parser.parse(ArticleFiles.read(p)));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An analysis by hand: two sources disagree on the dead of one clash (13 and 15), the clash
   * took place over a week, the outlet's name holds a comma and quotes, a claim ends inside a
   * place name.
   */
  static Analysis handMade() {
    String text = "قال المرصد \"إن 15 قتلوا\" في اشتباكات بين الجيش وتنظيم داعش قرب مدينة تدمر\n"
        + "بينما قالت الوكالة الرسمية إن 13 قتلوا، الأسبوع الماضي، ونحو 300 مقاتل يتحصنون بالبادية.";
    Span clash = span(text, "اشتباكات");
    Span group = span(text, "تنظيم داعش");
    Span town = span(text, "مدينة تدمر");
    Span fifteen = span(text, "15");
    Span thirteen = span(text, "13");
    Span week = span(text, "الأسبوع الماضي");
    Span fighters = span(text, "نحو 300");
    int contentStart = text.indexOf("إن 15");
    Span c1content = Span.of(text, contentStart, text.indexOf("تدمر") + 2);
    Span c2content = span(text, "13 قتلوا");
    Place palmyra = ImmutablePlace.builder().id("pl1").name("تدمر").nameEn("Palmyra")
        .kind(PlaceKind.CITY).countryCode("SY").coordinates(Place.Coordinates.of(34.56, 38.28))
        .adminParent("حمص").addMentions(town).provenance(Provenance.manual()).build();
    Place homs = ImmutablePlace.builder().id("pl2").name("حمص").nameEn("Homs")
        .kind(PlaceKind.ADMIN1).countryCode("SY").provenance(Provenance.manual()).build();
    Place badia = ImmutablePlace.builder().id("pl3").name("البادية").kind(PlaceKind.REGION)
        .countryCode("SY").addMentions(span(text, "البادية")).provenance(Provenance.manual()).build();
    Claim c1 = ImmutableClaim.builder().id("c1").kind(Claim.Kind.DIRECT_QUOTE).cue("قال")
        .speaker(ImmutableSpeaker.builder().text("المرصد").span(span(text, "المرصد"))
            .kind(Claim.Speaker.Kind.ORGANIZATION).build())
        .content(c1content).provenance(Provenance.of("claims/manual", 0.9)).build();
    Claim c2 = ImmutableClaim.builder().id("c2").kind(Claim.Kind.REPORTED_SPEECH).cue("قالت")
        .speaker(ImmutableSpeaker.builder().text("الوكالة الرسمية").span(span(text, "الوكالة الرسمية"))
            .kind(Claim.Speaker.Kind.OUTLET).role("state-agency").build())
        .content(c2content).provenance(Provenance.of("claims/manual", 0.8)).build();
    Event e1 = ImmutableEvent.builder().id("e1").type(EventType.ARMED_CLASH)
        .status(EventStatus.OCCURRED)
        .date(ImmutableDateRange.builder().start(LocalDate.of(2024, 5, 6)).end(LocalDate.of(2024, 5, 12))
            .granularity(DateRange.Granularity.WEEK).text(week.text()).span(week).build())
        .addPlaceIds("pl1", "pl2").addGroupIds("g1")
        .addParticipants(ImmutableParticipant.builder().role(Participant.Role.PERPETRATOR)
            .refId("g1").text(group.text()).span(group).build())
        .killedRange(ImmutableTollRange.builder().low(13).best(15).high(15).build())
        .addTollFigures(toll(fifteen, "c1"), toll(thirteen, "c2"))
        .trigger(clash).evidence(Span.of(text, 0, text.indexOf("13 قتلوا")))
        .addClaimIds("c1", "c2").provenance(Provenance.of(List.of("events/manual", "events/merge"), 0.75))
        .build();
    ForceEstimate f1 = ImmutableForceEstimate.builder().id("f1").groupId("g1")
        .count(ImmutableCount.builder().min(300L).max(300L).approximate(true)
            .qualifier(Count.Qualifier.ABOUT).text(fighters.text()).span(fighters).build())
        .unit(ForceEstimate.Unit.FIGHTERS).addPlaceIds("pl3").evidence(span(text, "ونحو 300 مقاتل يتحصنون بالبادية"))
        .addClaimIds("c2").provenance(Provenance.of("forces/manual", 0.7)).build();
    return ImmutableAnalysis.builder().extractorVersion("rasd test")
        .article(ImmutableArticle.builder().id("hand-made").text(text).outlet("Wire, \"Levant\" desk")
            .published(LocalDate.of(2024, 5, 14)).url("https://example.org/a?x=1,2").build())
        .addGroups(ImmutableGroup.builder().id("g1").canonicalId("islamic-state").name("داعش")
            .nameEn("Islamic State").addMentions(group).provenance(Provenance.manual()).build())
        .addPlaces(palmyra, homs, badia)
        .addEvents(e1).addForceEstimates(f1).addClaims(c1, c2).build();
  }

  private static TollFigure toll(Span count, String claim) {
    return ImmutableTollFigure.builder().kind(TollFigure.Kind.KILLED)
        .count(ImmutableCount.builder().from(Count.exact(Long.parseLong(count.text()), count.text()))
            .span(count).build())
        .claimId(claim).build();
  }

  static Span span(String text, String part) {
    int at = text.indexOf(part);
    if (at < 0) {
      throw new IllegalArgumentException(part);
    }
    return Span.of(text, at, at + part.length());
  }

  /**
   * The highlights the report must show, by kind, counted from the analysis itself: distinct
   * non-empty spans of group, person and place mentions, counts, dates, triggers, claim
   * contents, claim speakers and channels.
   */
  static Map<String, Integer> expectedHighlights(Analysis a) {
    Map<String, Set<List<Integer>>> spans = new HashMap<>();
    a.groups().forEach(g -> g.mentions().forEach(s -> add(spans, "group", s)));
    a.persons().forEach(p -> p.mentions().forEach(s -> add(spans, "person", s)));
    a.places().forEach(p -> p.mentions().forEach(s -> add(spans, "place", s)));
    for (Event e : a.events()) {
      add(spans, "trigger", e.trigger());
      Stream.of(e.killed(), e.injured(), e.arrested()).flatMap(java.util.Optional::stream)
          .forEach(c -> c.span().ifPresent(s -> add(spans, "number", s)));
      e.tollFigures().forEach(f -> f.count().span().ifPresent(s -> add(spans, "number", s)));
      e.date().flatMap(DateRange::span).ifPresent(s -> add(spans, "date", s));
    }
    for (ForceEstimate f : a.forceEstimates()) {
      f.count().span().ifPresent(s -> add(spans, "number", s));
      f.asOf().flatMap(DateRange::span).ifPresent(s -> add(spans, "date", s));
    }
    for (Claim c : a.claims()) {
      add(spans, "claim", c.content());
      c.speaker().span().ifPresent(s -> add(spans, "speaker", s));
      c.channel().flatMap(Claim.Channel::span).ifPresent(s -> add(spans, "channel", s));
    }
    Map<String, Integer> counts = new HashMap<>();
    HtmlReport.KINDS.keySet().forEach(k -> counts.put(k, spans.getOrDefault(k, Set.of()).size()));
    return counts;
  }

  private static void add(Map<String, Set<List<Integer>>> spans, String kind, Span s) {
    if (s.end() > s.start()) {
      spans.computeIfAbsent(kind, k -> new HashSet<>()).add(List.of(s.start(), s.end()));
    }
  }
}
