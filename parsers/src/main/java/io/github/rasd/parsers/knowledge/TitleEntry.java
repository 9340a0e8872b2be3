package io.github.rasd.parsers.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A title or role phrase of {@code titles.tsv}: المتحدث باسم (the spokesman of), category
 * SPOKESPERSON, role {@code spokesperson}. Immutable.
 *
 * @param phrase the Arabic phrase
 * @param category the category
 * @param role an English role slug (spokesperson, military-expert, interior-minister...)
 * @param gloss the English gloss
 * @param source the file the title comes from
 * @since 0.1.0
 */
public record TitleEntry(String phrase, TitleCategory category, String role, String gloss, String source)
    implements KnowledgeEntry {

  /** Checks that nothing is null. */
  public TitleEntry {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(gloss, "gloss");
    Objects.requireNonNull(source, "source");
  }

  /** {@code title:} followed by the phrase. */
  @Override
  public String id() {
    return "title:" + phrase;
  }

  @Override
  public EntryKind entryKind() {
    return EntryKind.TITLE;
  }

  /** The phrase. */
  @Override
  public String name() {
    return phrase;
  }

  /** The gloss. */
  @Override
  public String englishName() {
    return gloss;
  }

  /** The phrase alone. */
  @Override
  public List<String> names() {
    return List.of(phrase);
  }

  /** Always empty. */
  @Override
  public Optional<String> country() {
    return Optional.empty();
  }
}
