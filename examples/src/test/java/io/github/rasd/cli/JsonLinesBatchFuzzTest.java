package io.github.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rasd.json.RasdJson;
import io.github.rasd.parsers.ArticleParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz target of the JSONL batch reader ({@code rasd extract --jsonl}) on any bytes: one output
 * line per input line, each a JSON object that is either an analysis {@link RasdJson} reads or
 * an error record with its line number; no internal error. {@code mvn verify} replays the kept
 * corpus ({@code src/test/resources/io/github/rasd/cli/JsonLinesBatchFuzzTestInputs/batch/});
 * to fuzz, {@code JAZZER_FUZZ=1 mvn -pl examples -am test -Dtest=JsonLinesBatchFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class JsonLinesBatchFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonLinesBatch BATCH = new JsonLinesBatch(ArticleParser.standard());

  private static int lines(byte[] input) {
    int lines = 0;
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        lines++;
        start = i + 1;
      }
    }
    return start < input.length ? lines + 1 : lines;
  }

  @FuzzTest(maxDuration = "8m", maxExecutions = 2_000_000)
  void batch(byte[] input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BATCH.run(new ByteArrayInputStream(input), out);
    List<String> output = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(output).hasSize(lines(input));
    for (int i = 0; i < output.size(); i++) {
      JsonNode node = JSON.readTree(output.get(i));
      assertThat(node.isObject()).isTrue();
      if (node.has("error")) {
        assertThat(node.get("line").asLong()).isEqualTo(i + 1);
        String error = node.get("error").asText();
        // only the prefixes tell an internal error: the rest of a message may echo the input
        String rejected = "article '" + node.get("id").asText() + "': Rasd failed on this article (";
        boolean internal = error.startsWith("internal error: ") || error.startsWith(rejected);
        assertThat(internal).as(error).isFalse();
      } else {
        RasdJson.readAnalysis(output.get(i));
      }
    }
  }
}
