package io.github.rasd.parsers.extract;

import io.github.rasd.model.ForceEstimate;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.internal.Lookup;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.TableMemo;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of the force-estimate rules, loaded once from {@code force-units.tsv} (unit nouns:
 * "مقاتل" fighter, "عنصر" element) and {@code force-cues.tsv} (size nouns, estimate verbs,
 * hedges, incident phrases, non-armed bodies, measure nouns, object markers, possessive
 * suffixes). Every row's
 * category parses into an enum; a bad one fails as {@code file:line: message}. Immutable and
 * thread-safe.
 */
final class ForceLexicon {

  /** The roles of {@code force-cues.tsv}; its header says which rule reads each. */
  enum Role { SIZE_NOUN, ESTIMATE_VERB, HEDGE, NOT, CELL, BODY, ARMED, MEASURE, OBJECT_MARKER, POSSESSIVE_SUFFIX,
    MORE_THAN_VERB, AT_MOST_VERB, AT_LEAST_VERB, RANKS, ESTIMATOR_VERB, POSSESSED_UNIT, MAKE_UP_VERB,
    ATTRIBUTION, SHORT_HEAD, CHANGE_VERB }

  /** A unit noun found on a token: its unit, and whether a possessive pronoun is glued to it. */
  record UnitWord(ForceEstimate.Unit unit, boolean possessive) {}

  private final Map<String, ForceEstimate.Unit> units;
  private final Set<String> sizeNouns;
  /** Possessive suffixes, longest first. */
  private final List<String> suffixes;
  private final Map<Role, PhraseTable<Role>> phrases;

  /** The head nouns whose definite form alone names a group begun with them ("الوحدات"). */
  private final Set<String> shortHeads;

  /**
   * Whether the normalized stem is a {@code SHORT_HEAD} noun, whose form with the article alone
   * names a group begun with it: "وحدات" (units), for "الوحدات" after "وحدات مقاومة سنجار".
   */
  boolean shortHead(String stem) {
    return shortHeads.contains(stem);
  }

  /** Nouns that count a group's men only with a possessive pronoun ("قواته", its forces). */
  private final Set<String> possessed;

  private ForceLexicon(Map<String, ForceEstimate.Unit> units, Set<String> sizeNouns, Set<String> possessed,
      Set<String> shortHeads, List<String> suffixes, Map<Role, PhraseTable<Role>> phrases) {
    this.possessed = possessed;
    this.shortHeads = shortHeads;
    this.units = units;
    this.sizeNouns = sizeNouns;
    this.suffixes = suffixes;
    this.phrases = phrases;
    // every suffixed form a unit or size noun can take, read once: a word with a suffix is
    // looked up, not cut at every suffix it ends with
    Map<String, String> forms = new HashMap<>();
    List<String> bases = new java.util.ArrayList<>(units.keySet());
    bases.addAll(sizeNouns);
    bases.addAll(possessed);
    for (String b : bases) {
      for (String suffix : suffixes) {
        for (String form : b.endsWith("ء")
            ? List.of(b + suffix, b.substring(0, b.length() - 1) + "ئ" + suffix) : List.of(b + suffix)) {
          cutSuffix(form).ifPresent(bare -> forms.put(form, bare));
        }
      }
    }
    this.suffixed = Lookup.map(forms);
  }

  /** Suffixed forms of units and size nouns ("اعضائه") to the bare word ("اعضاء"). */
  private final Map<String, String> suffixed;

  static ForceLexicon bundled() {
    return Holder.BUNDLED;
  }

  /** Reads {@code unitsFile} and {@code cuesFile} beside this class; a bad row fails as file:line. */
  static ForceLexicon load(String unitsFile, String cuesFile) {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Map<String, ForceEstimate.Unit> units = new HashMap<>();
    for (DataFile.Line r : DataFile.read(ForceLexicon.class, unitsFile)) {
      units.put(n.normalize(r.field(0)), parse(r, 1, ForceEstimate.Unit.class));
    }
    Map<Role, Map<String, Role>> byRole = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      byRole.put(role, new LinkedHashMap<>());
    }
    for (DataFile.Line r : DataFile.read(ForceLexicon.class, cuesFile)) {
      Role role = parse(r, 1, Role.class);
      byRole.get(role).put(r.field(0), role);
    }
    Set<String> size = Lookup.set(byRole.get(Role.SIZE_NOUN).keySet().stream().map(n::normalize).toList());
    Set<String> possessed = Lookup.set(byRole.get(Role.POSSESSED_UNIT).keySet().stream().map(n::normalize).toList());
    List<String> suffixes = new ArrayList<>(byRole.get(Role.POSSESSIVE_SUFFIX).keySet().stream().map(n::normalize).toList());
    suffixes.sort(Comparator.comparingInt(String::length).reversed());
    Map<Role, PhraseTable<Role>> tables = new EnumMap<>(Role.class);
    for (Role role : List.of(Role.ESTIMATE_VERB, Role.HEDGE, Role.NOT, Role.CELL, Role.BODY, Role.ARMED, Role.MEASURE, Role.OBJECT_MARKER,
        Role.MORE_THAN_VERB, Role.AT_MOST_VERB, Role.AT_LEAST_VERB, Role.RANKS, Role.ESTIMATOR_VERB, Role.MAKE_UP_VERB,
        Role.ATTRIBUTION, Role.CHANGE_VERB)) {
      tables.put(role, PhraseTable.of(byRole.get(role)));
    }
    Set<String> heads = Lookup.set(byRole.get(Role.SHORT_HEAD).keySet().stream().map(n::normalize).toList());
    return new ForceLexicon(Lookup.map(units), size, possessed, heads, List.copyOf(suffixes), Map.copyOf(tables));
  }

  private static <E extends Enum<E>> E parse(DataFile.Line r, int column, Class<E> type) {
    try {
      return Enum.valueOf(type, r.field(column).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw r.error("column " + (column + 1) + ": '" + r.field(column) + "' is not a "
          + type.getSimpleName());
    }
  }

  /** The phrase table of {@code role} (not SIZE_NOUN, POSSESSIVE_SUFFIX, POSSESSED_UNIT or SHORT_HEAD, which are words). */
  PhraseTable<Role> table(Role role) {
    PhraseTable<Role> t = phrases.get(role);
    if (t == null) {
      throw new IllegalArgumentException(role + " is a word list, not a phrase table");
    }
    return t;
  }

  /** The unit of a normalized word, bare or with a possessive pronoun ("مقاتليه", "أعضائها"). */
  Optional<UnitWord> unit(String word) {
    ForceEstimate.Unit u = units.get(word);
    if (u != null) {
      return Optional.of(new UnitWord(u, false));
    }
    Optional<String> bare = withoutSuffix(word);
    if (bare.isPresent() && possessed.contains(bare.get())) {
      return Optional.of(new UnitWord(ForceEstimate.Unit.FIGHTERS, true)); // "قواته": its forces
    }
    return bare.map(units::get).map(x -> new UnitWord(x, true));
  }

  /** Whether the token is a noun that counts men only with a possessive pronoun ("قواته"). */
  boolean possessedOnly(Token t) {
    for (Segmentation s : t.segmentations()) {
      Optional<String> bare = withoutSuffix(s.stem());
      if (bare.isPresent() && possessed.contains(bare.get())) {
        return true;
      }
    }
    return false;
  }

  /** The unit of the token under any of its segmentations, with or without the article. */
  Optional<UnitWord> unit(Token t) {
    List<Segmentation> sAll = t.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      Optional<UnitWord> u = unit(s.stem());
      if (u.isEmpty() && s.definite()) {
        u = unit(s.stemWithArticle());
      }
      if (u.isPresent()) {
        return u;
      }
    }
    return unit(t.text());
  }

  /**
   * Whether the token is a size noun ("عدد", "وبعدد", "العدد"): empty when not, else whether a
   * possessive pronoun is glued to it ("عددهم", "قوامها").
   */
  Optional<Boolean> sizeNoun(Token t) {
    return SIZE_NOUNS.of(this, t);
  }

  /** {@link #sizeNoun} of a word form, kept with the form: it is asked at every token of an article. */
  private static final TableMemo<ForceLexicon, Optional<Boolean>> SIZE_NOUNS =
      TableMemo.of(ForceLexicon::sizeNounOf);

  private Optional<Boolean> sizeNounOf(Token t) {
    List<Segmentation> sAll = t.segmentations();
    for (int sK = 0; sK < sAll.size(); sK++) {
      Segmentation s = sAll.get(sK);
      if (sizeNouns.contains(s.stem())) {
        return Optional.of(false);
      }
      Optional<String> bare = withoutSuffix(s.stem());
      if (bare.isPresent() && sizeNouns.contains(bare.get()) && !s.definite()) {
        return Optional.of(true);
      }
    }
    return Optional.empty();
  }

  /** {@code word} without its possessive suffix, the hamza restored ("اعضائه" → "اعضاء"). */
  private Optional<String> withoutSuffix(String word) {
    return Optional.ofNullable(suffixed.get(word));
  }

  /** The cut {@link #withoutSuffix} reads from its table: the first suffix, longest first, that leaves a unit or size noun. */
  private Optional<String> cutSuffix(String word) {
    for (String s : suffixes) {
      if (word.length() > s.length() + 2 && word.endsWith(s)) {
        String bare = word.substring(0, word.length() - s.length());
        if (bare.endsWith("ئ")) {
          bare = bare.substring(0, bare.length() - 1) + "ء";
        }
        if (units.containsKey(bare) || sizeNouns.contains(bare) || possessed.contains(bare)) {
          return Optional.of(bare);
        }
      }
    }
    return Optional.empty();
  }

  /** Loads the lexicon once, on first use. */
  private static final class Holder {
    static final ForceLexicon BUNDLED = load("force-units.tsv", "force-cues.tsv");
  }
}
