package io.github.rasd.parsers.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One entry of the knowledge tables: something that text can name.
 *
 * <p>Implementations are immutable records and safe to share between threads.
 *
 * @since 0.1.0
 */
public sealed interface KnowledgeEntry
    permits GroupEntry, PlaceEntry, OrganizationEntry, TitleEntry, Nationality {

  /**
   * The stable identifier: the block id of the data file ({@code isis}), {@code
   * country-tn}, {@code nationality-tn}, {@code geonames-2473457} or {@code title-...}.
   *
   * @return the identifier, unique inside a {@link KnowledgeBase}
   */
  String id();

  /**
   * The table the entry comes from.
   *
   * @return the entry kind
   */
  EntryKind entryKind();

  /**
   * The canonical Arabic name.
   *
   * @return the Arabic name as written in the data file
   */
  String name();

  /**
   * The canonical English name (or gloss).
   *
   * @return the English name
   */
  String englishName();

  /**
   * Every surface form the matcher looks for: the name, aliases and acronyms in both scripts,
   * English names; written as in the data file, without clitics.
   *
   * @return the immutable list of forms, the canonical name first
   */
  List<String> names();

  /**
   * The ISO 3166 alpha-2 code of the country the entry belongs to, if any.
   *
   * @return the country code, empty for cross-border or generic entries
   */
  Optional<String> country();

  /**
   * Where the entry's facts come from.
   *
   * @return the source note of the data file
   */
  String source();
}
