package io.github.rasd.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point: formats by name, the files of a folder, JSON and JSON Lines read back. */
class ExportsTest {

  @TempDir Path dir;

  @Test
  void formatsAreNamedAsOnTheCommandLine() {
    assertThat(ExportFormat.forName("CSV")).isEqualTo(ExportFormat.CSV);
    assertThat(ExportFormat.forName(" geojson")).isEqualTo(ExportFormat.GEOJSON);
    assertThatThrownBy(() -> ExportFormat.forName("xlsx"))
        .hasMessageContaining("json, jsonl, csv, geojson, html");
  }

  @Test
  void aFolderGetsEveryFileOfTheFormat() throws IOException {
    for (ExportFormat f : ExportFormat.values()) {
      Path out = dir.resolve(f.cliName());
      List<Path> files = Exports.write(f, Fixtures.all(), out);
      assertThat(files).hasSize(f.fileNames().size()).allMatch(Files::isRegularFile);
      assertThat(Files.size(files.get(0))).isPositive();
    }
  }

  @Test
  void jsonLinesReadBackEqual() {
    List<Analysis> batch = Fixtures.all();
    String lines = Exports.toString(ExportFormat.JSONL, batch);
    String[] each = lines.split("\n");
    assertThat(each).hasSize(batch.size());
    for (int i = 0; i < each.length; i++) {
      assertThat(RasdJson.readAnalysis(each[i])).isEqualTo(batch.get(i));
    }
  }

  @Test
  void jsonIsAnObjectForOneAnalysisAndAnArrayForSeveral() throws IOException {
    Analysis one = Fixtures.handMade();
    assertThat(RasdJson.readAnalysis(Exports.toString(ExportFormat.JSON, one))).isEqualTo(one);
    List<Analysis> batch = Fixtures.all();
    JsonNode array = RasdJson.newMapper().readTree(Exports.toString(ExportFormat.JSON, batch));
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      assertThat(RasdJson.readAnalysis(array.get(i).toString())).isEqualTo(batch.get(i));
    }
    assertThat(Exports.toString(ExportFormat.JSON, List.of()).strip()).isEqualTo("[]");
  }

  @Test
  void anArticleWithNothingInItGivesEmptyTables() throws IOException {
    Analysis empty = Analysis.empty(io.github.rasd.model.Article.of("quiet", "انتهت المباراة بالتعادل."), "rasd test");
    Path out = dir.resolve("empty");
    Exports.write(ExportFormat.CSV, List.of(empty), out);
    assertThat(Files.readAllLines(out.resolve("events.csv"))).hasSize(1);
    assertThat(Files.readAllLines(out.resolve("claims.csv"))).hasSize(1);
    JsonNode geo = RasdJson.newMapper().readTree(Exports.toString(ExportFormat.GEOJSON, empty));
    assertThat(geo.get("features")).isEmpty();
    String html = Exports.toString(ExportFormat.HTML, empty);
    assertThat(html).contains("انتهت المباراة بالتعادل.").contains("no dated events").contains("no coordinates");
    assertThat(HtmlReportTest.kinds(html).values()).containsOnly(0);
  }
}
