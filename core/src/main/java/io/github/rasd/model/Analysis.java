package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

  /**
   * Checks the invariants; kept apart so that the value type stays readable. The JSON-like path
   * of a failure ({@code events[2].participants[0].span}) is written only when a check fails:
   * the record being checked is held as a list name and index (and a nested list and index), so
   * that a valid analysis, checked at every build, makes no string.
   */
  private static final class InvariantChecker {
    private static final String[] GROUP = {"group"};
    private static final String[] PLACE = {"place"};
    private static final String[] CLAIM = {"claim"};
    private static final String[] PERSON = {"person"};
    private static final String[] ORGANIZATION = {"organization"};
    private static final String[] GROUP_OR_ORGANIZATION = {"group", "organization"};
    private static final String[] PARTICIPANT = {"group", "organization", "person"};

    private final Analysis analysis;
    private final String text;
    private final Map<String, String> kindById = new HashMap<>();
    /** The record checked: {@code list[index]}, then {@code .inner[innerIndex]} when inner is set. */
    private String list;
    private int index;
    private String inner;
    private int innerIndex;

    InvariantChecker(Analysis analysis) {
      this.analysis = analysis;
      this.text = analysis.article().text();
    }

    void run() {
      if (analysis.schemaVersion() != SCHEMA_VERSION) {
        throw new InvalidAnalysisException(InvalidAnalysisException.Reason.UNSUPPORTED_SCHEMA_VERSION,
            "schemaVersion", "expected " + SCHEMA_VERSION + " but was " + analysis.schemaVersion());
      }
      registerAll("groups", analysis.groups(), Group::id, "group");
      registerAll("persons", analysis.persons(), Person::id, "person");
      registerAll("places", analysis.places(), Place::id, "place");
      registerAll("organizations", analysis.organizations(), Organization::id, "organization");
      registerAll("events", analysis.events(), Event::id, "event");
      registerAll("forceEstimates", analysis.forceEstimates(), ForceEstimate::id, "forceEstimate");
      registerAll("claims", analysis.claims(), Claim::id, "claim");

      for (int i = 0; i < analysis.groups().size(); i++) {
        Group g = analysis.groups().get(i);
        at("groups", i);
        spans("mentions", g.mentions());
        ref("parentId", g.parentId().orElse(null), GROUP);
      }
      for (int i = 0; i < analysis.persons().size(); i++) {
        Person p = analysis.persons().get(i);
        at("persons", i);
        spans("mentions", p.mentions());
        for (String a : p.affiliationIds()) {
          ref("affiliationIds", a, GROUP_OR_ORGANIZATION);
        }
      }
      for (int i = 0; i < analysis.places().size(); i++) {
        at("places", i);
        spans("mentions", analysis.places().get(i).mentions());
      }
      for (int i = 0; i < analysis.organizations().size(); i++) {
        at("organizations", i);
        spans("mentions", analysis.organizations().get(i).mentions());
      }
      for (int i = 0; i < analysis.events().size(); i++) {
        at("events", i);
        checkEvent(analysis.events().get(i));
      }
      for (int i = 0; i < analysis.forceEstimates().size(); i++) {
        ForceEstimate f = analysis.forceEstimates().get(i);
        at("forceEstimates", i);
        ref("groupId", f.groupId().orElse(null), GROUP);
        refs("placeIds", f.placeIds(), PLACE);
        refs("claimIds", f.claimIds(), CLAIM);
        count("count", f.count());
        if (f.asOf().isPresent()) {
          span("asOf.span", f.asOf().get().span().orElse(null));
        }
        span("evidence", f.evidence());
      }
      for (int i = 0; i < analysis.claims().size(); i++) {
        at("claims", i);
        checkClaim(analysis.claims().get(i));
      }
    }

    private void checkEvent(Event e) {
      refs("placeIds", e.placeIds(), PLACE);
      refs("groupIds", e.groupIds(), GROUP);
      refs("claimIds", e.claimIds(), CLAIM);
      for (int j = 0; j < e.participants().size(); j++) {
        Participant p = e.participants().get(j);
        inner("participants", j);
        ref("refId", p.refId().orElse(null), PARTICIPANT);
        span("span", p.span().orElse(null));
      }
      inner(null, 0);
      count("killed", e.killed().orElse(null));
      count("injured", e.injured().orElse(null));
      count("arrested", e.arrested().orElse(null));
      for (int j = 0; j < e.tollFigures().size(); j++) {
        TollFigure f = e.tollFigures().get(j);
        inner("tollFigures", j);
        ref("claimId", f.claimId().orElse(null), CLAIM);
        count("count", f.count());
        span("evidence", f.evidence().orElse(null));
      }
      inner(null, 0);
      if (e.date().isPresent()) {
        span("date.span", e.date().get().span().orElse(null));
      }
      span("trigger", e.trigger());
      span("evidence", e.evidence());
    }

    private void checkClaim(Claim c) {
      span("cueSpan", c.cueSpan().orElse(null));
      span("speaker.span", c.speaker().span().orElse(null));
      ref("speaker.personId", c.speaker().personId().orElse(null), PERSON);
      ref("speaker.organizationId", c.speaker().organizationId().orElse(null), ORGANIZATION);
      ref("speaker.groupId", c.speaker().groupId().orElse(null), GROUP);
      if (c.channel().isPresent()) {
        span("channel.span", c.channel().get().span().orElse(null));
        ref("channel.organizationId", c.channel().get().organizationId().orElse(null), ORGANIZATION);
      }
      span("content", c.content());
      String parent = c.parentClaimId().orElse(null);
      ref("parentClaimId", parent, CLAIM);
      if (c.id().equals(parent)) {
        throw new InvalidAnalysisException(InvalidAnalysisException.Reason.MISSING_REFERENCE,
            path("parentClaimId"), "a claim cannot be nested in itself");
      }
    }

    /** The record checked next is {@code list[index]}, with no nested record. */
    private void at(String list, int index) {
      this.list = list;
      this.index = index;
      this.inner = null;
    }

    /** The record checked next is {@code .inner[innerIndex]} of the current one; null: none. */
    private void inner(String inner, int innerIndex) {
      this.inner = inner;
      this.innerIndex = innerIndex;
    }

    /** The path of {@code field} of the record checked, e.g. {@code events[0].tollFigures[1].claimId}. */
    private String path(String field) {
      StringBuilder b = new StringBuilder(list).append('[').append(index).append(']');
      if (inner != null) {
        b.append('.').append(inner).append('[').append(innerIndex).append(']');
      }
      return b.append('.').append(field).toString();
    }

    /** Registers the ids of one list; the method references are constants, nothing is allocated. */
    private <T> void registerAll(String list, List<T> items, Function<T, String> id, String kind) {
      for (int i = 0; i < items.size(); i++) {
        register(list, i, id.apply(items.get(i)), kind);
      }
    }

    private void register(String list, int i, String id, String kind) {
      String previous = kindById.putIfAbsent(id, kind);
      if (previous != null) {
        throw new InvalidAnalysisException(InvalidAnalysisException.Reason.DUPLICATE_ID,
            list + "[" + i + "].id", "id '" + id + "' is already used by a " + previous);
      }
    }

    private void refs(String field, List<String> ids, String[] kinds) {
      for (int k = 0; k < ids.size(); k++) {
        ref(field, ids.get(k), kinds);
      }
    }

    /** {@code id} (null: none) names a record of one of {@code kinds}. */
    private void ref(String field, String id, String[] kinds) {
      if (id == null) {
        return;
      }
      String actual = kindById.get(id);
      for (String k : kinds) {
        if (k.equals(actual)) {
          return;
        }
      }
      throw new InvalidAnalysisException(InvalidAnalysisException.Reason.MISSING_REFERENCE, path(field),
          "no " + String.join(" or ", kinds) + " has id '" + id + "'"
              + (actual == null ? "" : " (it names a " + actual + ")"));
    }

    /** The span of {@code count} (null: no count) lies in the text, as {@code field.span}. */
    private void count(String field, Count count) {
      if (count != null && count.span().isPresent() && !fits(count.span().get())) {
        check(field + ".span", count.span().get());
      }
    }

    private void spans(String field, List<Span> spans) {
      for (int k = 0; k < spans.size(); k++) {
        Span s = spans.get(k);
        if (!fits(s)) {
          check(field + "[" + k + "]", s);
        }
      }
    }

    /** {@code s} (null: none) lies in the text and covers its own text. */
    private void span(String field, Span s) {
      if (s != null && !fits(s)) {
        check(field, s);
      }
    }

    private boolean fits(Span s) {
      return s.end() <= text.length() && text.regionMatches(s.start(), s.text(), 0, s.length());
    }

    private void check(String field, Span s) {
      if (s.end() > text.length()) {
        throw new InvalidAnalysisException(InvalidAnalysisException.Reason.SPAN_OUTSIDE_TEXT, path(field),
            "span [" + s.start() + ", " + s.end() + ") exceeds the text length " + text.length());
      }
      if (!text.regionMatches(s.start(), s.text(), 0, s.length())) {
        throw new InvalidAnalysisException(InvalidAnalysisException.Reason.SPAN_TEXT_MISMATCH, path(field),
            "span text '" + s.text() + "' differs from the article text '"
                + text.substring(s.start(), s.end()) + "'");
      }
    }
  }
}
