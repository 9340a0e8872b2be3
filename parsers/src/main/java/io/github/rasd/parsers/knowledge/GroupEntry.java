package io.github.rasd.parsers.knowledge;

import io.github.rasd.model.GroupKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An armed group of {@code groups.txt}: تنظيم الدولة الإسلامية (the Islamic State), its aliases
 * (داعش), acronyms (ISIS) and relations. Immutable.
 *
 * @param id the block id
 * @param name the Arabic name
 * @param englishName the English name
 * @param aliases Arabic aliases and spellings
 * @param acronyms acronyms in both scripts
 * @param englishAliases other English names
 * @param kind the kind of group
 * @param parent id of the organisation this is a branch of
 * @param allegiance id of the group it pledged allegiance to
 * @param regions ISO alpha-2 codes of its areas of activity
 * @param leaders leaders as written in the data file
 * @param source where the facts come from
 * @since 0.1.0
 */
public record GroupEntry(
    String id,
    String name,
    String englishName,
    List<String> aliases,
    List<String> acronyms,
    List<String> englishAliases,
    GroupKind kind,
    Optional<String> parent,
    Optional<String> allegiance,
    List<String> regions,
    List<String> leaders,
    String source)
    implements KnowledgeEntry {

  /** Copies the lists and checks that nothing is null. */
  public GroupEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(englishName, "englishName");
    aliases = List.copyOf(aliases);
    acronyms = List.copyOf(acronyms);
    englishAliases = List.copyOf(englishAliases);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(allegiance, "allegiance");
    regions = List.copyOf(regions);
    leaders = List.copyOf(leaders);
    Objects.requireNonNull(source, "source");
  }

  @Override
  public EntryKind entryKind() {
    return EntryKind.GROUP;
  }

  /** The name, aliases, acronyms, English name and English aliases. */
  @Override
  public List<String> names() {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    all.addAll(acronyms);
    all.add(englishName);
    all.addAll(englishAliases);
    return List.copyOf(all);
  }

  /** The region when the group is active in exactly one country, else empty. */
  @Override
  public Optional<String> country() {
    return regions.size() == 1 ? Optional.of(regions.get(0)) : Optional.empty();
  }
}
