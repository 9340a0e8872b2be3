package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A news article as Rasd reads it: the text every span points into, and its metadata.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
@JsonPropertyOrder({"id", "published", "outlet", "url", "title", "text"})
public abstract class Article {

  /** The caller's identifier of the article, unique within a corpus. */
  public abstract String id();

  /** The body text; every {@link Span} in an analysis is a UTF-16 range of it. */
  public abstract String text();

  /** Where the article was published online. */
  public abstract Optional<String> url();

  /** The outlet that published it, e.g. "Sputnik Arabic". */
  public abstract Optional<String> outlet();

  /** The publication date, the anchor of relative dates such as "أمس" (yesterday). */
  public abstract Optional<java.time.LocalDate> published();

  /** The headline. */
  public abstract Optional<String> title();

  /** An article with only an id and a text. */
  public static Article of(String id, String text) {
    return ImmutableArticle.builder().id(id).text(text).build();
  }
}
