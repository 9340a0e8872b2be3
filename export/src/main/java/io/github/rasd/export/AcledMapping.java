package io.github.rasd.export;

import io.github.rasd.model.Claim;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.Event;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.Interop;
import io.github.rasd.model.Participant;
import io.github.rasd.model.Place;
import io.github.rasd.model.PlaceKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Codes an {@link Event} as ACLED would, from what the analysis holds.
 *
 * <ul>
 *   <li><b>types</b>: event_type and sub_event_type from {@link Interop}, disorder_type from
 *       {@link Interop.Categories#acledDisorderType()};
 *   <li><b>date</b>: a day (granularity day or part of a day) is time_precision 1; a range of up
 *       to {@value #WEEK_DAYS} days is 2; anything longer is 3; a range is coded on its middle
 *       day, as ACLED codes a week or a month it cannot narrow down;
 *   <li><b>actors</b>: actor1 is the first resolved perpetrator, else the security force that
 *       acted (an arrest, a raid, a clash the army reports), else the first group; the other
 *       perpetrators are assoc_actor_1; actor2 is the first resolved target, security force or
 *       victim that is not on actor1's side. As in ACLED, the order implies no direction.
 *       Unresolved words ("مسلحون", gunmen) name no actor;
 *   <li><b>place</b>: location is the event's most specific place other than a country; its
 *       coordinates give geo_precision 1 for a town or a site, 2 for a district or a natural
 *       feature, 3 for a province, a region or a country; when it has none, the next place of the
 *       event with coordinates stands in, at precision at least 2 ("near"). admin1 and admin2 are
 *       the event's places of those kinds, or the location's division when the analysis names it;
 *   <li><b>fatalities</b>: the killed count's lower bound, the best figure when sources
 *       disagree, 0 when no toll is reported;
 *   <li><b>notes</b>: an English sentence: date, type, place, actors, tolls and sources.
 * </ul>
 */
final class AcledMapping {

  /** Longest range, in days, that ACLED codes as a known week (time_precision 2). */
  static final int WEEK_DAYS = 7;

  private static final DateTimeFormatter NOTE_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private final RecordIndex index;

  AcledMapping(RecordIndex index) {
    this.index = index;
  }

  AcledRow row(Event e) {
    Interop.Categories cat = Interop.of(e.type());
    ImmutableAcledRow.Builder b = AcledRow.builder()
        .disorderType(cat.acledDisorderType())
        .eventType(cat.acledEventType())
        .subEventType(cat.acledSubEventType())
        .fatalities(fatalities(e));
    e.date().ifPresent(d -> b.eventDate(codedDay(d)).timePrecision(timePrecision(d)));
    Actors actors = actors(e);
    actors.actor1.ifPresent(b::actor1);
    b.assocActor1(actors.assoc);
    actors.actor2.ifPresent(b::actor2);
    where(e, b);
    index.analysis.article().outlet().ifPresent(b::source);
    b.notes(notes(e, actors));
    return b.build();
  }

  static LocalDate codedDay(DateRange d) {
    long days = ChronoUnit.DAYS.between(d.start(), d.end());
    return d.start().plusDays(days / 2);
  }

  static int timePrecision(DateRange d) {
    if (d.start().equals(d.end())) {
      return 1;
    }
    return ChronoUnit.DAYS.between(d.start(), d.end()) < WEEK_DAYS ? 2 : 3;
  }

  static long fatalities(Event e) {
    if (e.killed().isPresent()) {
      return e.killed().get().min().orElse(0L);
    }
    return e.killedRange().map(r -> r.best()).orElse(0L);
  }

  /** actor1, its associates and actor2 of an event. */
  record Actors(Optional<String> actor1, List<String> assoc, Optional<String> actor2) {}

  Actors actors(Event e) {
    List<String> perpetrators = resolved(e, EnumSet.of(Participant.Role.PERPETRATOR));
    List<String> others = resolved(e, EnumSet.of(Participant.Role.TARGET,
        Participant.Role.SECURITY_FORCE, Participant.Role.VICTIM));
    List<String> side = new ArrayList<>(perpetrators);
    if (side.isEmpty()) {
      resolved(e, EnumSet.of(Participant.Role.SECURITY_FORCE)).stream().findFirst().ifPresent(side::add);
    }
    if (side.isEmpty()) {
      e.groupIds().stream().findFirst().flatMap(index::label).ifPresent(side::add);
    }
    Optional<String> actor1 = side.stream().findFirst();
    List<String> assoc = side.size() > 1 ? List.copyOf(side.subList(1, side.size())) : List.of();
    Optional<String> actor2 = others.stream().filter(o -> !side.contains(o)).findFirst();
    return new Actors(actor1, assoc, actor2);
  }

  private List<String> resolved(Event e, Set<Participant.Role> roles) {
    Set<String> out = new LinkedHashSet<>();
    for (Participant p : e.participants()) {
      if (roles.contains(p.role())) {
        p.refId().flatMap(index::label).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  /** The most specific place of the event other than a country, else its country. */
  Optional<Place> location(Event e) {
    List<Place> places = index.places(e.placeIds());
    return places.stream().filter(p -> p.kind() != PlaceKind.COUNTRY).findFirst()
        .or(() -> places.stream().findFirst());
  }

  private void where(Event e, ImmutableAcledRow.Builder b) {
    List<Place> places = index.places(e.placeIds());
    Optional<Place> location = location(e);
    location.map(RecordIndex::placeLabel).ifPresent(b::location);
    Optional<String> cc = location.flatMap(Place::countryCode)
        .or(() -> places.stream().flatMap(p -> p.countryCode().stream()).findFirst());
    cc.flatMap(Countries::englishName).ifPresent(b::country);
    cc.flatMap(Countries::numericCode).ifPresent(b::iso);
    Optional<Place> parent = location.flatMap(Place::adminParent).flatMap(index::placeNamed);
    division(places, parent, PlaceKind.ADMIN1).ifPresent(b::admin1);
    division(places, parent, PlaceKind.ADMIN2).ifPresent(b::admin2);
    if (location.isEmpty()) {
      return;
    }
    Place loc = location.get();
    if (loc.coordinates().isPresent()) {
      b.latitude(loc.coordinates().get().lat()).longitude(loc.coordinates().get().lon())
          .geoPrecision(geoPrecision(loc.kind()));
      return;
    }
    places.stream().filter(p -> p.coordinates().isPresent()).findFirst().ifPresent(near ->
        b.latitude(near.coordinates().get().lat()).longitude(near.coordinates().get().lon())
            .geoPrecision(Math.max(2, geoPrecision(near.kind()))));
  }

  private static Optional<String> division(List<Place> places, Optional<Place> parent, PlaceKind kind) {
    return places.stream().filter(p -> p.kind() == kind).findFirst()
        .or(() -> parent.filter(p -> p.kind() == kind))
        .map(RecordIndex::placeLabel);
  }

  static int geoPrecision(PlaceKind kind) {
    return switch (kind) {
      case CITY, SITE -> 1;
      case ADMIN2, MOUNTAIN, NATURAL_FEATURE, BORDER, OTHER -> 2;
      case ADMIN1, REGION, COUNTRY -> 3;
    };
  }

  /** "On 10 March 2024, an armed clash at Mount Chaambi (Tunisia) ..." */
  String notes(Event e, Actors actors) {
    StringBuilder s = new StringBuilder();
    e.date().ifPresent(d -> s.append(datePhrase(d)).append(", "));
    String what = statusWord(e.status()) + typeWords(e.type());
    s.append(s.length() == 0 ? capitalize(article(what)) : article(what));
    List<Place> places = index.places(e.placeIds());
    if (!places.isEmpty()) {
      s.append(" in ").append(String.join(", ", places.stream().map(RecordIndex::placeLabel).toList()));
    }
    actors.actor1.ifPresent(a -> {
      s.append(" involving ").append(a);
      actors.assoc.forEach(x -> s.append(" with ").append(x));
      actors.actor2.ifPresent(b -> s.append(" and ").append(b));
    });
    s.append('.');
    List<String> tolls = new ArrayList<>();
    e.killed().ifPresent(c -> tolls.add(RecordIndex.countText(c) + " killed"));
    e.killedRange().ifPresent(r -> tolls.add(r.low() + " to " + r.high() + " killed (best estimate "
        + r.best() + ")"));
    e.injured().ifPresent(c -> tolls.add(RecordIndex.countText(c) + " injured"));
    e.arrested().ifPresent(c -> tolls.add(RecordIndex.countText(c) + " arrested"));
    if (!tolls.isEmpty()) {
      s.append(' ').append(capitalize(String.join(", ", tolls))).append('.');
    }
    List<String> sources = new ArrayList<>();
    for (Claim c : index.claims(e.claimIds())) {
      String src = index.speakerLabel(c) + index.channelLabel(c).map(ch -> " via " + ch).orElse("");
      if (!sources.contains(src)) {
        sources.add(src);
      }
    }
    if (!sources.isEmpty()) {
      s.append(" According to ").append(String.join("; ", sources)).append('.');
    }
    return s.toString();
  }

  static String datePhrase(DateRange d) {
    if (d.start().equals(d.end())) {
      return "On " + NOTE_DATE.format(d.start());
    }
    return "Between " + NOTE_DATE.format(d.start()) + " and " + NOTE_DATE.format(d.end());
  }

  static String statusWord(EventStatus status) {
    return status == EventStatus.OCCURRED ? "" : status.name().toLowerCase(Locale.ROOT) + " ";
  }

  static String typeWords(EventType type) {
    return switch (type) {
      case ARMED_CLASH -> "armed clash";
      case AIR_STRIKE -> "air strike";
      case SUICIDE_BOMBING -> "suicide bombing";
      case OTHER -> "security incident";
      default -> type.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
