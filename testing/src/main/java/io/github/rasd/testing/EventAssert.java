package io.github.rasd.testing;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Count;
import io.github.rasd.model.Event;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.Group;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Conditions on the events that matched so far; each keeps those that meet it.
 *
 * @since 0.1.0
 */
public final class EventAssert extends RecordAssert<EventAssert, Event> {

  EventAssert(Analysis analysis, List<Event> events, String asked) {
    super(analysis, events, asked, e -> Describe.events(analysis, e), EventAssert.class);
  }

  @Override
  EventAssert next(List<Event> kept, String asked) {
    return new EventAssert(analysis, kept, asked);
  }

  /** {@code count} killed: the count's bounds hold it ("نحو 20" holds 20). */
  public EventAssert withKilled(long count) {
    return narrow("with " + count + " killed", e -> holds(e.killed(), count));
  }

  /** {@code count} injured. */
  public EventAssert withInjured(long count) {
    return narrow("with " + count + " injured", e -> holds(e.injured(), count));
  }

  /** {@code count} arrested. */
  public EventAssert withArrested(long count) {
    return narrow("with " + count + " arrested", e -> holds(e.arrested(), count));
  }

  /** One of its places is in the country of ISO code {@code iso} ({@code "MA"}). */
  public EventAssert inCountry(String iso) {
    return narrow("in country " + iso, e -> Describe.placesOf(analysis, e.placeIds()).stream()
        .anyMatch(p -> p.countryCode().map(iso::equalsIgnoreCase).orElse(false)));
  }

  /** One of its places has {@code place} as canonical id, Arabic or English name. */
  public EventAssert inPlace(String place) {
    return narrow("in place " + place, e -> Describe.placesOf(analysis, e.placeIds()).stream()
        .anyMatch(p -> Describe.names(p, place)));
  }

  /** One of its groups has {@code group} as canonical id, Arabic or English name. */
  public EventAssert byGroup(String group) {
    return narrow("by group " + group, e -> analysis.groups().stream()
        .filter(g -> e.groupIds().contains(g.id())).anyMatch(g -> names(g, group)));
  }

  /** Its status is {@code status}. */
  public EventAssert withStatus(EventStatus status) {
    return narrow("with status " + status, e -> e.status() == status);
  }

  /** Its date range holds {@code day}. */
  public EventAssert on(LocalDate day) {
    return narrow("on " + day, e -> e.date()
        .map(d -> !day.isBefore(d.start()) && !day.isAfter(d.end())).orElse(false));
  }

  /** Its trigger's words are {@code trigger} ({@code "كمين"}). */
  public EventAssert triggeredBy(String trigger) {
    return narrow("triggered by '" + trigger + "'", e -> e.trigger().text().equals(trigger));
  }

  private static boolean holds(Optional<Count> count, long n) {
    return count.map(c -> Describe.holds(c, n)).orElse(false);
  }

  private static boolean names(Group g, String group) {
    return g.canonicalId().map(group::equals).orElse(false) || g.name().equals(group)
        || g.nameEn().map(group::equals).orElse(false);
  }
}
