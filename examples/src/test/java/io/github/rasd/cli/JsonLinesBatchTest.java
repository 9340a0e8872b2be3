package io.github.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.parsers.ArticleParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesBatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> run(byte[] input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonLinesBatch(ArticleParser.standard()).run(new ByteArrayInputStream(input), out);
    return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new AssertionError("output line is not JSON: " + l, e);
      }
    }).toList();
  }

  private static List<JsonNode> run(String input) throws IOException {
    return run(input.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void oneOutputLinePerInputLineInOrderWithErrorRecordsForBadLines() throws IOException {
    String input = String.join("\n",
        "{\"id\": \"a1\", \"text\": \"قتل ثلاثة جنود في هجوم\", \"published\": \"2019-04-10\"}",
        "{\"id\": \"a2\", \"text\": \"نص\"",
        "{\"id\": \"a3\", \"text\": \"نص آخر\", \"published\": null, \"url\": null}",
        "[1, 2]",
        "{\"id\": \"a5\", \"text\": 42}",
        "{\"id\": \"a6\", \"text\": \"نص\", \"published\": \"أمس\"}",
        "{\"id\": \"a7\", \"text\": \"نص أخير\", \"outlet\": \"Rasd\"}") + "\n";
    List<JsonNode> out = run(input);
    assertThat(out).hasSize(7);
    assertThat(out.get(0).at("/article/id").asText()).isEqualTo("a1");
    assertThat(out.get(0).at("/article/published").asText()).isEqualTo("2019-04-10");
    assertThat(out.get(1).get("error").asText()).startsWith("malformed JSON");
    assertThat(out.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(out.get(2).at("/article/id").asText()).isEqualTo("a3");
    assertThat(out.get(2).at("/article/published").isNull()).isTrue();
    assertThat(out.get(3).get("error").asText()).contains("JSON object");
    assertThat(out.get(4).get("id").asText()).isEqualTo("a5");
    assertThat(out.get(4).get("error").asText()).contains("'text' must be a string");
    assertThat(out.get(5).get("error").asText()).contains("published");
    assertThat(out.get(6).at("/article/outlet").asText()).isEqualTo("Rasd");
  }

  @Test
  void analysesAreValidAndReadBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonLinesBatch(ArticleParser.standard()).run(new ByteArrayInputStream(
        "{\"id\":\"x\",\"text\":\"هجوم\"}\n".getBytes(StandardCharsets.UTF_8)), out);
    Analysis back = RasdJson.readAnalysis(out.toString(StandardCharsets.UTF_8).strip());
    assertThat(back.article().text()).isEqualTo("هجوم");
  }

  @Test
  void invalidUtf8LineYieldsAnErrorAndTheNextLineIsRead() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write("{\"id\":\"a\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
    in.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    in.write("\"}\n{\"id\":\"b\",\"text\":\"سليم\"}\n".getBytes(StandardCharsets.UTF_8));
    List<JsonNode> out = run(in.toByteArray());
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("error").asText()).contains("UTF-8");
    assertThat(out.get(1).at("/article/id").asText()).isEqualTo("b");
  }

  @Test
  void binaryTextIsRejectedWithAnErrorRecord() throws IOException {
    List<JsonNode> out = run("{\"id\":\"bin\",\"text\":\"a\\u0000b\"}\n");
    assertThat(out.get(0).get("id").asText()).isEqualTo("bin");
    assertThat(out.get(0).get("error").asText()).contains("NUL");
  }

  @Test
  void lastLineWithoutNewlineAndCrlfLinesAreRead() throws IOException {
    List<JsonNode> out = run("{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}");
    assertThat(out).extracting(n -> n.at("/article/id").asText()).containsExactly("a", "b");
  }

  @Test
  void blankLineGivesAnErrorRecordSoThatLinesStayAligned() throws IOException {
    List<JsonNode> out = run("{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"c\",\"text\":\"y\"}\n");
    assertThat(out).hasSize(3);
    assertThat(out.get(1).get("error").asText()).contains("empty line");
    assertThat(out.get(2).at("/article/id").asText()).isEqualTo("c");
  }

  @Test
  void emptyInputGivesNoOutput() throws IOException {
    assertThat(run("")).isEmpty();
  }

  @Test
  void numericIdIsAccepted() throws IOException {
    assertThat(run("{\"id\": 17, \"text\": \"x\"}\n").get(0).at("/article/id").asText()).isEqualTo("17");
  }

  @Test
  void aFailureInsideTheLibraryKeepsTheIdAndCarriesNoStackFrames() throws IOException {
    // a number far beyond a long: read, or refused with a reason, never a crash of the run
    List<JsonNode> out = run("{\"id\":\"huge\",\"text\":\"قتل 99999999999999999999 شخصا\"}\n"
        + "{\"id\":\"next\",\"text\":\"نص\"}\n");
    assertThat(out).hasSize(2);
    JsonNode first = out.get(0);
    if (first.has("error")) {
      assertThat(first.get("id").asText()).isEqualTo("huge");
      assertThat(first.get("error").asText()).doesNotContain(" at ").doesNotContain("io.github.rasd.");
    } else {
      assertThat(first.at("/article/id").asText()).isEqualTo("huge");
    }
    assertThat(out.get(1).at("/article/id").asText()).isEqualTo("next");
  }

  @Test
  void aFiftyMegabyteLineMeetsRasdsLimitNotJacksons() throws IOException {
    int size = 50 * 1024 * 1024;
    ByteArrayOutputStream in = new ByteArrayOutputStream(size + 64);
    in.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
    byte[] body = new byte[size];
    java.util.Arrays.fill(body, (byte) 'a');
    in.write(body);
    in.write("\"}\n{\"id\":\"after\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8));
    List<JsonNode> out = run(in.toByteArray());
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("id").asText()).isEqualTo("big");
    assertThat(out.get(0).get("error").asText())
        .doesNotContain("20000000").doesNotContain("20,000,000")
        .contains(String.valueOf(ArticleParser.MAX_TEXT_LENGTH));
    assertThat(out.get(1).at("/article/id").asText()).isEqualTo("after");
  }

  @Test
  void aLineOverTheLineLimitIsSkippedWithRasdsMessage() throws IOException {
    byte[] line = new byte[JsonLinesBatch.MAX_LINE_BYTES + 10];
    java.util.Arrays.fill(line, (byte) 'x');
    ByteArrayOutputStream in = new ByteArrayOutputStream(line.length + 64);
    in.write(line);
    in.write("\n{\"id\":\"after\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8));
    List<JsonNode> out = run(in.toByteArray());
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("error").asText()).contains("MAX_LINE_BYTES").contains("64 MiB");
    assertThat(out.get(1).at("/article/id").asText()).isEqualTo("after");
  }

  @Test
  void severalThreadsGiveTheSameBytesInTheSameOrder() throws IOException {
    StringBuilder input = new StringBuilder();
    String[] texts = {"قتل ثلاثة جنود في هجوم شمال البلاد", "نص", "{bad", "اعتقلت الشرطة أربعة أشخاص",
        "أصيب خمسة مدنيين في انفجار عبوة ناسفة"};
    for (int i = 0; i < 40; i++) {
      String t = texts[i % texts.length];
      input.append(t.startsWith("{") ? t : "{\"id\":\"a" + i + "\",\"text\":\"" + t + "\"}").append('\n');
    }
    byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    ByteArrayOutputStream three = new ByteArrayOutputStream();
    JsonLinesBatch.Summary s1 = new JsonLinesBatch(ArticleParser.standard(), 1)
        .run(new ByteArrayInputStream(bytes), one);
    JsonLinesBatch.Summary s3 = new JsonLinesBatch(ArticleParser.standard(), 3)
        .run(new ByteArrayInputStream(bytes), three);
    assertThat(three.toByteArray()).isEqualTo(one.toByteArray());
    assertThat(s3).isEqualTo(s1);
    assertThat(s1.lines()).isEqualTo(40);
    assertThat(s1.errors()).isEqualTo(8);
  }

  @Test
  void aClosedOutputStopsTheRunInsteadOfParsingTheRestForNobody() {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      input.append("{\"id\":\"a").append(i).append("\",\"text\":\"نص\"}\n");
    }
    java.io.OutputStream closed = new java.io.OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > 2000) {
          throw new IOException("Broken pipe");
        }
      }
    };
    // like System.out: a PrintStream that swallows the error and keeps a flag
    PrintStream stdout = new PrintStream(closed, true, StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JsonLinesBatch(ArticleParser.standard(), 2)
        .run(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), stdout))
        .isInstanceOf(IOException.class).hasMessageContaining("closed");
  }
}
