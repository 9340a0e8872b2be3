package io.github.rasd.parsers.knowledge;

import io.github.rasd.model.PlaceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A place: a country of {@code countries.tsv}, a curated place of {@code places-curated.txt}
 * (ولاية القصرين, Kasserine governorate; جبل الشعانبي, Mount Chaambi) or a GeoNames populated
 * place of {@code places-geonames.tsv}. Immutable.
 *
 * @param id {@code country-tn}, the block id, or {@code geonames-<geonameId>}
 * @param name the canonical Arabic name
 * @param englishName the canonical English name
 * @param aliases further Arabic names (and Latin aliases written in the data file)
 * @param englishAliases further English names
 * @param kind the kind of place
 * @param country ISO alpha-2 code; empty for cross-border places
 * @param parent id of the containing place
 * @param admin1 GeoNames first-level division code (GeoNames places only)
 * @param latitude decimal degrees, if known
 * @param longitude decimal degrees, if known
 * @param population GeoNames population, 0 when unknown
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLC...), if any
 * @param source where the entry comes from
 * @since 0.1.0
 */
public record PlaceEntry(
    String id,
    String name,
    String englishName,
    List<String> aliases,
    List<String> englishAliases,
    PlaceKind kind,
    Optional<String> country,
    Optional<String> parent,
    Optional<String> admin1,
    OptionalDouble latitude,
    OptionalDouble longitude,
    long population,
    Optional<String> featureCode,
    String source)
    implements KnowledgeEntry {

  /** Copies the lists and checks that nothing is null. */
  public PlaceEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(englishName, "englishName");
    aliases = List.copyOf(aliases);
    englishAliases = List.copyOf(englishAliases);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(latitude, "latitude");
    Objects.requireNonNull(longitude, "longitude");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(source, "source");
  }

  /** {@link EntryKind#COUNTRY} for countries, else {@link EntryKind#PLACE}. */
  @Override
  public EntryKind entryKind() {
    return kind == PlaceKind.COUNTRY ? EntryKind.COUNTRY : EntryKind.PLACE;
  }

  /** The name and the aliases. */
  @Override
  public List<String> names() {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    return List.copyOf(all);
  }

  /** True for entries that came from GeoNames. */
  public boolean fromGeoNames() {
    return id.startsWith(KnowledgeLoader.GEONAMES_ID_PREFIX);
  }
}
