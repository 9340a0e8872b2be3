package io.github.rasd.fusion;

import io.github.rasd.model.Place;
import io.github.rasd.model.PlaceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code fusion/place-agreement}: two reports can be one incident only when their places
 * agree: a most specific place of one is a place of the other (one canonical id, or one name once
 * spellings are folded by {@link PlaceNames}: "القصرين" = "ولاية القصرين"), or one contains the
 * other through its first-level division (a town whose {@code adminParent} names the division)
 * or its country ("في العراق", in Iraq, contains every Iraqi place), or two points lie within
 * {@value #NEARBY_KM} km. An event with no place agrees with none. A shared place scores 3,
 * containment 2, nearness 1.
 *
 * <p>Most specific places: those of an event that contain no other place of the same event. An
 * event's own places nest by kind within one country: "في المقدادية بمحافظة ديالى" (in
 * al-Muqdadiya in Diyala governorate) is compared by al-Muqdadiya, so a report of Baqubah in the
 * same governorate on the same day stays apart, while a report that names only Diyala agrees.
 */
final class PlaceAgreementRule implements PairRule {

  static final String NAME = "fusion/place-agreement";

  /** Distance under which two resolved points are taken as one place: a town and its outskirts. */
  static final double NEARBY_KM = 15.0;

  private static final double EARTH_RADIUS_KM = 6371.0;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int score(SourceEvent a, SourceEvent b) {
    List<Place> la = leaves(a.places());
    List<Place> lb = leaves(b.places());
    if (anySame(la, b.places()) || anySame(lb, a.places())) {
      return 3;
    }
    int best = INCOMPATIBLE;
    for (Place pa : la) {
      for (Place pb : lb) {
        if (contains(pa, pb) || contains(pb, pa)) {
          return 2;
        }
        if (near(pa, pb)) {
          best = 1;
        }
      }
    }
    return best;
  }

  private static boolean anySame(List<Place> leaves, List<Place> places) {
    for (Place l : leaves) {
      for (Place p : places) {
        if (same(l, p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One entry: one canonical id, or one folded name in one country. */
  static boolean same(Place a, Place b) {
    if (a.canonicalId().isPresent() && a.canonicalId().equals(b.canonicalId())) {
      return true;
    }
    if (a.countryCode().isPresent() && b.countryCode().isPresent()
        && !a.countryCode().equals(b.countryCode())) {
      return false;
    }
    return PlaceNames.keys(a).stream().anyMatch(PlaceNames.keys(b)::contains);
  }

  /** True when {@code outer} contains {@code inner} by the admin parent or the country. */
  static boolean contains(Place outer, Place inner) {
    if (outer.kind() == PlaceKind.COUNTRY) {
      return inner.kind() != PlaceKind.COUNTRY && outer.countryCode().isPresent()
          && outer.countryCode().equals(inner.countryCode());
    }
    Optional<String> parent = inner.adminParent().map(PlaceNames::key).filter(k -> !k.isEmpty());
    return parent.isPresent() && PlaceNames.keys(outer).contains(parent.get())
        && (outer.countryCode().isEmpty() || outer.countryCode().equals(inner.countryCode()));
  }

  /**
   * True when, among the places of one event, {@code outer} is the wider of the two: it contains
   * {@code inner} as {@link #contains} says, or it is a division of the same country of a wider
   * kind (a governorate named beside a town of the same event).
   */
  static boolean nestsInEvent(Place outer, Place inner) {
    if (contains(outer, inner)) {
      return true;
    }
    return outer.countryCode().isPresent() && outer.countryCode().equals(inner.countryCode())
        && rank(outer) < rank(inner) && rank(outer) <= rank(PlaceKind.ADMIN2);
  }

  /** The places that contain no other place of the list. */
  static List<Place> leaves(List<Place> places) {
    List<Place> leaves = new ArrayList<>();
    for (Place p : places) {
      boolean container = false;
      for (Place q : places) {
        if (q != p && !same(p, q) && nestsInEvent(p, q)) {
          container = true;
          break;
        }
      }
      if (!container) {
        leaves.add(p);
      }
    }
    return leaves;
  }

  /** How narrow a kind of place is: a country 0, a province 2, a town 4. */
  private static int rank(Place p) {
    return rank(p.kind());
  }

  private static int rank(PlaceKind kind) {
    return switch (kind) {
      case COUNTRY -> 0;
      case REGION, ADMIN1 -> 2;
      case ADMIN2 -> 3;
      default -> 4;
    };
  }

  private static boolean near(Place a, Place b) {
    return a.coordinates().isPresent() && b.coordinates().isPresent()
        && km(a.coordinates().get(), b.coordinates().get()) <= NEARBY_KM;
  }

  private static double km(Place.Coordinates a, Place.Coordinates b) {
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
        * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
