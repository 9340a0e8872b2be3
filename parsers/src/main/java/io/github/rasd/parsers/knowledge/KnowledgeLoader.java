package io.github.rasd.parsers.knowledge;

import io.github.rasd.model.GroupKind;
import io.github.rasd.model.OrganizationKind;
import io.github.rasd.model.PlaceKind;
import io.github.rasd.parsers.knowledge.BlockFile.Block;
import io.github.rasd.parsers.knowledge.KnowledgeDataException.Reason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Parsers of every knowledge file format. Package-private engine of {@link KnowledgeBase}. */
final class KnowledgeLoader {

  /** Id prefix of GeoNames places. */
  static final String GEONAMES_ID_PREFIX = "geonames-";
  /** Id prefix of countries. */
  static final String COUNTRY_ID_PREFIX = "country-";

  static final Set<String> GROUP_KEYS = Set.of("name", "en", "aliases", "acronyms", "en-aliases",
      "kind", "parent", "allegiance", "regions", "leaders", "source");
  static final Set<String> ORGANIZATION_KEYS =
      Set.of("name", "en", "aliases", "acronyms", "kind", "country", "generic", "source");
  static final Set<String> OUTLET_KEYS =
      Set.of("name", "en", "aliases", "acronyms", "kind", "country", "source");
  static final Set<String> PLACE_KEYS =
      Set.of("name", "en", "aliases", "kind", "country", "parent", "lat", "lon", "source");

  /** Columns of countries.tsv. */
  static final int COUNTRY_COLUMNS = 7;
  /** Columns of places-geonames.tsv. */
  static final int GEONAMES_COLUMNS = 9;
  /** Columns of titles.tsv. */
  static final int TITLE_COLUMNS = 4;
  /** Columns of ambiguous.tsv. */
  static final int AMBIGUITY_COLUMNS = 4;

  /** Placeholder for an empty TSV cell. */
  private static final String NONE = "-";
  private static final String TAB = "\t";
  private static final String ARTICLE = "ال";
  /** Suffixes added to a nisba ending in ي: ية يين يون يات يان يتان يتين (feminine, plurals, duals). */
  private static final List<String> NISBA_SUFFIXES =
      List.of("", "ة", "ين", "ون", "ات", "ان", "تان", "تين");

  private KnowledgeLoader() {}

  // ---------------------------------------------------------------- block files

  /** The groups of {@code source}; each entry's block goes into {@code origins}. */
  static List<GroupEntry> groups(DataSource source, Map<KnowledgeEntry, Block> origins) {
    List<GroupEntry> out = new ArrayList<>();
    for (Block b : BlockFile.parse(source, GROUP_KEYS)) {
      out.add(origin(origins, b, new GroupEntry(b.id(), b.required("name"), b.required("en"), b.list("aliases"),
          b.list("acronyms"), b.list("en-aliases"), enumValue(b, "kind", GroupKind.class),
          slugRef(b, "parent"), slugRef(b, "allegiance"), countryCodes(b, "regions"),
          b.list("leaders"), b.required("source"))));
    }
    return out;
  }

  /** Records where {@code entry} was written, so that build-time errors can say file:line. */
  private static <E extends KnowledgeEntry> E origin(Map<KnowledgeEntry, Block> origins, Block b, E entry) {
    origins.put(entry, b);
    return entry;
  }

  /** The organisations or outlets of {@code source}; each entry's block goes into {@code origins}. */
  static List<OrganizationEntry> organizations(DataSource source, boolean outlets,
      Map<KnowledgeEntry, Block> origins) {
    List<OrganizationEntry> out = new ArrayList<>();
    for (Block b : BlockFile.parse(source, outlets ? OUTLET_KEYS : ORGANIZATION_KEYS)) {
      OrganizationKind kind = enumValue(b, "kind", OrganizationKind.class);
      boolean news = kind == OrganizationKind.NEWS_AGENCY || kind == OrganizationKind.NEWS_OUTLET;
      if (news != outlets) {
        throw b.error(Reason.BAD_VALUE, "kind", outlets
            ? "outlets must be NEWS_AGENCY or NEWS_OUTLET, not " + kind
            : "news outlets belong in outlets.txt, not " + kind);
      }
      boolean generic = false;
      Optional<String> g = b.optional("generic");
      if (g.isPresent()) {
        if (!g.get().equals("true") && !g.get().equals("false")) {
          throw b.error(Reason.BAD_VALUE, "generic", "generic must be true or false, not " + g.get());
        }
        generic = g.get().equals("true");
      }
      out.add(origin(origins, b, new OrganizationEntry(b.id(), b.required("name"), b.required("en"),
          b.list("aliases"), b.list("acronyms"), kind, countryCode(b, "country"), generic,
          b.required("source"))));
    }
    return out;
  }

  /** The curated places of {@code source}; each entry's block goes into {@code origins}. */
  static List<PlaceEntry> curatedPlaces(DataSource source, Map<KnowledgeEntry, Block> origins) {
    List<PlaceEntry> out = new ArrayList<>();
    for (Block b : BlockFile.parse(source, PLACE_KEYS)) {
      out.add(origin(origins, b, new PlaceEntry(b.id(), b.required("name"), b.required("en"), b.list("aliases"),
          List.of(), enumValue(b, "kind", PlaceKind.class), countryCode(b, "country"),
          slugRef(b, "parent"), Optional.empty(), coordinate(b, "lat", 90), coordinate(b, "lon", 180),
          0, Optional.empty(), b.required("source"))));
    }
    return out;
  }

  // ---------------------------------------------------------------- TSV files

  /** Countries (as places of kind COUNTRY) and their nationalities, from countries.tsv. */
  static void countries(DataSource source, List<PlaceEntry> countries, List<Nationality> nationalities) {
    List<String> lines = source.lines();
    for (int i = 0; i < lines.size(); i++) {
      String[] c = columns(source, i, COUNTRY_COLUMNS);
      if (c == null) {
        continue;
      }
      int line = i + 1;
      String code = checkCountry(source, line, c[0]);
      List<String> en = requiredList(source, line, c[1], "English name");
      List<String> ar = requiredList(source, line, c[2], "Arabic name");
      String src = required(source, line, c[6], "source");
      countries.add(new PlaceEntry(COUNTRY_ID_PREFIX + code.toLowerCase(Locale.ROOT), ar.get(0),
          en.get(0), ar.subList(1, ar.size()), en.subList(1, en.size()), PlaceKind.COUNTRY,
          Optional.of(code), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), 0, Optional.empty(), src));
      Set<String> forms = new LinkedHashSet<>();
      String nisba = c[3].strip();
      if (!nisba.equals(NONE)) {
        if (!nisba.endsWith("ي") || nisba.contains(" ")) {
          throw new KnowledgeDataException(Reason.BAD_VALUE, source.name(), line,
              "nisba must be one word ending in ي: " + nisba);
        }
        forms.addAll(nisbaForms(nisba));
      }
      if (!c[4].strip().equals(NONE)) {
        forms.addAll(BlockFile.splitList(c[4]));
      }
      if (!forms.isEmpty()) {
        String name = nisba.equals(NONE) ? forms.iterator().next() : nisba;
        nationalities.add(new Nationality(code, name, en.get(0) + " (nationality)", List.copyOf(forms), src));
      }
    }
  }

  /** The regular inflections of a nisba, each without and with the article. */
  static List<String> nisbaForms(String nisba) {
    List<String> forms = new ArrayList<>();
    for (String suffix : NISBA_SUFFIXES) {
      forms.add(nisba + suffix);
    }
    for (String suffix : NISBA_SUFFIXES) {
      forms.add(ARTICLE + nisba + suffix);
    }
    return forms;
  }

  /** GeoNames places of places-geonames.tsv; names in {@code isStopName} are dropped. */
  static List<PlaceEntry> geoNames(DataSource source, java.util.function.Predicate<String> isStopName) {
    List<PlaceEntry> out = new ArrayList<>();
    List<String> lines = source.lines();
    for (int i = 0; i < lines.size(); i++) {
      String[] c = columns(source, i, GEONAMES_COLUMNS);
      if (c == null) {
        continue;
      }
      int line = i + 1;
      String id = c[0].strip();
      if (id.isEmpty() || !id.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        throw new KnowledgeDataException(Reason.BAD_VALUE, source.name(), line, "bad geonameId " + id);
      }
      List<String> names = new ArrayList<>();
      for (String n : requiredList(source, line, c[1].replace("|", " | "), "Arabic name")) {
        if (!isStopName.test(n)) {
          names.add(n);
        }
      }
      if (names.isEmpty()) {
        continue;
      }
      String code = checkCountry(source, line, c[3]);
      long population;
      try {
        population = Long.parseLong(c[7].strip());
      } catch (NumberFormatException e) {
        throw new KnowledgeDataException(Reason.BAD_VALUE, source.name(), line, "bad population " + c[7]);
      }
      out.add(new PlaceEntry(GEONAMES_ID_PREFIX + id, names.get(0),
          required(source, line, c[2], "English name"), names.subList(1, names.size()), List.of(),
          PlaceKind.CITY, Optional.of(code), Optional.empty(), optionalCell(c[4]),
          number(source, line, c[5], 90), number(source, line, c[6], 180), population,
          optionalCell(c[8]), "GeoNames (CC BY 4.0), geonameId " + id));
    }
    return out;
  }

  static List<TitleEntry> titles(DataSource source) {
    List<TitleEntry> out = new ArrayList<>();
    List<String> lines = source.lines();
    for (int i = 0; i < lines.size(); i++) {
      String[] c = columns(source, i, TITLE_COLUMNS);
      if (c == null) {
        continue;
      }
      int line = i + 1;
      TitleCategory category;
      try {
        category = TitleCategory.valueOf(c[1].strip());
      } catch (IllegalArgumentException e) {
        throw new KnowledgeDataException(Reason.BAD_VALUE, source.name(), line, "unknown title category " + c[1]);
      }
      out.add(new TitleEntry(required(source, line, c[0], "phrase"), category,
          required(source, line, c[2], "role"), required(source, line, c[3], "gloss"), source.name()));
    }
    return out;
  }

  /** Lines of stopnames.txt (one word a line) or stopnames-dictionary.txt (country TAB word). */
  static List<String> stopNames(DataSource source) {
    List<String> out = new ArrayList<>();
    for (String raw : source.lines()) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      // a comment may follow the word after a tab (stopnames.txt header)
      out.add(tab < 0 ? line : line.substring(0, tab).strip());
    }
    return out;
  }

  /** Country-scoped stop names of stopnames-dictionary.txt as "CC\tkey" strings. */
  static List<String> scopedStopNames(DataSource source) {
    List<String> out = new ArrayList<>();
    List<String> lines = source.lines();
    for (int i = 0; i < lines.size(); i++) {
      String[] c = columns(source, i, 2);
      if (c != null) {
        out.add(checkCountry(source, i + 1, c[0]) + TAB + c[1].strip());
      }
    }
    return out;
  }

  static List<AmbiguityRule> ambiguityRules(DataSource source) {
    List<AmbiguityRule> out = new ArrayList<>();
    List<String> lines = source.lines();
    for (int i = 0; i < lines.size(); i++) {
      String[] c = columns(source, i, AMBIGUITY_COLUMNS);
      if (c == null) {
        continue;
      }
      int line = i + 1;
      Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
      for (String k : c[1].split(",", -1)) {
        try {
          kinds.add(EntryKind.valueOf(k.strip()));
        } catch (IllegalArgumentException e) {
          throw new KnowledgeDataException(Reason.BAD_VALUE, source.name(), line, "unknown entry kind " + k);
        }
      }
      List<String> triggers = c[2].strip().equals(NONE) ? List.of() : BlockFile.splitList(c[2]);
      out.add(new AmbiguityRule(required(source, line, c[0], "name"), kinds, triggers,
          required(source, line, c[3], "reason")));
    }
    return out;
  }

  // ---------------------------------------------------------------- helpers

  /** The columns of line {@code i}, or null for a comment or blank line. */
  private static String[] columns(DataSource source, int i, int expected) {
    String line = source.lines().get(i);
    if (line.isBlank() || line.startsWith("#")) {
      return null;
    }
    String[] c = line.split(TAB, -1);
    if (c.length != expected) {
      throw new KnowledgeDataException(Reason.BAD_COLUMNS, source.name(), i + 1,
          "expected " + expected + " tab-separated columns, found " + c.length);
    }
    return c;
  }

  private static String required(DataSource source, int line, String cell, String what) {
    String s = cell.strip();
    if (s.isEmpty() || s.equals(NONE)) {
      throw new KnowledgeDataException(Reason.MISSING_KEY, source.name(), line, "missing " + what);
    }
    return s;
  }

  private static List<String> requiredList(DataSource source, int line, String cell, String what) {
    List<String> l = BlockFile.splitList(cell);
    if (l.isEmpty()) {
      throw new KnowledgeDataException(Reason.MISSING_KEY, source.name(), line, "missing " + what);
    }
    return l;
  }

  private static Optional<String> optionalCell(String cell) {
    String s = cell.strip();
    return s.isEmpty() || s.equals(NONE) ? Optional.empty() : Optional.of(s);
  }

  private static OptionalDouble number(DataSource source, int line, String cell, double limit) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(s);
      if (Math.abs(d) > limit) {
        throw new NumberFormatException();
      }
      return OptionalDouble.of(d);
    } catch (NumberFormatException e) {
      throw new KnowledgeDataException(Reason.BAD_VALUE, source.name(), line, "bad coordinate " + s);
    }
  }

  private static OptionalDouble coordinate(Block b, String key, double limit) {
    Optional<String> s = b.optional(key);
    if (s.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(s.get());
      if (Math.abs(d) > limit) {
        throw new NumberFormatException();
      }
      return OptionalDouble.of(d);
    } catch (NumberFormatException e) {
      throw b.error(Reason.BAD_VALUE, key, "bad " + key + " " + s.get());
    }
  }

  private static <E extends Enum<E>> E enumValue(Block b, String key, Class<E> type) {
    String v = b.required(key);
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      throw b.error(Reason.BAD_VALUE, key, "unknown " + key + " " + v + " for " + type.getSimpleName());
    }
  }

  private static Optional<String> slugRef(Block b, String key) {
    Optional<String> v = b.optional(key);
    if (v.isPresent() && !BlockFile.isSlug(v.get())) {
      throw b.error(Reason.BAD_VALUE, key, key + " must be a block id, not " + v.get());
    }
    return v;
  }

  private static Optional<String> countryCode(Block b, String key) {
    Optional<String> v = b.optional(key);
    if (v.isPresent() && !isCountryCode(v.get())) {
      throw b.error(Reason.BAD_VALUE, key, "not an ISO alpha-2 code: " + v.get());
    }
    return v;
  }

  private static List<String> countryCodes(Block b, String key) {
    List<String> out = new ArrayList<>();
    for (String code : b.optional(key).orElse("").split(" ")) {
      if (code.isEmpty()) {
        continue;
      }
      if (!isCountryCode(code)) {
        throw b.error(Reason.BAD_VALUE, key, "not an ISO alpha-2 code: " + code);
      }
      out.add(code);
    }
    return out;
  }

  private static String checkCountry(DataSource source, int line, String cell) {
    String s = cell.strip();
    if (!isCountryCode(s)) {
      throw new KnowledgeDataException(Reason.BAD_VALUE, source.name(), line, "not an ISO alpha-2 code: " + s);
    }
    return s;
  }

  static boolean isCountryCode(String s) {
    return s.length() == 2 && s.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }
}
