package io.github.rasd.fusion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rasd.json.RasdJson;
import io.github.rasd.json.RasdJsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON Lines that {@code rasd extract --jsonl} writes, one analysis a line, into the
 * source events of each analysis. An error record of the batch ({@code {"id","line","error"}})
 * is skipped and counted; a line that is no analysis is skipped and reported with its number.
 * Only the events are kept, not the articles' texts, so memory grows with the events alone.
 *
 * @since 0.2.0
 */
public final class AnalysisLines {

  /**
   * What one read gave.
   *
   * @param events the source events of every analysis read, in input order
   * @param analyses how many analyses were read
   * @param errorRecords how many lines were error records of the batch
   * @param unreadable one message per line that is neither, {@code "line N: reason"}
   */
  public record Result(List<SourceEvent> events, long analyses, long errorRecords,
      List<String> unreadable) {}

  private static final ObjectMapper MAPPER = RasdJson.newMapper();

  private AnalysisLines() {}

  /** Reads every line of {@code in}; the caller closes it. */
  public static Result read(BufferedReader in) throws IOException {
    List<SourceEvent> events = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    long analyses = 0;
    long errors = 0;
    String line;
    long number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        unreadable.add("line " + number + ": malformed JSON: " + e.getOriginalMessage());
        continue;
      }
      if (node != null && node.isObject() && node.has("error") && !node.has("article")) {
        errors++;
        continue;
      }
      try {
        events.addAll(IncidentFuser.sourceEvents(RasdJson.readAnalysis(line)));
        analyses++;
      } catch (RasdJsonException | IllegalArgumentException | IllegalStateException e) {
        unreadable.add("line " + number + ": not an analysis: " + e.getMessage());
      }
    }
    return new Result(List.copyOf(events), analyses, errors, List.copyOf(unreadable));
  }
}
