package io.github.rasd.fusion;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which source gave which figure: "قتل 12 جنديا" in one article, "مقتل 14 عسكريا بحسب مصدر أمني"
 * (14 soldiers killed according to a security source) in another are two reports of one toll.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigureReport.class)
@JsonDeserialize(as = ImmutableFigureReport.class)
@JsonPropertyOrder({"articleId", "eventId", "outlet", "low", "high", "text", "speaker"})
public abstract class FigureReport {

  /** The article that gives the figure. */
  public abstract String articleId();

  /** The event of that article. */
  public abstract String eventId();

  /** The article's outlet. */
  public abstract Optional<String> outlet();

  /** The smallest value the figure allows. */
  public abstract long low();

  /** The largest value it allows (the low value for an open "more than" figure). */
  public abstract long high();

  /** The figure as written, e.g. "نحو 20". */
  public abstract String text();

  /** Who gave it, when the article attributes it ("المرصد السوري", the observatory). */
  public abstract Optional<String> speaker();

  @Value.Check
  protected void check() {
    if (low() < 0 || high() < low()) {
      throw new IllegalStateException("figure needs 0 <= low <= high: " + low() + ", " + high());
    }
  }
}
