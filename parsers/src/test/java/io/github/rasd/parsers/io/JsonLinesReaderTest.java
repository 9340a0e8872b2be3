package io.github.rasd.parsers.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.parsers.io.ArticleLine.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The JSON Lines reader of articles: one result per line, each bad line typed, ids kept. */
class JsonLinesReaderTest {

  private static List<ArticleLine> read(String input) throws IOException {
    JsonLinesReader reader = new JsonLinesReader(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    List<ArticleLine> out = new ArrayList<>();
    ArticleLine line;
    while ((line = reader.next()) != null) {
      out.add(line);
    }
    return out;
  }

  @ParameterizedTest(name = "{index}: {1} {0}")
  @CsvSource(delimiter = '|', value = {
    "{\"id\":\"a\"}                                   | MISSING_FIELD | a",
    "{\"id\":\"a\",\"text\":7}                        | BAD_FIELD     | a",
    "{\"id\":\"a\",\"text\":\"نص\",\"published\":\"أمس\"} | BAD_FIELD | a",
    "{\"text\":\"نص\"}                                | MISSING_FIELD | ",
    "[1]                                              | MALFORMED     | ",
    "{\"id\":\"a\",                                   | MALFORMED     | ",
    "'   '                                            | EMPTY         | ",
  })
  void aBadLineIsTypedAndKeepsTheIdItGave(String line, Problem problem, String id) throws IOException {
    ArticleLine read = read(line + "\n").get(0);
    assertThat(read.ok()).isFalse();
    assertThat(read.problem()).contains(problem);
    assertThat(read.id()).isEqualTo(java.util.Optional.ofNullable(id));
    assertThat(read.message()).isPresent();
  }

  @Test
  void goodLinesGiveArticlesWithTheirLineNumbers() throws IOException {
    List<ArticleLine> lines = read("{\"id\":\"a\",\"text\":\"نص\",\"published\":\"2024-01-02\","
        + "\"outlet\":\"وكالة\",\"extra\":1}\r\n{\"id\":2,\"text\":\"آخر\"}");
    assertThat(lines).extracting(ArticleLine::number).containsExactly(1L, 2L);
    assertThat(lines.get(0).article().orElseThrow().outlet()).contains("وكالة");
    assertThat(lines.get(1).article().orElseThrow().id()).isEqualTo("2");
  }

  @Test
  void aLineOverTheLimitIsSkippedToItsEnd() throws IOException {
    byte[] big = new byte[JsonLinesReader.MAX_LINE_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    byte[] next = "\n{\"id\":\"b\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[big.length + next.length];
    System.arraycopy(big, 0, all, 0, big.length);
    System.arraycopy(next, 0, all, big.length, next.length);
    JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(all));
    ArticleLine first = reader.next();
    assertThat(first.problem()).contains(Problem.TOO_LONG);
    assertThat(first.message().orElseThrow()).contains("MAX_LINE_BYTES");
    assertThat(reader.next().article().orElseThrow().id()).isEqualTo("b");
    assertThat(reader.next()).isNull();
  }
}
