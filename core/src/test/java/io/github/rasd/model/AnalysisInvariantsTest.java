package io.github.rasd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnalysisInvariantsTest {

  private static final Analysis SAMPLE = SampleAnalysis.build();

  @Test
  void sampleIsValid() {
    assertThat(SAMPLE.events()).hasSize(1);
    assertThat(SAMPLE.schemaVersion()).isEqualTo(Analysis.SCHEMA_VERSION);
  }

  @Test
  void danglingPlaceIdIsRejected() {
    Event bad = ImmutableEvent.copyOf(SAMPLE.events().get(0)).withPlaceIds("pl9");
    assertThatThrownBy(() -> ImmutableAnalysis.copyOf(SAMPLE).withEvents(bad))
        .isInstanceOfSatisfying(InvalidAnalysisException.class, e -> {
          assertThat(e.reason()).isEqualTo(InvalidAnalysisException.Reason.MISSING_REFERENCE);
          assertThat(e.path()).isEqualTo("events[0].placeIds");
        })
        .hasMessageContaining("pl9");
  }

  @Test
  void referenceToRecordOfWrongKindIsRejected() {
    Event bad = ImmutableEvent.copyOf(SAMPLE.events().get(0)).withGroupIds("pl1");
    assertThatThrownBy(() -> ImmutableAnalysis.copyOf(SAMPLE).withEvents(bad))
        .isInstanceOf(InvalidAnalysisException.class)
        .hasMessageContaining("it names a place");
  }

  @Test
  void duplicateIdsAreRejected() {
    Place copy = ImmutablePlace.copyOf(SAMPLE.places().get(0)).withId("g1");
    assertThatThrownBy(() -> ImmutableAnalysis.copyOf(SAMPLE).withPlaces(copy))
        .isInstanceOfSatisfying(InvalidAnalysisException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidAnalysisException.Reason.DUPLICATE_ID));
  }

  @Test
  void spanBeyondTheTextIsRejected() {
    int n = SampleAnalysis.TEXT.length();
    Span outside = ImmutableSpan.builder().start(n).end(n + 3).text("abc").build();
    Event bad = ImmutableEvent.copyOf(SAMPLE.events().get(0)).withEvidence(outside);
    assertThatThrownBy(() -> ImmutableAnalysis.copyOf(SAMPLE).withEvents(bad))
        .isInstanceOfSatisfying(InvalidAnalysisException.class, e -> {
          assertThat(e.reason()).isEqualTo(InvalidAnalysisException.Reason.SPAN_OUTSIDE_TEXT);
          assertThat(e.path()).isEqualTo("events[0].evidence");
        });
  }

  @Test
  void spanWhoseTextDiffersFromTheArticleIsRejected() {
    Span wrong = ImmutableSpan.builder().start(0).end(3).text("قتل").build();
    Group bad = ImmutableGroup.copyOf(SAMPLE.groups().get(0)).withMentions(wrong);
    assertThatThrownBy(() -> ImmutableAnalysis.copyOf(SAMPLE).withGroups(bad))
        .isInstanceOfSatisfying(InvalidAnalysisException.class, e -> {
          assertThat(e.reason()).isEqualTo(InvalidAnalysisException.Reason.SPAN_TEXT_MISMATCH);
          assertThat(e.path()).isEqualTo("groups[0].mentions[0]");
        });
  }

  @Test
  void countSpanIsCheckedToo() {
    Count killed = ImmutableCount.builder().min(3L).max(3L).text("xyz")
        .span(ImmutableSpan.builder().start(0).end(3).text("xyz").build()).build();
    Event bad = ImmutableEvent.copyOf(SAMPLE.events().get(0)).withKilled(killed);
    assertThatThrownBy(() -> ImmutableAnalysis.copyOf(SAMPLE).withEvents(bad))
        .hasMessageContaining("events[0].killed.span");
  }

  @Test
  void figureRestingOnAMissingClaimIsRejected() {
    Analysis a = SampleAnalysis.build();
    Event e = a.events().get(0);
    Event bad = ImmutableEvent.copyOf(e).withTollFigures(
        ImmutableTollFigure.copyOf(e.tollFigures().get(0)).withClaimId("c9"));
    assertThatThrownBy(() -> ImmutableAnalysis.copyOf(a).withEvents(bad))
        .isInstanceOfSatisfying(InvalidAnalysisException.class,
            x -> assertThat(x.path()).isEqualTo("events[0].tollFigures[0].claimId"));
  }

  @Test
  void tollRangeMustBeOrdered() {
    assertThat(ImmutableTollRange.builder().low(13).best(13).high(15).build().high()).isEqualTo(15);
    assertThatThrownBy(() -> ImmutableTollRange.builder().low(15).best(13).high(20).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void claimCannotNestInItself() {
    Claim self = ImmutableClaim.copyOf(SAMPLE.claims().get(1)).withParentClaimId("c2");
    assertThatThrownBy(() -> ImmutableAnalysis.copyOf(SAMPLE).withClaims(SAMPLE.claims().get(0), self))
        .hasMessageContaining("claims[1].parentClaimId");
  }

  @Test
  void minAboveMaxIsRejected() {
    assertThatThrownBy(() -> ImmutableCount.builder().min(5L).max(3L).text("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min 5 > max 3");
  }

  @Test
  void spanTextMustMatchItsLength() {
    assertThatThrownBy(() -> ImmutableSpan.builder().start(0).end(5).text("ab").build())
        .hasMessageContaining("differs");
  }

  @Test
  void dateRangeMustNotEndBeforeItStarts() {
    assertThatThrownBy(() -> ImmutableDateRange.builder()
            .start(java.time.LocalDate.of(2020, 1, 2)).end(java.time.LocalDate.of(2020, 1, 1))
            .text("x").build())
        .hasMessageContaining("before it starts");
  }

  @Test
  void unsupportedSchemaVersionIsRejected() {
    assertThatThrownBy(() -> ImmutableAnalysis.copyOf(SAMPLE).withSchemaVersion(2))
        .isInstanceOfSatisfying(InvalidAnalysisException.class, e -> assertThat(e.reason())
            .isEqualTo(InvalidAnalysisException.Reason.UNSUPPORTED_SCHEMA_VERSION));
  }

  @Test
  void emptyAnalysisOfAnyTextIsValid() {
    Analysis empty = Analysis.empty(Article.of("x", ""), "v");
    assertThat(empty.events()).isEmpty();
    assertThat(empty.article().published()).isEmpty();
  }

  @Test
  void everyEventTypeHasInteropCategories() {
    for (EventType t : EventType.values()) {
      Interop.Categories c = Interop.of(t);
      assertThat(c.type()).isEqualTo(t);
      assertThat(c.acledEventType()).isNotBlank();
      assertThat(c.ploverEventType()).isNotBlank();
    }
    assertThat(Interop.of(EventType.SUICIDE_BOMBING).acledSubEventType()).isEqualTo("Suicide bomb");
    assertThat(Interop.of(EventType.ARREST).acledEventType()).isEqualTo("Strategic developments");
  }
}
