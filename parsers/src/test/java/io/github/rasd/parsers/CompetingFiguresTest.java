package io.github.rasd.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Event;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.model.TollFigure;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Tolls that sources give differently are kept with their sources, as low/best/high. */
class CompetingFiguresTest {

  private static final ArticleParser PARSER = ArticleParser.standard();

  private static Analysis parse(String text) {
    return PARSER.parse(ImmutableArticle.builder().id("t").text(text)
        .published(LocalDate.of(2019, 4, 10)).build());
  }

  @Test
  void differingTollsAreKeptWithLowBestHigh() throws Exception {
    Analysis a = parse("قتل 15 جنديا في هجوم شنه مسلحون على موقع للجيش في شمال مالي أمس. وقدمت"
        + " مصادر محلية رقما أعلى للقتلى إذ قالت إن 20 جنديا قتلوا.");
    assertThat(a.events()).hasSize(1);
    Event e = a.events().get(0);
    assertThat(e.killed()).as("no single toll when sources differ").isEmpty();
    assertThat(e.tollFigures()).extracting(f -> f.count().min().orElseThrow()).containsExactly(15L, 20L);
    assertThat(e.tollFigures()).extracting(TollFigure::kind).containsOnly(TollFigure.Kind.KILLED);
    assertThat(e.killedRange()).hasValueSatisfying(r -> {
      assertThat(r.low()).isEqualTo(15);
      assertThat(r.best()).isEqualTo(15);
      assertThat(r.high()).isEqualTo(20);
    });
    String json = RasdJson.write(a);
    assertThat(json).contains("\"killedRange\"").contains("\"tollFigures\"");
    assertThat(RasdJson.readAnalysis(json)).isEqualTo(a);
  }

  @Test
  void agreeingTollsGiveOneNumber() {
    Analysis a = parse("قتل 15 جنديا في هجوم شنه مسلحون على موقع للجيش في شمال مالي أمس. وقالت"
        + " مصادر محلية إن حصيلة القتلى بلغت 15 جنديا.");
    assertThat(a.events()).hasSize(1);
    Event e = a.events().get(0);
    assertThat(e.killed()).hasValueSatisfying(c -> assertThat(c.min()).contains(15L));
    assertThat(e.tollFigures()).isEmpty();
    assertThat(e.killedRange()).isEmpty();
  }
}
