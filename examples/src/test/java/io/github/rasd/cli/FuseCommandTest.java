package io.github.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FuseCommandTest {

  @TempDir Path dir;

  private Path analyses;


  /** Two outlets' reports of one bombing, and an error record of the batch between them. */
  @BeforeEach
  void writeAnalyses() throws IOException {
    ArticleParser parser = ArticleParser.standard();
    String first = RasdJson.write(parser.parse(ImmutableArticle.builder().id("x1")
        .published(LocalDate.of(2025, 6, 14)).outlet("وكالة أ")
        .text("قتل ستة أشخاص اليوم السبت في تفجير انتحاري بسيارة مفخخة في العاصمة الصومالية مقديشو.")
        .build()));
    String second = RasdJson.write(parser.parse(ImmutableArticle.builder().id("x2")
        .published(LocalDate.of(2025, 6, 15)).outlet("صحيفة ب")
        .text("ارتفعت حصيلة التفجير الانتحاري الذي هز مقديشو أمس إلى ثمانية قتلى بحسب مصادر طبية.")
        .build()));
    analyses = dir.resolve("analyses.jsonl");
    Files.write(analyses, List.of(first, "{\"id\":\"x9\",\"line\":2,\"error\":\"missing field 'text'\"}",
        second), StandardCharsets.UTF_8);
  }

  @Test
  void twoReportsOfOneBombingBecomeOneIncidentAndTheErrorRecordIsCounted() {
    CliRun r = CliRun.run("fuse", analyses.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.out()).contains("\"articleId\":\"x1\"", "\"articleId\":\"x2\"");
    assertThat(r.err()).contains("2 analyses", "1 incidents", "1 error records skipped");
  }

  @Test
  void csvGivesAHeaderInAcledsColumnsAndOneRowPerIncident() {
    CliRun r = CliRun.run("fuse", "--csv", analyses.toString());
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("event_id_cnty,event_date,year,time_precision");
    assertThat(lines.get(1)).contains("2025-06-14", "Suicide bomb", "وكالة أ; صحيفة ب");
  }
}
