package io.github.rasd.parsers.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A nationality adjective that resolves to a country: تونسي تونسية التونسيين (Tunisian) for
 * TN. Adjectives are not places: the army in الجيش التونسي (the Tunisian army) is Tunisian, no
 * place is named. Immutable.
 *
 * @param countryCode ISO alpha-2 code of the country
 * @param name the masculine singular adjective (تونسي)
 * @param englishName the English name of the country followed by "(nationality)"
 * @param forms every form: inflections of the nisba with and without ال, broken plurals
 * @param source where the forms come from
 * @since 0.1.0
 */
public record Nationality(String countryCode, String name, String englishName, List<String> forms, String source)
    implements KnowledgeEntry {

  /** Copies the forms and checks that nothing is null. */
  public Nationality {
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(englishName, "englishName");
    forms = List.copyOf(forms);
    Objects.requireNonNull(source, "source");
  }

  /** {@code nationality-} followed by the lower-case country code. */
  @Override
  public String id() {
    return "nationality-" + countryCode.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public EntryKind entryKind() {
    return EntryKind.NATIONALITY;
  }

  /** The forms. */
  @Override
  public List<String> names() {
    return forms;
  }

  /** The country code. */
  @Override
  public Optional<String> country() {
    return Optional.of(countryCode);
  }
}
