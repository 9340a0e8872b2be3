package io.github.rasd.examples;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Event;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import java.time.LocalDate;

/**
 * Parses one short article and prints its events, force estimates and claims, then the JSON.
 *
 * <p>Run: {@code java -cp examples/target/rasd-examples-*-cli.jar io.github.rasd.examples.QuickStart}
 *
 * @since 0.1.0
 */
public final class QuickStart {

  private QuickStart() {}

  /** Parses a built-in article. */
  public static void main(String[] args) {
    // "Security sources said that a National Guard patrol was ambushed yesterday on Mount
    // Chaambi in Kasserine, killing two guardsmen" (text written for this example)
    String text = "قالت مصادر أمنية إن دورية للحرس الوطني تعرضت أمس لكمين في جبل الشعانبي"
        + " بولاية القصرين، ما أسفر عن مقتل عنصرين من الحرس.";
    Article article = ImmutableArticle.builder().id("quick-start").text(text)
        .published(LocalDate.of(2024, 5, 14)).build();

    ArticleParser parser = ArticleParser.standard(); // build once, share between threads
    Analysis analysis = parser.parse(article);

    for (Event e : analysis.events()) {
      System.out.println("event " + e.type() + " " + e.status() + " on "
          + e.date().map(d -> d.start().toString()).orElse("?") + ": " + e.evidence().text());
    }
    for (ForceEstimate f : analysis.forceEstimates()) {
      System.out.println("force " + f.count().text() + " " + f.unit());
    }
    for (Claim c : analysis.claims()) {
      System.out.println("claim by " + c.speaker().text() + ": " + c.content().text());
    }
    System.out.println(RasdJson.writePretty(analysis));
  }
}
