package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named place: a country, a province, a town, a mountain, a border area, a region.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlace.class)
@JsonDeserialize(as = ImmutablePlace.class)
@JsonPropertyOrder({"id", "canonicalId", "name", "nameEn", "kind", "countryCode", "coordinates",
    "adminParent", "mentions", "provenance"})
public abstract class Place {

  /** A point on the earth in decimal degrees (WGS 84). */
  @Value.Immutable
  @JsonSerialize(as = ImmutableCoordinates.class)
  @JsonDeserialize(as = ImmutableCoordinates.class)
  @JsonPropertyOrder({"lat", "lon"})
  public abstract static class Coordinates {
    /** Latitude, -90..90. */
    public abstract double lat();

    /** Longitude, -180..180. */
    public abstract double lon();

    /** The point at {@code lat}, {@code lon}. */
    public static Coordinates of(double lat, double lon) {
      return ImmutableCoordinates.builder().lat(lat).lon(lon).build();
    }

    @Value.Check
    protected void check() {
      if (!(lat() >= -90 && lat() <= 90 && lon() >= -180 && lon() <= 180)) {
        throw new IllegalArgumentException("coordinates out of range: " + lat() + ", " + lon());
      }
    }
  }

  /** Id of this record within the analysis, e.g. {@code "pl1"}. */
  public abstract String id();

  /** Stable id of the gazetteer entry (a slug or {@code geonames:<id>}), when resolved. */
  public abstract Optional<String> canonicalId();

  /** Arabic name as the gazetteer or the text gives it. */
  public abstract String name();

  /** English name, when known. */
  public abstract Optional<String> nameEn();

  /** What kind of place it is. */
  @Value.Default
  public PlaceKind kind() {
    return PlaceKind.OTHER;
  }

  /** ISO 3166 alpha-2 code of its country; empty for regions that span countries. */
  public abstract Optional<String> countryCode();

  /** Where it lies, when known. */
  public abstract Optional<Coordinates> coordinates();

  /** Name of the division that contains it, e.g. "القصرين" for a delegation of Kasserine. */
  public abstract Optional<String> adminParent();

  /** Where the article names the place. */
  public abstract List<Span> mentions();

  /** How the record was made. */
  public abstract Provenance provenance();
}
