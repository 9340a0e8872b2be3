package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement attributed to a source, with who said it, to whom, and exactly which words.
 *
 * <p>Example: «قال المتحدث باسم الحرس الوطني لوكالة رويترز إن ...» is a
 * {@link Kind#REPORTED_SPEECH} with cue "قال" (said), the spokesman as speaker and Reuters as
 * channel.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClaim.class)
@JsonDeserialize(as = ImmutableClaim.class)
@JsonPropertyOrder({"id", "kind", "cue", "cueSpan", "speaker", "channel", "content",
    "parentClaimId", "provenance"})
public abstract class Claim {

  /** How the words are attributed. */
  public enum Kind {
    /** Words in quotation marks: قال: «...». */
    DIRECT_QUOTE,
    /** Indirect speech: قال إن / أكد أن ... (said that). */
    REPORTED_SPEECH,
    /** An according-to clause: بحسب، وفق، نقلا عن (according to). */
    ACCORDING_TO
  }

  /** Who said it. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableSpeaker.class)
  @JsonDeserialize(as = ImmutableSpeaker.class)
  @JsonPropertyOrder({"text", "span", "kind", "personId", "organizationId", "groupId", "role"})
  public abstract static class Speaker {

    /** What sort of source the speaker is. */
    public enum Kind {
      /** A named person. */
      PERSON,
      /** An organisation: a ministry, an army, a group's statement. */
      ORGANIZATION,
      /** An outlet or an agency speaking for itself. */
      OUTLET,
      /** A collective or anonymous source: "مصادر أمنية" (security sources), "الخبراء". */
      COLLECTIVE,
      /** Not resolved. */
      UNKNOWN
    }

    /** The words naming the speaker, e.g. "مصادر أمنية". */
    public abstract String text();

    /** Where those words stand; empty for a speaker carried over from an earlier sentence. */
    public abstract Optional<Span> span();

    /** What sort of source it is. */
    @Value.Default
    public Kind kind() {
      return Kind.UNKNOWN;
    }

    /** Id of the person record, when the speaker is a named person. */
    public abstract Optional<String> personId();

    /** Id of the organisation record, when the speaker is an organisation or outlet. */
    public abstract Optional<String> organizationId();

    /** Id of the group record, when an armed group speaks (a claim of responsibility). */
    public abstract Optional<String> groupId();

    /** The speaker's role as an English slug, e.g. {@code "spokesperson"}. */
    public abstract Optional<String> role();
  }

  /** The outlet, agency or medium the words were given to. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableChannel.class)
  @JsonDeserialize(as = ImmutableChannel.class)
  @JsonPropertyOrder({"text", "span", "organizationId"})
  public abstract static class Channel {

    /** The words naming the channel, e.g. "لوكالة رويترز" (to Reuters). */
    public abstract String text();

    /** Where those words stand. */
    public abstract Optional<Span> span();

    /** Id of the outlet's organisation record, when resolved. */
    public abstract Optional<String> organizationId();
  }

  /** Id of this record within the analysis, e.g. {@code "c1"}. */
  public abstract String id();

  /** How the words are attributed. */
  public abstract Kind kind();

  /** The attribution word as written: "قال", "بحسب", "وأضاف". */
  public abstract String cue();

  /** Where the cue stands. */
  public abstract Optional<Span> cueSpan();

  /** Who said it. */
  public abstract Speaker speaker();

  /** To whom it was said, when the text names an outlet or a medium. */
  public abstract Optional<Channel> channel();

  /** Exactly the words attributed. */
  public abstract Span content();

  /** Id of the claim this one is reported within (an outlet citing an agency citing a man). */
  public abstract Optional<String> parentClaimId();

  /** How the record was made. */
  public abstract Provenance provenance();
}
