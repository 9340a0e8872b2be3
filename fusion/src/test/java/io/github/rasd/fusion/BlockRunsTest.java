package io.github.rasd.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Count;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.ImmutablePlace;
import io.github.rasd.model.Place;
import io.github.rasd.model.PlaceKind;
import io.github.rasd.model.Provenance;
import io.github.rasd.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract a distributed job relies on: fusing each blocking key apart, and within a key
 * each run of overlapping windows apart ({@link IncidentFuser#fuseBlock}), gives the incidents of
 * {@link IncidentFuser#fuseEvents} on the whole, in any input order.
 */
class BlockRunsTest {

  private static final EventType[] TYPES = {EventType.ATTACK, EventType.AMBUSH, EventType.KILLING,
      EventType.BOMBING, EventType.ARREST};
  private static final String[] COUNTRIES = {"IQ", "SO", "TN"};
  private static final int TOWNS = 4;
  private static final int DAYS = 60;

  private static List<SourceEvent> corpus(int n, long seed) {
    Random r = new Random(seed);
    LocalDate first = LocalDate.of(2025, 1, 1);
    List<SourceEvent> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
      int town = r.nextInt(TOWNS);
      Place p = ImmutablePlace.builder().id("pl1").canonicalId(country + "-town-" + town)
          .name("بلدة " + town).kind(PlaceKind.CITY).countryCode(country)
          .provenance(Provenance.manual()).build();
      LocalDate start = first.plusDays(r.nextInt(DAYS));
      LocalDate end = r.nextInt(6) == 0 ? start.plusDays(r.nextInt(20)) : start;
      Span s = Span.of("هجوم", 0, 4);
      ImmutableSourceEvent.Builder b = ImmutableSourceEvent.builder().articleId("art-" + i)
          .eventId("e1").type(TYPES[r.nextInt(TYPES.length)])
          .status(r.nextInt(8) == 0 ? EventStatus.FOILED : EventStatus.OCCURRED)
          .trigger(s).evidence(s).addPlaces(p).killed(Count.exact(r.nextInt(9), "عدد"));
      if (r.nextInt(20) != 0) {
        b.windowStart(start).windowEnd(end);
      }
      events.add(b.build());
    }
    return events;
  }

  @Test
  void fusingRunByRunGivesTheIncidentsOfTheWhole() {
    List<SourceEvent> events = corpus(400, 7);
    IncidentFuser fuser = IncidentFuser.standard();
    List<Incident> whole = fuser.fuseEvents(events);
    assertThat(whole.size()).isBetween(50, 399);

    List<SourceEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(IncidentFuser::blockingKey)
        .thenComparing(e -> e.windowStart().map(Object::toString).orElse(""))
        .thenComparing(SourceEvent::key));
    List<Incident> byRuns = new ArrayList<>();
    List<SourceEvent> run = new ArrayList<>();
    String runKey = null;
    LocalDate runEnd = null;
    for (SourceEvent e : sorted) {
      String key = IncidentFuser.blockingKey(e);
      if (!IncidentFuser.fusable(e)) {
        byRuns.addAll(fuser.fuseBlock(key, List.of(e)));
        continue;
      }
      if (!run.isEmpty() && (!key.equals(runKey) || e.windowStart().get().isAfter(runEnd))) {
        byRuns.addAll(fuser.fuseBlock(runKey, run));
        run.clear();
      }
      if (run.isEmpty() || e.windowEnd().get().isAfter(runEnd)) {
        runEnd = e.windowEnd().get();
      }
      runKey = key;
      run.add(e);
    }
    byRuns.addAll(fuser.fuseBlock(runKey, run));
    byRuns.sort(Comparator.comparing(Incident::id));
    List<Incident> wholeById = new ArrayList<>(whole);
    wholeById.sort(Comparator.comparing(Incident::id));
    assertThat(byRuns).isEqualTo(wholeById);
  }

  @Test
  void anyInputOrderGivesTheSameIncidents() {
    List<SourceEvent> events = corpus(300, 11);
    List<Incident> reference = IncidentFuser.standard().fuseEvents(events);
    List<SourceEvent> shuffled = new ArrayList<>(events);
    Random r = new Random(5);
    for (int round = 0; round < 3; round++) {
      Collections.shuffle(shuffled, r);
      assertThat(IncidentFuser.standard().fuseEvents(shuffled)).isEqualTo(reference);
    }
  }

  @Test
  void noIncidentHoldsEventsOfTwoCountriesOrDisjointDays() {
    for (Incident i : IncidentFuser.standard().fuseEvents(corpus(400, 3))) {
      assertThat(i.sources().stream().map(IncidentFuser::blockingKey).distinct()).hasSize(1);
      if (i.sources().size() > 1) {
        assertThat(i.start()).isPresent();
        assertThat(i.start().get()).isBeforeOrEqualTo(i.end().get());
      }
    }
  }
}
