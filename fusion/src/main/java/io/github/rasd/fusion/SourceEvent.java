package io.github.rasd.fusion;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.Group;
import io.github.rasd.model.Place;
import io.github.rasd.model.Span;
import io.github.rasd.model.TollFigure;
import io.github.rasd.model.TollRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One article's report of an incident: an {@link io.github.rasd.model.Event} with the article
 * it came from (id, outlet, url, publication date) and the records it references resolved (its
 * places, groups and claims), so that it stands on its own outside its analysis.
 *
 * <p>Spans ({@link #trigger()}, {@link #evidence()}, spans inside places and claims) are UTF-16
 * offsets into the text of the article {@link #articleId()}.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceEvent.class)
@JsonDeserialize(as = ImmutableSourceEvent.class)
@JsonPropertyOrder({"key", "articleId", "eventId", "outlet", "url", "published", "type", "status",
    "date", "windowStart", "windowEnd", "places", "groups", "killed", "injured", "killedRange",
    "tollFigures", "trigger", "evidence", "claims", "confidence"})
public abstract class SourceEvent {

  /** {@code articleId/eventId}: unique in a corpus, the order of sources and the seed of ids. */
  @Value.Derived
  public String key() {
    return articleId() + "/" + eventId();
  }

  /** Id of the article that reports the event. */
  public abstract String articleId();

  /** Id of the event within its analysis, e.g. {@code "e1"}. */
  public abstract String eventId();

  /** The outlet that published the article. */
  public abstract Optional<String> outlet();

  /** Where the article was published. */
  public abstract Optional<String> url();

  /** The article's publication date. */
  public abstract Optional<LocalDate> published();

  /** What kind of incident the article reports. */
  public abstract EventType type();

  /** Whether it happened, as this article says. */
  public abstract EventStatus status();

  /** When it happened, as the article dates it. */
  public abstract Optional<DateRange> date();

  /**
   * First day the event may have happened: the date's start, or for an undated event two days
   * before publication (news reports the last days); empty when neither is known.
   */
  public abstract Optional<LocalDate> windowStart();

  /** Last day the event may have happened: the date's end, or the publication date. */
  public abstract Optional<LocalDate> windowEnd();

  /** The places of the event, most specific first. */
  public abstract List<Place> places();

  /** The armed groups involved. */
  public abstract List<Group> groups();

  /** How many were killed, when the article gives one figure. */
  public abstract Optional<Count> killed();

  /** How many were injured. */
  public abstract Optional<Count> injured();

  /** Low / best / high dead when the article's own sources disagree. */
  public abstract Optional<TollRange> killedRange();

  /** The competing figures of the article's sources, each with its claim. */
  public abstract List<TollFigure> tollFigures();

  /** The word that names the incident. */
  public abstract Span trigger();

  /** The sentence or clause that reports it. */
  public abstract Span evidence();

  /** The claims whose content reports it (who said so, to whom). */
  public abstract List<Claim> claims();

  /** The extractor's confidence in the event. */
  @Value.Default
  public double confidence() {
    return 1.0;
  }

  @Value.Check
  protected void check() {
    if (windowStart().isPresent() != windowEnd().isPresent()) {
      throw new IllegalStateException("a source event's window needs both ends: " + key());
    }
    if (windowStart().isPresent() && windowEnd().get().isBefore(windowStart().get())) {
      throw new IllegalStateException("window ends before it starts: " + key());
    }
  }
}
