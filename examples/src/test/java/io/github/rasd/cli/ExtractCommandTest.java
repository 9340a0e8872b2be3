package io.github.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;


  @Test
  void folderGivesOneAnalysisPerArticleFileInNameOrder() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "published: 2024-05-14\n---\nقتل جنديان في هجوم قرب مدينة القصرين أمس.",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "نص بلا ترويسة.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "not an article", StandardCharsets.UTF_8);
    CliRun r = CliRun.run("extract", "--compact", dir.toString());
    assertThat(r.status()).isZero();
    List<JsonNode> lines = r.out().lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new AssertionError(l, e);
      }
    }).toList();
    assertThat(lines).extracting(n -> n.at("/article/id").asText()).containsExactly("a", "b");
    assertThat(lines.get(1).at("/article/published").asText()).isEqualTo("2024-05-14");
    assertThat(lines.get(1).at("/events/0/killed/min").asInt()).isEqualTo(2);
  }

  @Test
  void unreadableFileIsReportedAndTheOthersGoOn() throws IOException {
    Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
    Files.writeString(dir.resolve("good.txt"), "نص.", StandardCharsets.UTF_8);
    CliRun r = CliRun.run("extract", "--compact", dir.resolve("bad.txt").toString(), dir.resolve("good.txt").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("bad.txt").contains("UTF-8");
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void publishedOptionOverridesTheHeader() throws IOException {
    Files.writeString(dir.resolve("c.txt"), "published: 2020-01-01\n---\nنص.", StandardCharsets.UTF_8);
    CliRun r = CliRun.run("extract", "--compact", "--published", "2024-02-03", dir.resolve("c.txt").toString());
    assertThat(r.out()).contains("\"published\":\"2024-02-03\"");
  }

  @Test
  void noFileIsAUsageError() {
    CliRun r = CliRun.run("extract");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("FILE");
  }

  @Test
  void lookupFindsAGroupThroughItsClitics() {
    CliRun r = CliRun.run("lookup", "لداعش");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\"id\":\"islamic-state\"");
  }

  @Test
  void parseNumbersPrintsBoundsPerLine() {
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("قتل أكثر من 20 شخصا\n".getBytes(StandardCharsets.UTF_8)));
      CliRun r = CliRun.run("parse", "numbers");
      assertThat(r.out()).contains("\"min\":21").contains("\"max\":null").contains("MORE_THAN");
    } finally {
      System.setIn(stdin);
    }
  }
}
