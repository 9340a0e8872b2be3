package io.github.rasd.parsers.knowledge;

import io.github.rasd.model.OrganizationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A security force, army, ministry, authority or international body of {@code
 * organizations.txt} (الحرس الوطني, the National Guard), or a news agency or outlet of {@code
 * outlets.txt} (رويترز, Reuters). Immutable.
 *
 * @param id the block id
 * @param name the Arabic name
 * @param englishName the English name
 * @param aliases Arabic aliases and spellings
 * @param acronyms acronyms in both scripts
 * @param kind the kind of organisation
 * @param country ISO alpha-2 code; empty for generic or international bodies
 * @param generic true for names that need a country from context (قوات الأمن, security forces)
 * @param source where the facts come from
 * @since 0.1.0
 */
public record OrganizationEntry(
    String id,
    String name,
    String englishName,
    List<String> aliases,
    List<String> acronyms,
    OrganizationKind kind,
    Optional<String> country,
    boolean generic,
    String source)
    implements KnowledgeEntry {

  /** Copies the lists and checks that nothing is null. */
  public OrganizationEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(englishName, "englishName");
    aliases = List.copyOf(aliases);
    acronyms = List.copyOf(acronyms);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(source, "source");
  }

  /** {@link EntryKind#OUTLET} for news agencies and outlets, else ORGANIZATION. */
  @Override
  public EntryKind entryKind() {
    return kind == OrganizationKind.NEWS_AGENCY || kind == OrganizationKind.NEWS_OUTLET
        ? EntryKind.OUTLET
        : EntryKind.ORGANIZATION;
  }

  /** The name, aliases and acronyms. */
  @Override
  public List<String> names() {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    all.addAll(acronyms);
    return List.copyOf(all);
  }
}
