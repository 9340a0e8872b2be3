package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named individual: a spokesman, an expert, a commander, a victim.
 *
 * <p>Example: "المتحدث باسم الحرس الوطني حسام الدين الجبابلي" gives name "حسام الدين الجبابلي"
 * with role "spokesperson" and affiliation the National Guard.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
@JsonPropertyOrder({"id", "name", "roles", "titles", "nationality", "affiliationIds", "mentions",
    "provenance"})
public abstract class Person {

  /** Id of this record within the analysis, e.g. {@code "p1"}. */
  public abstract String id();

  /** Full name as written at its fullest mention. */
  public abstract String name();

  /** Roles as English slugs, e.g. {@code "spokesperson"}, {@code "military-expert"}. */
  public abstract List<String> roles();

  /** Titles and ranks as written, e.g. "العميد" (brigadier general). */
  public abstract List<String> titles();

  /** ISO 3166 alpha-2 code of the nationality, e.g. "التونسي" gives {@code TN}. */
  public abstract Optional<String> nationality();

  /** Ids of the groups or organisations the person belongs to or speaks for. */
  public abstract List<String> affiliationIds();

  /** Where the article names or refers to the person. */
  public abstract List<Span> mentions();

  /** How the record was made. */
  public abstract Provenance provenance();
}
