package io.github.rasd.parsers.knowledge;

import io.github.rasd.model.PlaceKind;
import io.github.rasd.parsers.knowledge.KnowledgeDataException.Reason;
import io.github.rasd.parsers.text.ArabicNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge tables: armed groups, places (countries, curated places, GeoNames cities),
 * nationalities, organisations, news outlets and titles.
 *
 * <p>{@link #bundled()} is the bundled data, loaded once on first use; {@link #builder()} adds
 * user files in the formats of the bundled ones:
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.builder()
 *     .withBundledData()
 *     .addGroups(Path.of("my-groups.txt"))
 *     .build();
 * kb.lookup("القصرين");   // Kasserine: the governorate and the city
 * }</pre>
 *
 * <p>Bad data fails with a {@link KnowledgeDataException} whose message reads {@code
 * file:line: message}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class KnowledgeBase {

  /** Bundled files, relative to this class. */
  static final String GROUPS = "groups.txt";
  static final String ORGANIZATIONS = "organizations.txt";
  static final String OUTLETS = "outlets.txt";
  static final String TITLES = "titles.tsv";
  static final String COUNTRIES = "countries.tsv";
  static final String PLACES_CURATED = "places-curated.txt";
  static final String PLACES_GEONAMES = "places-geonames.tsv";
  static final String STOP_NAMES = "stopnames.txt";
  static final String STOP_NAMES_DICTIONARY = "stopnames-dictionary.txt";
  static final String AMBIGUOUS = "ambiguous.tsv";
  /** The bundled block and table files of groups, organisations, outlets and titles. */
  static final List<String> BUNDLED_TABLES = List.of(GROUPS, ORGANIZATIONS, OUTLETS, TITLES);

  private static final String ARTICLE = "ال";

  private final List<KnowledgeEntry> entries;
  private final List<GroupEntry> groups;
  private final List<PlaceEntry> places;
  private final List<OrganizationEntry> organizations;
  private final List<TitleEntry> titles;
  private final List<Nationality> nationalities;
  private final List<AmbiguityRule> ambiguityRules;
  private final Map<String, KnowledgeEntry> byId;
  private final Map<String, List<KnowledgeEntry>> byKey;
  private final Map<String, PlaceEntry> countriesByCode;

  private KnowledgeBase(Builder b) {
    Set<String> stop = new HashSet<>();
    for (String s : b.stopNames) {
      addWithAndWithoutArticle(stop, key(s));
    }
    Set<String> scopedStop = new HashSet<>();
    for (String s : b.scopedStopNames) {
      int tab = s.indexOf('\t');
      addWithAndWithoutArticle(scopedStop, s.substring(0, tab) + "\t" + key(s.substring(tab + 1)));
    }
    List<PlaceEntry> allPlaces = new ArrayList<>(b.countries);
    allPlaces.addAll(b.curatedPlaces);
    for (DataSource geo : b.geoNames) {
      for (PlaceEntry p : KnowledgeLoader.geoNames(geo, n -> stop.contains(key(n)))) {
        // country-scoped stop names apply to small places only (see tools/geonames)
        List<String> kept = new ArrayList<>();
        for (String n : p.names()) {
          boolean seat = p.featureCode().map(f -> f.startsWith("PPLA") || f.equals("PPLC")).orElse(false);
          if (seat || p.population() >= 100_000 || !scopedStop.contains(p.country().orElse("") + "\t" + key(n))) {
            kept.add(n);
          }
        }
        if (!kept.isEmpty()) {
          allPlaces.add(kept.size() == p.names().size() ? p : new PlaceEntry(p.id(), kept.get(0),
              p.englishName(), kept.subList(1, kept.size()), p.englishAliases(), p.kind(), p.country(),
              p.parent(), p.admin1(), p.latitude(), p.longitude(), p.population(), p.featureCode(), p.source()));
        }
      }
    }
    this.groups = List.copyOf(b.groups);
    this.places = List.copyOf(allPlaces);
    this.organizations = List.copyOf(b.organizations);
    this.titles = List.copyOf(b.titles);
    this.nationalities = List.copyOf(b.nationalities);
    this.ambiguityRules = List.copyOf(b.ambiguityRules);
    List<KnowledgeEntry> all = new ArrayList<>();
    all.addAll(groups);
    all.addAll(places);
    all.addAll(organizations);
    all.addAll(titles);
    all.addAll(nationalities);
    this.entries = List.copyOf(all);
    Map<String, KnowledgeEntry> ids = new HashMap<>();
    Map<String, List<KnowledgeEntry>> keys = new HashMap<>();
    for (KnowledgeEntry e : entries) {
      KnowledgeEntry previous = ids.put(e.id(), e);
      if (previous != null) {
        throw error(b, e, Reason.DUPLICATE_ID, null, "id " + e.id() + " is used twice ("
            + previous.name() + where(b, previous) + ", " + e.name() + ")");
      }
      for (String n : e.names()) {
        List<KnowledgeEntry> list = keys.computeIfAbsent(key(n), k -> new ArrayList<>(1));
        // the ids are unique, so e equals no other entry, and its own names are added one after
        // another: e is in the list only as its last element (no scan of long lists at load)
        if (list.isEmpty() || list.get(list.size() - 1) != e) {
          list.add(e);
        }
      }
    }
    Map<String, List<KnowledgeEntry>> frozen = new HashMap<>();
    keys.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.byId = Map.copyOf(ids);
    this.byKey = Map.copyOf(frozen);
    Map<String, PlaceEntry> codes = new LinkedHashMap<>();
    for (PlaceEntry p : places) {
      if (p.kind() == PlaceKind.COUNTRY) {
        codes.putIfAbsent(p.country().orElseThrow(), p);
      }
    }
    this.countriesByCode = Collections.unmodifiableMap(codes);
    checkReferences(b);
  }

  private void checkReferences(Builder b) {
    for (GroupEntry g : groups) {
      List<Optional<String>> refs = List.of(g.parent(), g.allegiance());
      for (int i = 0; i < refs.size(); i++) {
        Optional<String> ref = refs.get(i);
        if (ref.isPresent() && !(byId.get(ref.get()) instanceof GroupEntry)) {
          throw error(b, g, Reason.UNKNOWN_REFERENCE, i == 0 ? "parent" : "allegiance",
              "[" + g.id() + "] refers to unknown group " + ref.get());
        }
      }
    }
    for (PlaceEntry p : places) {
      if (p.parent().isPresent() && !(byId.get(p.parent().get()) instanceof PlaceEntry)) {
        throw error(b, p, Reason.UNKNOWN_REFERENCE, "parent",
            "[" + p.id() + "] has unknown parent " + p.parent().get());
      }
    }
  }

  /**
   * An error at the file and line where {@code e} (its {@code key:} line, when given) was
   * written; entries of tables without blocks fall back to their source note.
   */
  private static KnowledgeDataException error(Builder b, KnowledgeEntry e, Reason reason,
      String key, String message) {
    BlockFile.Block block = b.origins.get(e);
    if (block == null) {
      return new KnowledgeDataException(reason, e.source(), 0, message);
    }
    return new KnowledgeDataException(reason, block.file(),
        key == null ? block.line() : block.lineOf(key), message);
  }

  /** {@code " at file:line"} for an entry of a block file, else empty. */
  private static String where(Builder b, KnowledgeEntry e) {
    BlockFile.Block block = b.origins.get(e);
    return block == null ? "" : " at " + block.file() + ":" + block.line();
  }

  private static void addWithAndWithoutArticle(Set<String> set, String key) {
    set.add(key);
    int tab = key.indexOf('\t') + 1;
    String word = key.substring(tab);
    if (word.startsWith(ARTICLE) && word.length() > ARTICLE.length() + 1) {
      set.add(key.substring(0, tab) + word.substring(ARTICLE.length()));
    } else {
      set.add(key.substring(0, tab) + ARTICLE + word);
    }
  }

  /** The matching key of a name: normalized, whitespace runs collapsed to one space. */
  static String key(String name) {
    String n = ArabicNormalizer.standard().normalize(name).strip();
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /** Lazy holder of the bundled knowledge base. */
  private static final class BundledHolder {
    static final KnowledgeBase INSTANCE = builder().withBundledData().build();
  }

  /**
   * The bundled data, loaded once on first use.
   *
   * @return the shared bundled knowledge base
   * @throws KnowledgeDataException when a bundled file is missing or bad
   */
  public static KnowledgeBase bundled() {
    return BundledHolder.INSTANCE;
  }

  /**
   * A builder of a knowledge base from the bundled data and user files.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every entry: groups, places (countries included), organisations and outlets, titles and
   * nationalities, in that order.
   *
   * @return the immutable list of entries
   */
  public List<KnowledgeEntry> entries() {
    return entries;
  }

  /**
   * The armed groups.
   *
   * @return the immutable list of groups
   */
  public List<GroupEntry> groups() {
    return groups;
  }

  /**
   * The places: countries, curated places and GeoNames places.
   *
   * @return the immutable list of places
   */
  public List<PlaceEntry> places() {
    return places;
  }

  /**
   * The organisations, news outlets included (see {@link OrganizationEntry#entryKind()}).
   *
   * @return the immutable list of organisations
   */
  public List<OrganizationEntry> organizations() {
    return organizations;
  }

  /**
   * The titles and role phrases.
   *
   * @return the immutable list of titles
   */
  public List<TitleEntry> titles() {
    return titles;
  }

  /**
   * The nationality adjectives, one entry a country.
   *
   * @return the immutable list of nationalities
   */
  public List<Nationality> nationalities() {
    return nationalities;
  }

  /**
   * The entry with this id ({@code isis}, {@code country-tn}, {@code geonames-2473457}).
   *
   * @param id the entry id
   * @return the entry, or empty
   */
  public Optional<KnowledgeEntry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The country with this ISO 3166 alpha-2 code.
   *
   * @param code the code, such as {@code "TN"}
   * @return the country, or empty when it is not in the tables
   */
  public Optional<PlaceEntry> country(String code) {
    return Optional.ofNullable(countriesByCode.get(code));
  }

  /**
   * Every entry one of whose names equals {@code name} after normalization (alef forms, ta
   * marbuta, diacritics, case). A name written with the article also finds entries written
   * without it, and the reverse; clitics are not stripped (use {@link Gazetteer#lookup(String)}
   * for running text). Example: {@code lookup("داعش")} finds the Islamic State; {@code
   * lookup("القصرين")} finds the Kasserine governorate and the city of Kasserine.
   *
   * @param name a name as a user would type it
   * @return the matching entries, exact matches first; empty when nothing matches
   */
  public List<KnowledgeEntry> lookup(String name) {
    String k = key(name);
    List<KnowledgeEntry> out = new ArrayList<>(byKey.getOrDefault(k, List.of()));
    String other = k.startsWith(ARTICLE) ? k.substring(ARTICLE.length()) : ARTICLE + k;
    for (KnowledgeEntry e : byKey.getOrDefault(other, List.of())) {
      if (!out.contains(e)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /** The ambiguity rules of ambiguous.tsv. */
  List<AmbiguityRule> ambiguityRules() {
    return ambiguityRules;
  }

  /**
   * Collects data files; {@link #build()} loads and checks them. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<GroupEntry> groups = new ArrayList<>();
    private final List<PlaceEntry> countries = new ArrayList<>();
    private final List<PlaceEntry> curatedPlaces = new ArrayList<>();
    private final List<DataSource> geoNames = new ArrayList<>();
    private final List<OrganizationEntry> organizations = new ArrayList<>();
    private final List<TitleEntry> titles = new ArrayList<>();
    private final List<Nationality> nationalities = new ArrayList<>();
    private final List<String> stopNames = new ArrayList<>();
    private final List<String> scopedStopNames = new ArrayList<>();
    private final List<AmbiguityRule> ambiguityRules = new ArrayList<>();
    /** The block each entry of a block file was read from, for file:line in build errors. */
    private final Map<KnowledgeEntry, BlockFile.Block> origins = new IdentityHashMap<>();

    private Builder() {}

    /**
     * Adds every bundled data file.
     *
     * @return this builder
     * @throws KnowledgeDataException when a bundled file is missing or bad
     */
    public Builder withBundledData() {
      loadCountries(DataSource.bundled(COUNTRIES));
      curatedPlaces.addAll(KnowledgeLoader.curatedPlaces(DataSource.bundled(PLACES_CURATED), origins));
      stopNames.addAll(KnowledgeLoader.stopNames(DataSource.bundled(STOP_NAMES)));
      scopedStopNames.addAll(KnowledgeLoader.scopedStopNames(DataSource.bundled(STOP_NAMES_DICTIONARY)));
      geoNames.add(DataSource.bundled(PLACES_GEONAMES));
      ambiguityRules.addAll(KnowledgeLoader.ambiguityRules(DataSource.bundled(AMBIGUOUS)));
      for (String file : BUNDLED_TABLES) {
        add(file, DataSource.bundled(file)); // a missing bundled file is an error
      }
      return this;
    }

    private void add(String kind, DataSource source) {
      switch (kind) {
        case GROUPS -> groups.addAll(KnowledgeLoader.groups(source, origins));
        case ORGANIZATIONS -> organizations.addAll(KnowledgeLoader.organizations(source, false, origins));
        case OUTLETS -> organizations.addAll(KnowledgeLoader.organizations(source, true, origins));
        case TITLES -> titles.addAll(KnowledgeLoader.titles(source));
        default -> throw new IllegalArgumentException(kind);
      }
    }

    private void loadCountries(DataSource source) {
      KnowledgeLoader.countries(source, countries, nationalities);
    }

    /**
     * Adds a groups file (block format of {@code groups.txt}).
     *
     * @param file the file
     * @return this builder
     * @throws KnowledgeDataException when the file is missing or bad
     */
    public Builder addGroups(Path file) {
      add(GROUPS, DataSource.of(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * Adds an organisations file (block format of {@code organizations.txt}).
     *
     * @param file the file
     * @return this builder
     * @throws KnowledgeDataException when the file is missing or bad
     */
    public Builder addOrganizations(Path file) {
      add(ORGANIZATIONS, DataSource.of(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * Adds a news outlets file (block format of {@code outlets.txt}).
     *
     * @param file the file
     * @return this builder
     * @throws KnowledgeDataException when the file is missing or bad
     */
    public Builder addOutlets(Path file) {
      add(OUTLETS, DataSource.of(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * Adds a titles file (TSV format of {@code titles.tsv}).
     *
     * @param file the file
     * @return this builder
     * @throws KnowledgeDataException when the file is missing or bad
     */
    public Builder addTitles(Path file) {
      add(TITLES, DataSource.of(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * Adds a curated places file (block format of {@code places-curated.txt}).
     *
     * @param file the file
     * @return this builder
     * @throws KnowledgeDataException when the file is missing or bad
     */
    public Builder addPlaces(Path file) {
      curatedPlaces.addAll(KnowledgeLoader.curatedPlaces(DataSource.of(Objects.requireNonNull(file, "file")), origins));
      return this;
    }

    /**
     * Adds a GeoNames places file (TSV format of {@code places-geonames.tsv}); stop names
     * apply to it.
     *
     * @param file the file
     * @return this builder
     * @throws KnowledgeDataException when the file is missing or bad (at {@link #build()})
     */
    public Builder addGeoNamesPlaces(Path file) {
      geoNames.add(DataSource.of(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * Adds a countries file (TSV format of {@code countries.tsv}).
     *
     * @param file the file
     * @return this builder
     * @throws KnowledgeDataException when the file is missing or bad
     */
    public Builder addCountries(Path file) {
      loadCountries(DataSource.of(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * Adds a stop names file (one word a line, format of {@code stopnames.txt}): GeoNames names
     * equal to one of these words are dropped.
     *
     * @param file the file
     * @return this builder
     * @throws KnowledgeDataException when the file is missing
     */
    public Builder addStopNames(Path file) {
      stopNames.addAll(KnowledgeLoader.stopNames(DataSource.of(Objects.requireNonNull(file, "file"))));
      return this;
    }

    /**
     * Adds an ambiguity rules file (TSV format of {@code ambiguous.tsv}).
     *
     * @param file the file
     * @return this builder
     * @throws KnowledgeDataException when the file is missing or bad
     */
    public Builder addAmbiguityRules(Path file) {
      ambiguityRules.addAll(KnowledgeLoader.ambiguityRules(DataSource.of(Objects.requireNonNull(file, "file"))));
      return this;
    }

    /**
     * Builds the immutable knowledge base.
     *
     * @return the knowledge base
     * @throws KnowledgeDataException on duplicate ids, unknown references or a bad GeoNames file
     */
    public KnowledgeBase build() {
      return new KnowledgeBase(this);
    }
  }
}
