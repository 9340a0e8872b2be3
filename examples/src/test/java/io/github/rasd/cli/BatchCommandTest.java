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

/**
 * {@code rasd extract} over many inputs: threads, order, one line per failed input, the
 * summary, {@code --knowledge} files, the JSON Lines exit status. Articles are written for the
 * tests.
 */
class BatchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BUNDLED_ARTICLES = Path.of("articles");

  @TempDir Path dir;


  private static List<JsonNode> jsonLines(String out) {
    return out.lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + l, e);
      }
    }).toList();
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void threadsDoNotChangeTheOutputNorItsOrder() {
    CliRun one = CliRun.run("extract", "--compact", "--quiet", "--threads", "1", BUNDLED_ARTICLES.toString());
    CliRun four = CliRun.run("extract", "--compact", "--quiet", "--threads", "4", BUNDLED_ARTICLES.toString());
    assertThat(one.status()).isZero();
    assertThat(one.out().lines().count()).isGreaterThanOrEqualTo(4);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(jsonLines(one.out())).extracting(n -> n.at("/article/id").asText()).isSorted();
  }

  @Test
  void aFailedInputIsOneLineWithItsPathAndReasonAndTheOthersGoOn() throws IOException {
    // "30 soldiers were killed" with a number far beyond a long, then two ordinary files
    write("a-huge-number.txt", "قتل 99999999999999999999 جنديا في هجوم على ثكنة.");
    Files.write(dir.resolve("b-not-utf8.txt"), new byte[] {'x', (byte) 0xFF, 'y'});
    write("c-ok.txt", "قتل ثلاثة جنود في هجوم على ثكنة شمال البلاد.");
    CliRun r = CliRun.run("extract", "--compact", "--threads", "2", dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in");
    List<String> errors = r.err().lines().filter(l -> !l.contains(" error in ") && !l.contains(" errors in ")).toList();
    // the huge number is read or refused, never a crash: either way one line at most
    assertThat(errors).allSatisfy(l -> assertThat(l).startsWith("rasd extract: " + dir));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("b-not-utf8.txt").contains("UTF-8"));
    List<JsonNode> out = jsonLines(r.out());
    assertThat(out).extracting(n -> n.at("/article/id").asText()).contains("c-ok");
    assertThat(out.size() + errors.size()).isEqualTo(3);
  }

  @Test
  void aMissingFileIsNamedOnceWithTheReason() {
    Path missing = dir.resolve("missing.txt");
    CliRun r = CliRun.run("extract", missing.toString());
    assertThat(r.status()).isEqualTo(1);
    String line = r.err().lines().filter(l -> l.contains("missing.txt")).findFirst().orElseThrow();
    assertThat(line).isEqualTo("rasd extract: " + missing + ": no such file");
    assertThat(r.err().split("missing\\.txt", -1)).hasSize(2);
  }

  @Test
  void summaryCountsArticlesRecordsAndErrors() throws IOException {
    write("a.txt", "published: 2024-05-14\n---\nقتل جنديان في هجوم مسلح قرب مدينة القصرين أمس.");
    write("b.txt", "نص قصير عن الطقس.");
    Files.write(dir.resolve("c.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
    CliRun r = CliRun.run("extract", "--compact", dir.toString());
    String summary = r.err().lines().filter(l -> l.contains(" in ") && l.contains("articles/s")).findFirst().orElseThrow();
    assertThat(summary).startsWith("rasd extract: 2 articles, 1 error in ")
        .contains("articles/s").contains(" events, ").contains(" claims");
    assertThat(CliRun.run("extract", "--compact", "--quiet", dir.toString()).err())
        .doesNotContain("articles/s");
  }

  @Test
  void knowledgeFileAddsTheUsersGroup() throws IOException {
    // a fictional group: "the Brigade of the Green Valley"
    write("my-groups.txt", "[green-valley-brigade]\nname: كتيبة الوادي الأخضر\n"
        + "en: Green Valley Brigade\nkind: REBEL\nsource: written for this test\n");
    write("article.txt", "أعلنت كتيبة الوادي الأخضر مسؤوليتها عن الهجوم على نقطة للجيش.");
    Path article = dir.resolve("article.txt");
    CliRun without = CliRun.run("extract", "--compact", article.toString());
    CliRun with = CliRun.run("extract", "--compact", "--knowledge", dir.resolve("my-groups.txt").toString(),
        "--", article.toString());
    assertThat(without.out()).doesNotContain("green-valley-brigade");
    assertThat(with.status()).isZero();
    assertThat(jsonLines(with.out()).get(0).at("/groups/0/canonicalId").asText())
        .isEqualTo("green-valley-brigade");
  }

  @Test
  void knowledgeFileKindCanBeWrittenBeforeItsPath() throws IOException {
    write("mine.txt", "[green-valley-brigade]\nname: كتيبة الوادي الأخضر\n"
        + "en: Green Valley Brigade\nkind: REBEL\nsource: written for this test\n");
    write("article.txt", "هاجمت كتيبة الوادي الأخضر قافلة عسكرية.");
    CliRun r = CliRun.run("extract", "--compact", "--knowledge", "groups=" + dir.resolve("mine.txt"),
        "--", dir.resolve("article.txt").toString());
    assertThat(r.out()).contains("green-valley-brigade");
    CliRun unknownKind = CliRun.run("extract", "--knowledge", dir.resolve("mine.txt").toString(),
        "--", dir.resolve("article.txt").toString());
    assertThat(unknownKind.status()).isEqualTo(2);
    assertThat(unknownKind.err()).contains("groups=FILE");
  }

  @Test
  void badKnowledgeFileIsAUsageErrorAtItsLine() throws IOException {
    write("bad-groups.txt", "[x-group]\nname: جماعة س\nen: X\nkind: NOT_A_KIND\nsource: test\n");
    write("article.txt", "نص.");
    CliRun r = CliRun.run("extract", "--knowledge", dir.resolve("bad-groups.txt").toString(), "--",
        dir.resolve("article.txt").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("bad-groups.txt:4:").doesNotContain("\tat ");
  }

  @Test
  void jsonlFailedLineIsAnErrorRecordTheSummarySaysHowManyAndFailOnErrorSignalsIt() {
    byte[] input = ("{\"id\":\"a\",\"text\":\"قتل جندي في هجوم\"}\n{\"id\":\"b\"}\n")
        .getBytes(StandardCharsets.UTF_8);
    // the batch contract: the error record is the signal and the run exits 0 ...
    assertThat(CliRun.runWithStdin(input, "extract", "--jsonl").status()).isZero();
    // ... unless the caller asks for the exit status
    CliRun r = CliRun.runWithStdin(input, "extract", "--jsonl", "--fail-on-error", "--threads", "2");
    assertThat(r.status()).isEqualTo(1);
    List<JsonNode> out = jsonLines(r.out());
    assertThat(out).hasSize(2);
    assertThat(out.get(1).get("id").asText()).isEqualTo("b");
    assertThat(r.err()).contains("1 article, 1 error");
    CliRun ok = CliRun.runWithStdin("{\"id\":\"a\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8),
        "extract", "--jsonl");
    assertThat(ok.status()).isZero();
  }

  @Test
  void zeroThreadsIsAUsageError() {
    assertThat(CliRun.run("extract", "--threads", "0", "x.txt").status()).isEqualTo(2);
  }

  @Test
  void parseNumbersGoesOnAfterANumberFarBeyondALong() {
    // "99999999999999999999 people were killed", then "more than 20 people were killed"
    byte[] input = "قتل 99999999999999999999 شخصا\nقتل أكثر من 20 شخصا\n".getBytes(StandardCharsets.UTF_8);
    CliRun r = CliRun.runWithStdin(input, "parse", "numbers");
    List<JsonNode> out = jsonLines(r.out());
    assertThat(out).hasSize(2);
    assertThat(r.err()).doesNotContain("\tat ");
    JsonNode first = out.get(0);
    assertThat(first.has("numbers") || first.has("error")).as(first.toString()).isTrue();
    assertThat(r.status()).isEqualTo(first.has("error") ? 1 : 0);
    assertThat(out.get(1).toString()).contains("\"min\":21");
  }

  @Test
  void lookupFindsTheUsersOwnEntry() throws IOException {
    write("my-groups.txt", "[green-valley-brigade]\nname: كتيبة الوادي الأخضر\n"
        + "en: Green Valley Brigade\nkind: REBEL\nsource: written for this test\n");
    CliRun r = CliRun.run("lookup", "--knowledge", dir.resolve("my-groups.txt").toString(), "--",
        "وكتيبة", "الوادي", "الأخضر");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"id\":\"green-valley-brigade\"");
    assertThat(CliRun.run("lookup", "كتيبة الوادي الأخضر").status()).isEqualTo(1);
  }
}
