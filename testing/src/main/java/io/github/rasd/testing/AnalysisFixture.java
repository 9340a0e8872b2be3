package io.github.rasd.testing;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.ImmutableAnalysis;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.model.ImmutableChannel;
import io.github.rasd.model.ImmutableClaim;
import io.github.rasd.model.ImmutableCount;
import io.github.rasd.model.ImmutableEvent;
import io.github.rasd.model.ImmutableForceEstimate;
import io.github.rasd.model.ImmutableGroup;
import io.github.rasd.model.ImmutablePlace;
import io.github.rasd.model.ImmutableSpeaker;
import io.github.rasd.model.Provenance;
import io.github.rasd.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a hand-made {@link Analysis} for a test, without running the parser: every record is
 * named by words of the article's text, and its span is where those words first occur, so the
 * analysis passes the model's invariants (spans inside the text, ids that resolve). Record ids
 * ({@code g1}, {@code pl1}, {@code e1}…) are given in order; groups and places are referred to by
 * the key they were added with. Records get {@link Provenance#manual()}.
 *
 * <pre>{@code
 * // "Three soldiers were killed in an ambush by JNIM near Timbuktu, a security source told Reuters"
 * Analysis a = AnalysisFixture.article("a1",
 *         "قتل ثلاثة جنود في كمين نصبته جماعة نصرة الإسلام والمسلمين قرب تمبكتو، قال مصدر أمني لرويترز.")
 *     .group("jnim", "جماعة نصرة الإسلام والمسلمين")
 *     .place("timbuktu", "تمبكتو", "ML")
 *     .event(EventType.AMBUSH, "كمين").killed("ثلاثة", 3).at("timbuktu").by("jnim")
 *     .claim("مصدر أمني", "رويترز", "قتل ثلاثة جنود")
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe; one fixture per test.
 *
 * @since 0.1.0
 */
public final class AnalysisFixture {

  private final ImmutableArticle.Builder article = ImmutableArticle.builder();
  private final String text;
  private final Map<String, String> groupIds = new HashMap<>();
  private final Map<String, String> placeIds = new HashMap<>();
  private final List<ImmutableGroup> groups = new ArrayList<>();
  private final List<ImmutablePlace> places = new ArrayList<>();
  private final List<ImmutableEvent.Builder> events = new ArrayList<>();
  private final List<ImmutableForceEstimate> forces = new ArrayList<>();
  private final List<ImmutableClaim> claims = new ArrayList<>();

  private AnalysisFixture(String id, String text) {
    this.text = text;
    article.id(id).text(text);
  }

  /** A fixture over the article {@code id} with {@code text}. */
  public static AnalysisFixture article(String id, String text) {
    return new AnalysisFixture(id, text);
  }

  /** The article's publication date. */
  public AnalysisFixture published(LocalDate date) {
    article.published(date);
    return this;
  }

  /** A group with canonical id {@code canonicalId}, mentioned by {@code words}. */
  public AnalysisFixture group(String canonicalId, String words) {
    String id = "g" + (groups.size() + 1);
    groupIds.put(canonicalId, id);
    groups.add(ImmutableGroup.builder().id(id).canonicalId(canonicalId).name(words)
        .addMentions(span(words)).provenance(Provenance.manual()).build());
    return this;
  }

  /** A place known as {@code key}, mentioned by {@code words}, in the country {@code iso}. */
  public AnalysisFixture place(String key, String words, String iso) {
    String id = "pl" + (places.size() + 1);
    placeIds.put(key, id);
    places.add(ImmutablePlace.builder().id(id).canonicalId(key).name(words).countryCode(iso)
        .addMentions(span(words)).provenance(Provenance.manual()).build());
    return this;
  }

  /** An event of {@code type} that has happened, triggered by {@code trigger}; the next calls describe it. */
  public AnalysisFixture event(EventType type, String trigger) {
    Span t = span(trigger);
    events.add(ImmutableEvent.builder().id("e" + (events.size() + 1)).type(type).trigger(t)
        .evidence(t).provenance(Provenance.manual()));
    return this;
  }

  /** The last event's status. */
  public AnalysisFixture status(EventStatus status) {
    lastEvent().status(status);
    return this;
  }

  /** The last event killed {@code count}, written as {@code words}. */
  public AnalysisFixture killed(String words, long count) {
    lastEvent().killed(count(words, count));
    return this;
  }

  /** The last event injured {@code count}, written as {@code words}. */
  public AnalysisFixture injured(String words, long count) {
    lastEvent().injured(count(words, count));
    return this;
  }

  /** The last event arrested {@code count}, written as {@code words}. */
  public AnalysisFixture arrested(String words, long count) {
    lastEvent().arrested(count(words, count));
    return this;
  }

  /** The last event happened at the place added as {@code placeKey}. */
  public AnalysisFixture at(String placeKey) {
    lastEvent().addPlaceIds(known(placeIds, placeKey, "place"));
    return this;
  }

  /** The last event involved the group added as {@code canonicalId}. */
  public AnalysisFixture by(String canonicalId) {
    lastEvent().addGroupIds(known(groupIds, canonicalId, "group"));
    return this;
  }

  /** A force estimate of {@code count} fighters of the group {@code canonicalId}, written as {@code words}. */
  public AnalysisFixture forceEstimate(String canonicalId, String words, long count) {
    forces.add(ImmutableForceEstimate.builder().id("f" + (forces.size() + 1))
        .groupId(known(groupIds, canonicalId, "group")).count(count(words, count))
        .unit(ForceEstimate.Unit.FIGHTERS).evidence(span(words))
        .provenance(Provenance.manual()).build());
    return this;
  }

  /**
   * Reported speech: {@code speaker} said {@code content} to {@code channel} (null: to no
   * outlet); all three are words of the text.
   */
  public AnalysisFixture claim(String speaker, String channel, String content) {
    ImmutableClaim.Builder claim = ImmutableClaim.builder().id("c" + (claims.size() + 1))
        .kind(Claim.Kind.REPORTED_SPEECH).cue("قال")
        .speaker(ImmutableSpeaker.builder().text(speaker).span(span(speaker)).build())
        .content(span(content)).provenance(Provenance.manual());
    if (channel != null) {
      claim.channel(ImmutableChannel.builder().text(channel).span(span(channel)).build());
    }
    claims.add(claim.build());
    return this;
  }

  /**
   * The analysis.
   *
   * @throws io.github.rasd.model.InvalidAnalysisException when the records break an invariant
   */
  public Analysis build() {
    ImmutableAnalysis.Builder a = ImmutableAnalysis.builder().extractorVersion("fixture")
        .article(article.build()).addAllGroups(groups).addAllPlaces(places)
        .addAllForceEstimates(forces).addAllClaims(claims);
    events.forEach(e -> a.addEvents(e.build()));
    return a.build();
  }

  private ImmutableEvent.Builder lastEvent() {
    if (events.isEmpty()) {
      throw new IllegalStateException("add an event(...) first");
    }
    return events.get(events.size() - 1);
  }

  private Count count(String words, long count) {
    return ImmutableCount.builder().min(count).max(count).text(words).span(span(words)).build();
  }

  /** Where {@code words} first occur in the text. */
  private Span span(String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("'" + words + "' does not occur in the article text");
    }
    return Span.of(text, at, at + words.length());
  }

  private static String known(Map<String, String> ids, String key, String kind) {
    String id = ids.get(key);
    if (id == null) {
      throw new IllegalArgumentException("no " + kind + " '" + key + "' was added");
    }
    return id;
  }
}
