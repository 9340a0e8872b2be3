package io.github.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rasd extract --format … --out …}: the exports of rasd-export from the command line. */
class ExportOutputTest {

  @TempDir Path dir;
  private Path first;
  private Path second;


  @BeforeEach
  void articles() throws IOException {
    first = dir.resolve("a.txt");
    second = dir.resolve("b.txt");
    Files.writeString(first, "published: 2024-05-14\noutlet: وكالة الأنباء\n---\n"
        + "قتل جنديان في هجوم قرب مدينة القصرين أمس.", StandardCharsets.UTF_8);
    Files.writeString(second, "published: 2024-05-15\n---\nأعلنت الشرطة اعتقال ثلاثة مشتبه بهم في بغداد.",
        StandardCharsets.UTF_8);
  }

  @Test
  void csvIntoAFolderWritesTheThreeTables() throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("extract", "--format", "csv", "--out", out.toString(), first.toString(), second.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("events.csv", "force-estimates.csv", "claims.csv");
    List<String> events = Files.readAllLines(out.resolve("events.csv"), StandardCharsets.UTF_8);
    assertThat(events.get(0)).startsWith("event_date,year,time_precision,disorder_type,event_type");
    assertThat(events).hasSizeGreaterThan(1);
    assertThat(events.get(1)).startsWith("2024-05-13,2024,1,Political violence,");
    assertThat(out.resolve("claims.csv")).exists();
    assertThat(out.resolve("force-estimates.csv")).exists();
  }

  @Test
  void geojsonAndHtmlGoToStandardOutput() throws IOException {
    CliRun geo = CliRun.run("extract", "--format", "GeoJSON", first.toString());
    assertThat(geo.status()).isZero();
    JsonNode fc = new ObjectMapper().readTree(geo.out());
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.get("features").size()).isPositive();
    CliRun html = CliRun.run("extract", "--format", "html", first.toString(), second.toString());
    assertThat(html.status()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("dir=\"rtl\"").endsWith("</html>\n");
  }

  @Test
  void withoutAFormatTheOutputIsAsBefore() {
    CliRun plain = CliRun.run("extract", "--compact", first.toString());
    CliRun json = CliRun.run("extract", "--compact", "--format", "json", first.toString());
    assertThat(json.out()).isEqualTo(plain.out()).startsWith("{\"schemaVersion\"");
  }

  @Test
  void anUnknownFormatIsRefusedWithTheNames() {
    CliRun r = CliRun.run("extract", "--format", "xlsx", first.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("json, jsonl, csv, geojson, html");
  }

  @Test
  void jsonLinesGoToAnyFormatAndABadLineIsReportedOnStderr() throws IOException {
    Path out = dir.resolve("batch");
    byte[] input = ("{\"id\":\"a\",\"published\":\"2024-05-14\",\"text\":\"قتل جنديان في هجوم قرب مدينة القصرين أمس.\"}\n"
        + "{\"id\":\"b\"}\n"
        + "{\"id\":\"c\",\"published\":\"2024-05-15\",\"text\":\"قتل ثلاثة مدنيين في قصف على مدينة إدلب أمس.\"}\n")
        .getBytes(StandardCharsets.UTF_8);
    CliRun r = CliRun.runWithStdin(input, "extract", "--jsonl", "--format", "csv", "--out", out.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("rasd extract: line 2: ", "events.csv", "2 articles, 1 error");
    List<String> events = Files.readAllLines(out.resolve("events.csv"), StandardCharsets.UTF_8);
    assertThat(events.get(1)).startsWith("2024-05-13,2024,1,Political violence,");
    assertThat(events).anyMatch(line -> line.startsWith("2024-05-14,"));
    CliRun failing = CliRun.runWithStdin(input, "extract", "--jsonl", "--fail-on-error", "--format", "geojson");
    assertThat(failing.status()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(failing.out()).get("type").asText()).isEqualTo("FeatureCollection");
  }
}
