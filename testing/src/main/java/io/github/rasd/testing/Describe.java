package io.github.rasd.testing;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.Event;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.Place;
import java.util.List;
import java.util.Optional;

/** Short descriptions of records for failure messages, and the lookups the assertions share. */
final class Describe {

  private Describe() {}

  static String events(Analysis a, List<Event> events) {
    return events.stream().map(e -> e.id() + " " + e.type() + " " + e.status()
        + count(" killed", e.killed()) + count(" injured", e.injured())
        + count(" arrested", e.arrested()) + " at " + places(a, e.placeIds())
        + " \"" + e.trigger().text() + "\"").toList().toString();
  }

  static String claims(List<Claim> claims) {
    return claims.stream().map(c -> c.id() + " by \"" + c.speaker().text() + "\""
        + c.channel().map(ch -> " to \"" + ch.text() + "\"").orElse("")).toList().toString();
  }

  static String forces(Analysis a, List<ForceEstimate> forces) {
    return forces.stream().map(f -> f.id() + " " + f.groupId()
        .flatMap(id -> a.groups().stream().filter(g -> g.id().equals(id)).findFirst())
        .map(g -> g.canonicalId().orElse(g.name())).orElse("?") + " \"" + f.count().text() + "\" "
        + f.unit()).toList().toString();
  }

  private static String count(String label, Optional<Count> count) {
    return count.map(c -> label + " " + c.text()).orElse("");
  }

  static List<Place> placesOf(Analysis a, List<String> ids) {
    return a.places().stream().filter(p -> ids.contains(p.id())).toList();
  }

  private static String places(Analysis a, List<String> ids) {
    return placesOf(a, ids).stream().map(Place::name).toList().toString();
  }

  /** Whether a count reads as {@code n}: its bounds hold {@code n}, or its one bound is it. */
  static boolean holds(Count c, long n) {
    boolean above = c.min().map(min -> min <= n).orElse(true);
    boolean below = c.max().map(max -> n <= max).orElse(c.min().map(min -> min == n).orElse(false));
    return above && below;
  }

  static boolean names(Place p, String name) {
    return p.name().equals(name) || p.canonicalId().map(name::equals).orElse(false)
        || p.nameEn().map(name::equals).orElse(false);
  }
}
