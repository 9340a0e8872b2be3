package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything Rasd read in one article: groups, persons, places, organisations, events, force
 * estimates and claims, cross-referenced by ids local to the analysis.
 *
 * <p>Building an analysis checks its invariants and throws {@link InvalidAnalysisException}
 * when one fails: ids are unique; every referenced id exists and names a record of the right
 * kind; every span lies inside {@link Article#text()} and its text equals that substring.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnalysis.class)
@JsonDeserialize(as = ImmutableAnalysis.class)
@JsonPropertyOrder({"schemaVersion", "extractorVersion", "article", "groups", "persons", "places",
    "organizations", "events", "forceEstimates", "claims"})
public abstract class Analysis {

  /** The version of the JSON form this library writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The version of the wire format; {@value #SCHEMA_VERSION} for this library. */
  @Value.Default
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** Name and version of the extractor that made the analysis, e.g. {@code "rasd 0.1.0"}. */
  public abstract String extractorVersion();

  /** The article read. */
  public abstract Article article();

  /** Armed groups named in the article. */
  public abstract List<Group> groups();

  /** Named persons. */
  public abstract List<Person> persons();

  /** Named places. */
  public abstract List<Place> places();

  /** Security forces, authorities, outlets and other organisations. */
  public abstract List<Organization> organizations();

  /** Incidents reported. */
  public abstract List<Event> events();

  /** Statements of group sizes. */
  public abstract List<ForceEstimate> forceEstimates();

  /** Attributed statements. */
  public abstract List<Claim> claims();

  /** An analysis of {@code article} with no records, as an extractor that found nothing gives. */
  public static Analysis empty(Article article, String extractorVersion) {
    return ImmutableAnalysis.builder().article(article).extractorVersion(extractorVersion).build();
  }

  @Value.Check
  protected void check() {
    new InvariantChecker(this).run();
  }

  /** Checks the invariants; kept apart so that the value type stays readable. */
  private static final class InvariantChecker {
    private final Analysis analysis;
    private final String text;
    private final Map<String, String> kindById = new HashMap<>();

    InvariantChecker(Analysis analysis) {
      this.analysis = analysis;
      this.text = analysis.article().text();
    }

    void run() {
      if (analysis.schemaVersion() != SCHEMA_VERSION) {
        throw new InvalidAnalysisException(InvalidAnalysisException.Reason.UNSUPPORTED_SCHEMA_VERSION,
            "schemaVersion", "expected " + SCHEMA_VERSION + " but was " + analysis.schemaVersion());
      }
      register("groups", "group", analysis.groups().stream().map(Group::id).toList());
      register("persons", "person", analysis.persons().stream().map(Person::id).toList());
      register("places", "place", analysis.places().stream().map(Place::id).toList());
      register("organizations", "organization",
          analysis.organizations().stream().map(Organization::id).toList());
      register("events", "event", analysis.events().stream().map(Event::id).toList());
      register("forceEstimates", "forceEstimate",
          analysis.forceEstimates().stream().map(ForceEstimate::id).toList());
      register("claims", "claim", analysis.claims().stream().map(Claim::id).toList());

      for (int i = 0; i < analysis.groups().size(); i++) {
        Group g = analysis.groups().get(i);
        String at = "groups[" + i + "]";
        spans(at + ".mentions", g.mentions());
        ref(at + ".parentId", g.parentId(), "group");
      }
      for (int i = 0; i < analysis.persons().size(); i++) {
        Person p = analysis.persons().get(i);
        String at = "persons[" + i + "]";
        spans(at + ".mentions", p.mentions());
        for (String a : p.affiliationIds()) {
          ref(at + ".affiliationIds", Optional.of(a), "group", "organization");
        }
      }
      for (int i = 0; i < analysis.places().size(); i++) {
        spans("places[" + i + "].mentions", analysis.places().get(i).mentions());
      }
      for (int i = 0; i < analysis.organizations().size(); i++) {
        spans("organizations[" + i + "].mentions", analysis.organizations().get(i).mentions());
      }
      for (int i = 0; i < analysis.events().size(); i++) {
        checkEvent("events[" + i + "]", analysis.events().get(i));
      }
      for (int i = 0; i < analysis.forceEstimates().size(); i++) {
        ForceEstimate f = analysis.forceEstimates().get(i);
        String at = "forceEstimates[" + i + "]";
        ref(at + ".groupId", f.groupId(), "group");
        refs(at + ".placeIds", f.placeIds(), "place");
        refs(at + ".claimIds", f.claimIds(), "claim");
        count(at + ".count", Optional.of(f.count()));
        f.asOf().flatMap(DateRange::span).ifPresent(s -> span(at + ".asOf.span", s));
        span(at + ".evidence", f.evidence());
      }
      for (int i = 0; i < analysis.claims().size(); i++) {
        checkClaim("claims[" + i + "]", analysis.claims().get(i));
      }
    }

    private void checkEvent(String at, Event e) {
      refs(at + ".placeIds", e.placeIds(), "place");
      refs(at + ".groupIds", e.groupIds(), "group");
      refs(at + ".claimIds", e.claimIds(), "claim");
      for (int j = 0; j < e.participants().size(); j++) {
        Participant p = e.participants().get(j);
        String pat = at + ".participants[" + j + "]";
        ref(pat + ".refId", p.refId(), "group", "organization", "person");
        p.span().ifPresent(s -> span(pat + ".span", s));
      }
      count(at + ".killed", e.killed());
      count(at + ".injured", e.injured());
      count(at + ".arrested", e.arrested());
      for (int j = 0; j < e.tollFigures().size(); j++) {
        TollFigure f = e.tollFigures().get(j);
        String fat = at + ".tollFigures[" + j + "]";
        ref(fat + ".claimId", f.claimId(), "claim");
        count(fat + ".count", Optional.of(f.count()));
        f.evidence().ifPresent(s -> span(fat + ".evidence", s));
      }
      e.date().flatMap(DateRange::span).ifPresent(s -> span(at + ".date.span", s));
      span(at + ".trigger", e.trigger());
      span(at + ".evidence", e.evidence());
    }

    private void checkClaim(String at, Claim c) {
      c.cueSpan().ifPresent(s -> span(at + ".cueSpan", s));
      c.speaker().span().ifPresent(s -> span(at + ".speaker.span", s));
      ref(at + ".speaker.personId", c.speaker().personId(), "person");
      ref(at + ".speaker.organizationId", c.speaker().organizationId(), "organization");
      ref(at + ".speaker.groupId", c.speaker().groupId(), "group");
      c.channel().ifPresent(ch -> {
        ch.span().ifPresent(s -> span(at + ".channel.span", s));
        ref(at + ".channel.organizationId", ch.organizationId(), "organization");
      });
      span(at + ".content", c.content());
      ref(at + ".parentClaimId", c.parentClaimId(), "claim");
      if (c.parentClaimId().filter(c.id()::equals).isPresent()) {
        throw new InvalidAnalysisException(InvalidAnalysisException.Reason.MISSING_REFERENCE,
            at + ".parentClaimId", "a claim cannot be nested in itself");
      }
    }

    private void register(String list, String kind, List<String> ids) {
      for (int i = 0; i < ids.size(); i++) {
        String previous = kindById.putIfAbsent(ids.get(i), kind);
        if (previous != null) {
          throw new InvalidAnalysisException(InvalidAnalysisException.Reason.DUPLICATE_ID,
              list + "[" + i + "].id", "id '" + ids.get(i) + "' is already used by a " + previous);
        }
      }
    }

    private void refs(String at, List<String> ids, String kind) {
      for (String id : ids) {
        ref(at, Optional.of(id), kind);
      }
    }

    private void ref(String at, Optional<String> id, String... kinds) {
      if (id.isEmpty()) {
        return;
      }
      String actual = kindById.get(id.get());
      for (String k : kinds) {
        if (k.equals(actual)) {
          return;
        }
      }
      throw new InvalidAnalysisException(InvalidAnalysisException.Reason.MISSING_REFERENCE, at,
          "no " + String.join(" or ", kinds) + " has id '" + id.get() + "'"
              + (actual == null ? "" : " (it names a " + actual + ")"));
    }

    private void count(String at, Optional<Count> count) {
      count.flatMap(Count::span).ifPresent(s -> span(at + ".span", s));
    }

    private void spans(String at, List<Span> spans) {
      for (int i = 0; i < spans.size(); i++) {
        span(at + "[" + i + "]", spans.get(i));
      }
    }

    private void span(String at, Span s) {
      if (s.end() > text.length()) {
        throw new InvalidAnalysisException(InvalidAnalysisException.Reason.SPAN_OUTSIDE_TEXT, at,
            "span [" + s.start() + ", " + s.end() + ") exceeds the text length " + text.length());
      }
      if (!text.regionMatches(s.start(), s.text(), 0, s.length())) {
        throw new InvalidAnalysisException(InvalidAnalysisException.Reason.SPAN_TEXT_MISMATCH, at,
            "span text '" + s.text() + "' differs from the article text '"
                + text.substring(s.start(), s.end()) + "'");
      }
    }
  }
}
