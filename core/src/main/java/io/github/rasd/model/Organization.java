package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state or civil organisation: security forces, authorities, international bodies, news
 * outlets and agencies.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganization.class)
@JsonDeserialize(as = ImmutableOrganization.class)
@JsonPropertyOrder({"id", "canonicalId", "name", "nameEn", "kind", "countryCode", "mentions",
    "provenance"})
public abstract class Organization {

  /** Id of this record within the analysis, e.g. {@code "o1"}. */
  public abstract String id();

  /** Stable id of the knowledge-base entry, e.g. {@code "tn-national-guard"}. */
  public abstract Optional<String> canonicalId();

  /** Arabic name. */
  public abstract String name();

  /** English name, when known. */
  public abstract Optional<String> nameEn();

  /** What kind of organisation it is. */
  @Value.Default
  public OrganizationKind kind() {
    return OrganizationKind.OTHER;
  }

  /** ISO 3166 alpha-2 code of its country, from knowledge or from context for generic names. */
  public abstract Optional<String> countryCode();

  /** Where the article names the organisation. */
  public abstract List<Span> mentions();

  /** How the record was made. */
  public abstract Provenance provenance();
}
