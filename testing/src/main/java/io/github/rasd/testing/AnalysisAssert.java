package io.github.rasd.testing;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Event;
import io.github.rasd.model.EventType;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.Group;
import io.github.rasd.model.Place;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over an {@link Analysis}. The {@code has…} methods that name a record kind return
 * an assertion over every record of that kind that matches so far; each further condition keeps
 * the records that meet it and fails, listing the records it started from, when none is left.
 * So {@code hasEventOfType(ARREST).withArrested(4).inCountry("MA")} passes when one arrest
 * event has both four arrested and a place in Morocco.
 *
 * @since 0.1.0
 */
public final class AnalysisAssert extends AbstractAssert<AnalysisAssert, Analysis> {

  AnalysisAssert(Analysis actual) {
    super(actual, AnalysisAssert.class);
  }

  /** There are exactly {@code count} events. */
  public AnalysisAssert hasEvents(int count) {
    isNotNull();
    if (actual.events().size() != count) {
      failWithMessage("expected %d events but found %d: %s", count, actual.events().size(),
          Describe.events(actual, actual.events()));
    }
    return this;
  }

  /** There is no event: what a text without conflict should give. */
  public AnalysisAssert hasNoEvents() {
    return hasEvents(0);
  }

  /** The events of {@code type}; fails when there is none. */
  public EventAssert hasEventOfType(EventType type) {
    isNotNull();
    List<Event> events = actual.events().stream().filter(e -> e.type() == type).toList();
    if (events.isEmpty()) {
      failWithMessage("expected an event of type %s but found %s", type,
          Describe.events(actual, actual.events()));
    }
    return new EventAssert(actual, events, "event of type " + type);
  }

  /**
   * The claims whose speaker's words contain {@code speaker} ({@code "مصدر أمني"} matches
   * {@code "مصدر أمني رفيع"}); fails when there is none.
   */
  public ClaimAssert hasClaimBy(String speaker) {
    isNotNull();
    List<Claim> claims = actual.claims().stream()
        .filter(c -> c.speaker().text().contains(speaker)).toList();
    if (claims.isEmpty()) {
      failWithMessage("expected a claim by '%s' but found %s", speaker,
          Describe.claims(actual.claims()));
    }
    return new ClaimAssert(actual, claims, "claim by '" + speaker + "'");
  }

  /**
   * The force estimates of the group whose canonical id ({@code "jnim"}) or name is
   * {@code group}; fails when there is none.
   */
  public ForceEstimateAssert hasForceEstimate(String group) {
    isNotNull();
    List<ForceEstimate> estimates = actual.forceEstimates().stream()
        .filter(f -> f.groupId().flatMap(this::group).map(g -> names(g, group)).orElse(false))
        .toList();
    if (estimates.isEmpty()) {
      failWithMessage("expected a force estimate of '%s' but found %s", group,
          Describe.forces(actual, actual.forceEstimates()));
    }
    return new ForceEstimateAssert(actual, estimates, "force estimate of '" + group + "'");
  }

  /** A group whose canonical id or name is {@code group} was found. */
  public AnalysisAssert hasGroup(String group) {
    isNotNull();
    if (actual.groups().stream().noneMatch(g -> names(g, group))) {
      failWithMessage("expected group '%s' but found %s", group,
          actual.groups().stream().map(g -> g.canonicalId().orElse(g.name())).toList());
    }
    return this;
  }

  /** A place whose canonical id, Arabic or English name is {@code place} was found. */
  public AnalysisAssert hasPlace(String place) {
    isNotNull();
    if (actual.places().stream().noneMatch(p -> Describe.names(p, place))) {
      failWithMessage("expected place '%s' but found %s", place,
          actual.places().stream().map(Place::name).toList());
    }
    return this;
  }

  /** A person whose name is {@code name} was found. */
  public AnalysisAssert hasPerson(String name) {
    isNotNull();
    if (actual.persons().stream().noneMatch(p -> p.name().equals(name))) {
      failWithMessage("expected person '%s' but found %s", name,
          actual.persons().stream().map(p -> p.name()).toList());
    }
    return this;
  }

  private Optional<Group> group(String id) {
    return actual.groups().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  private static boolean names(Group g, String group) {
    return g.canonicalId().map(group::equals).orElse(false) || g.name().equals(group)
        || g.nameEn().map(group::equals).orElse(false);
  }
}
