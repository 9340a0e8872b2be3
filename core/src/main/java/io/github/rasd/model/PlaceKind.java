package io.github.rasd.model;

/**
 * What sort of place a {@link Place} is.
 *
 * @since 0.1.0
 */
public enum PlaceKind {
  /** A sovereign state: تونس (Tunisia). */
  COUNTRY,
  /** A first-level division: ولاية القصرين (Kasserine governorate), محافظة إدلب. */
  ADMIN1,
  /** A lower division: a district, a delegation, a municipality. */
  ADMIN2,
  /** A populated place: a city, a town or a village. */
  CITY,
  /** A mountain or a range: جبل الشعانبي (Mount Chaambi). */
  MOUNTAIN,
  /** A border area: الحدود الليبية (the Libyan border). */
  BORDER,
  /** A region that is not an administrative division: الساحل (the Sahel), شمال سيناء. */
  REGION,
  /** A desert, a valley, a forest, a river or another natural feature. */
  NATURAL_FEATURE,
  /** A named site: a camp, a base, an airport, a crossing, a neighbourhood. */
  SITE,
  /** Any other or unknown kind. */
  OTHER
}
