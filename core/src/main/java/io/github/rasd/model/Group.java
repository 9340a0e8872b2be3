package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named non-state armed group the article mentions, resolved to a canonical entry when known.
 *
 * <p>Example: "داعش" (Daesh), "تنظيم الدولة" and "الدواعش" all resolve to canonical id
 * {@code isis}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroup.class)
@JsonDeserialize(as = ImmutableGroup.class)
@JsonPropertyOrder({"id", "canonicalId", "name", "nameEn", "aliases", "kind", "parentId",
    "parentCanonicalId", "allegianceCanonicalIds", "leaders", "mentions", "provenance"})
public abstract class Group {

  /** Id of this record within the analysis, e.g. {@code "g1"}. */
  public abstract String id();

  /** Stable id of the knowledge-base entry, e.g. {@code "jnim"}; empty for unknown groups. */
  public abstract Optional<String> canonicalId();

  /** Arabic name, canonical when resolved, else as written. */
  public abstract String name();

  /** English name, when known. */
  public abstract Optional<String> nameEn();

  /** Other names of the group, from the knowledge base and the text. */
  public abstract List<String> aliases();

  /** What kind of group it is. */
  @Value.Default
  public GroupKind kind() {
    return GroupKind.OTHER;
  }

  /** Id of the parent group's record in this analysis, when the parent is mentioned too. */
  public abstract Optional<String> parentId();

  /** Canonical id of the parent organisation (a province or a branch belongs to it). */
  public abstract Optional<String> parentCanonicalId();

  /** Canonical ids of the groups it pledged allegiance to, from knowledge or the text. */
  public abstract List<String> allegianceCanonicalIds();

  /** Known or mentioned leaders, by name. */
  public abstract List<String> leaders();

  /** Where the article names the group. */
  public abstract List<Span> mentions();

  /** How the record was made. */
  public abstract Provenance provenance();
}
