package io.github.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rasd.fusion.Incident;
import io.github.rasd.fusion.IncidentCsv;
import io.github.rasd.fusion.IncidentFuser;
import io.github.rasd.fusion.SourceEvent;
import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} on the bundled fusion gold's 22 articles gives exactly the
 * records of the single-machine path: the analyses {@code rasd extract --jsonl} writes
 * ({@code ArticleParser.parse} then {@code RasdJson.write}), the incident CSV's rows of every
 * event, and the incidents of {@code IncidentFuser}.
 */
class RasdSparkJobTest {

  private static final Path ARTICLES = Path.of("..", "eval", "fusion", "articles.jsonl");

  private static SparkSession spark;
  private static List<String> expectedAnalyses;

  @TempDir static Path out;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkSession.builder().master("local[2]").appName("rasd-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    ObjectMapper mapper = RasdJson.newMapper();
    ArticleParser parser = ArticleParser.standard();
    expectedAnalyses = new ArrayList<>();
    for (String line : Files.readAllLines(ARTICLES, StandardCharsets.UTF_8)) {
      JsonNode n = mapper.readTree(line);
      expectedAnalyses.add(RasdJson.write(parser.parse(ImmutableArticle.builder()
          .id(n.get("id").asText()).text(n.get("text").asText())
          .published(LocalDate.parse(n.get("published").asText()))
          .url(n.get("url").asText()).outlet(n.get("outlet").asText())
          .title(n.get("title").asText()).build())));
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void jsonLinesInAnalysesEventsAndIncidentsOutAsOnOneMachine() throws IOException {
    Path dir = out.resolve("jsonl");
    RasdSparkJob.run(spark, RasdSparkJob.Options.parse("--input", ARTICLES.toString(),
        "--output", dir.toString(), "--fuse"));

    assertThat(lines(dir.resolve("analyses"))).isEqualTo(sorted(expectedAnalyses));

    List<Analysis> analyses = expectedAnalyses.stream().map(RasdJson::readAnalysis).toList();
    List<String> expectedEvents = new ArrayList<>();
    for (Analysis a : analyses) {
      for (SourceEvent e : IncidentFuser.sourceEvents(a)) {
        expectedEvents.add(String.join("\u0001", IncidentCsv.eventRow(e)));
      }
    }
    List<String> events = new ArrayList<>();
    for (Row r : spark.read().parquet(dir.resolve("events").toString()).collectAsList()) {
      assertThat(r.schema().fieldNames()).containsExactlyElementsOf(IncidentCsv.COLUMNS);
      List<String> values = new ArrayList<>();
      for (int i = 0; i < r.length(); i++) {
        values.add(r.getString(i));
      }
      events.add(String.join("\u0001", values));
    }
    assertThat(sorted(events)).isEqualTo(sorted(expectedEvents));

    List<String> expectedIncidents = new ArrayList<>();
    for (Incident i : IncidentFuser.standard().fuse(analyses)) {
      expectedIncidents.add(RasdJson.write(i));
    }
    assertThat(lines(dir.resolve("incidents"))).isEqualTo(sorted(expectedIncidents));
    assertThat(expectedIncidents).hasSizeLessThan(analyses.size());
  }

  @Test
  void parquetInParquetOut() throws IOException {
    Path input = out.resolve("articles.parquet");
    spark.read().schema(RasdSparkJob.ARTICLE_SCHEMA).json(ARTICLES.toString())
        .write().parquet(input.toString());
    Path dir = out.resolve("parquet");
    RasdSparkJob.run(spark, RasdSparkJob.Options.parse("--input", input.toString(),
        "--output", dir.toString(), "--format", "parquet"));
    List<String> analyses = new ArrayList<>();
    for (Row r : spark.read().parquet(dir.resolve("analyses").toString()).collectAsList()) {
      analyses.add(r.getAs("analysis"));
      assertThat(RasdJson.readAnalysis(r.getAs("analysis")).article().id())
          .isEqualTo(r.<String>getAs("id"));
    }
    assertThat(sorted(analyses)).isEqualTo(sorted(expectedAnalyses));
  }

  private static List<String> lines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return sorted(lines);
  }

  private static List<String> sorted(List<String> values) {
    List<String> copy = new ArrayList<>(values);
    copy.sort(null);
    return copy;
  }
}
