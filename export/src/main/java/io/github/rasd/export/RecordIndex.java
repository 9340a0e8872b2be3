package io.github.rasd.export;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.Event;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.Group;
import io.github.rasd.model.Organization;
import io.github.rasd.model.Person;
import io.github.rasd.model.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The records of one analysis by id, and the labels every export gives them: the English name
 * when known, else the Arabic one. Built once per analysis; immutable.
 */
final class RecordIndex {

  final Analysis analysis;
  private final Map<String, Group> groups = new HashMap<>();
  private final Map<String, Person> persons = new HashMap<>();
  private final Map<String, Place> places = new HashMap<>();
  private final Map<String, Organization> organizations = new HashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();
  private final Map<String, List<String>> eventsByClaim = new HashMap<>();
  private final Map<String, List<String>> estimatesByClaim = new HashMap<>();

  private RecordIndex(Analysis analysis) {
    this.analysis = analysis;
    analysis.groups().forEach(g -> groups.put(g.id(), g));
    analysis.persons().forEach(p -> persons.put(p.id(), p));
    analysis.places().forEach(p -> places.put(p.id(), p));
    analysis.organizations().forEach(o -> organizations.put(o.id(), o));
    analysis.claims().forEach(c -> claims.put(c.id(), c));
    for (Event e : analysis.events()) {
      e.claimIds().forEach(c -> eventsByClaim.computeIfAbsent(c, k -> new ArrayList<>()).add(e.id()));
    }
    for (ForceEstimate f : analysis.forceEstimates()) {
      f.claimIds().forEach(c -> estimatesByClaim.computeIfAbsent(c, k -> new ArrayList<>()).add(f.id()));
    }
  }

  static RecordIndex of(Analysis analysis) {
    return new RecordIndex(analysis);
  }

  Optional<Group> group(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  List<Place> places(List<String> ids) {
    return ids.stream().map(places::get).filter(p -> p != null).toList();
  }

  List<Claim> claims(List<String> ids) {
    return ids.stream().map(claims::get).filter(c -> c != null).toList();
  }

  List<String> eventsResting(String claimId) {
    return eventsByClaim.getOrDefault(claimId, List.of());
  }

  List<String> estimatesResting(String claimId) {
    return estimatesByClaim.getOrDefault(claimId, List.of());
  }

  /** The place whose Arabic name is {@code name}, e.g. the division a town lies in. */
  Optional<Place> placeNamed(String name) {
    return analysis.places().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The label of the group, organisation or person with id {@code id}, when there is one. */
  Optional<String> label(String id) {
    if (groups.containsKey(id)) {
      Group g = groups.get(id);
      return Optional.of(english(g.nameEn()).orElse(g.name()));
    }
    if (organizations.containsKey(id)) {
      Organization o = organizations.get(id);
      return Optional.of(english(o.nameEn()).orElse(o.name()));
    }
    if (persons.containsKey(id)) {
      return Optional.of(persons.get(id).name());
    }
    if (places.containsKey(id)) {
      return Optional.of(placeLabel(places.get(id)));
    }
    return Optional.empty();
  }

  static String placeLabel(Place p) {
    return english(p.nameEn()).orElse(p.name());
  }

  /** An English name that is there: a blank one counts as none. */
  static Optional<String> english(Optional<String> nameEn) {
    return nameEn.filter(n -> !n.isBlank());
  }

  /** Who said a claim, in English where the analysis allows: "Malian Armed Forces". */
  String speakerLabel(Claim c) {
    Claim.Speaker s = c.speaker();
    Optional<String> named = s.personId().or(s::organizationId).or(s::groupId).flatMap(this::label);
    String role = s.role().map(RecordIndex::words).orElse("");
    if (s.personId().isPresent() && named.isPresent()) {
      return role.isEmpty() ? named.get() : role + " " + named.get();
    }
    if (named.isPresent()) {
      return named.get();
    }
    return role.isEmpty() ? s.text() : role + " (" + s.text() + ")";
  }

  /** To whom a claim was said: the outlet's English name when known, else the words. */
  Optional<String> channelLabel(Claim c) {
    return c.channel().map(ch -> ch.organizationId().flatMap(this::label).orElse(ch.text()));
  }

  /** A slug as words: "national-guard-spokesperson" → "national guard spokesperson". */
  static String words(String slug) {
    return slug.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /** A count in English: "14", "about 60", "more than 20", "dozens". */
  static String countText(Count c) {
    String min = c.min().map(String::valueOf).orElse("");
    String max = c.max().map(String::valueOf).orElse("");
    return switch (c.qualifier()) {
      case EXACT -> min.equals(max) || max.isEmpty() ? min : min + "–" + max;
      case ABOUT -> "about " + min;
      case AT_LEAST -> "at least " + min;
      case MORE_THAN -> "more than " + c.min().map(m -> String.valueOf(m - 1)).orElse("");
      case AT_MOST -> "at most " + max;
      case LESS_THAN -> "fewer than " + c.max().map(m -> String.valueOf(m + 1)).orElse("");
      case RANGE -> min + "–" + max;
      case SEVERAL -> "several";
      case DOZENS -> "dozens";
      case HUNDREDS -> "hundreds";
      case THOUSANDS -> "thousands";
      case VAGUE -> "many";
    };
  }
}
