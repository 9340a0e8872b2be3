package io.github.rasd.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rasd.json.RasdJson;
import io.github.rasd.parsers.ArticleParser;
import io.github.rasd.parsers.io.ArticleLine;
import io.github.rasd.parsers.io.JsonLinesReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The batch contract of {@code rasd extract --jsonl}: one article per input line, read by
 * {@link JsonLinesReader}, one analysis per output line in the same order, the articles parsed
 * on several threads. A line that cannot be read or parsed yields
 * {@code {"id": …, "line": n, "error": "…"}}, with the id whenever the line named one and a
 * one-line reason without stack frames, and the run goes on.
 *
 * <p>Streaming: memory is bounded by the longest line times the lines in flight, not by the
 * number of lines.
 */
final class JsonLinesBatch {

  /** Longest input line accepted, in bytes; a longer line becomes an error record. */
  static final int MAX_LINE_BYTES = JsonLinesReader.MAX_LINE_BYTES;

  /** Counts of one run. */
  record Summary(long lines, long errors) {}

  private final ArticleParser parser;
  private final int threads;
  private final ObjectMapper mapper = RasdJson.newMapper();

  /** A batch on one thread. */
  JsonLinesBatch(ArticleParser parser) {
    this(parser, 1);
  }

  /** A batch on {@code threads} threads; the output is the same for every count. */
  JsonLinesBatch(ArticleParser parser, int threads) {
    this.parser = parser;
    this.threads = threads;
  }

  /** Reads every line of {@code in}, writes one line per input line to {@code out}. */
  Summary run(InputStream in, OutputStream out) throws IOException {
    return run(in, out, outcome -> { });
  }

  /**
   * Reads every line of {@code in}, writes one line per input line to {@code out}, and shows
   * each outcome to {@code observer} (progress, summary) in input order.
   */
  Summary run(InputStream in, OutputStream out, Consumer<Outcome> observer) throws IOException {
    PrintStream printer = new PrintStream(new BufferedOutputStream(out, 1 << 16), false,
        StandardCharsets.UTF_8);
    try {
      return run(in, outcome -> {
        printer.print(outcome.analysis().isPresent()
            ? RasdJson.write(outcome.analysis().get()) : errorRecord(outcome));
        printer.print('\n');
        printer.flush();
        // the reader went away (| head): stop reading and parsing; System.out keeps its own flag
        if (printer.checkError() || (out instanceof PrintStream ps && ps.checkError())) {
          throw new UncheckedIOException(new IOException("standard output is closed"));
        }
        observer.accept(outcome);
      });
    } finally {
      printer.flush();
    }
  }

  /**
   * Reads every line of {@code in} and gives each line's outcome, in input order, to
   * {@code sink}, which writes it where it belongs ({@code rasd extract --jsonl --format csv}
   * hands the analyses to an export writer). An {@link UncheckedIOException} from the sink stops
   * the run and surfaces as its cause.
   */
  Summary run(InputStream in, Consumer<Outcome> sink) throws IOException {
    long[] counts = new long[2];
    try {
      ParallelInOrder.run(lines(new JsonLinesReader(in)), threads, this::analyze, outcome -> {
        counts[0]++;
        if (!outcome.ok()) {
          counts[1]++;
        }
        sink.accept(outcome);
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Summary(counts[0], counts[1]);
  }

  private Outcome analyze(ArticleLine line) {
    long index = line.number() - 1;
    String source = "line " + line.number();
    if (line.article().isEmpty()) {
      return Outcome.failed(index, source, line.number(), line.id(), line.message().orElseThrow());
    }
    return Analyze.article(parser, index, source, line.number(), line.article().get());
  }

  private String errorRecord(Outcome outcome) {
    ObjectNode error = mapper.createObjectNode();
    if (outcome.id().isPresent()) {
      error.put("id", outcome.id().get());
    } else {
      error.putNull("id");
    }
    error.put("line", outcome.line());
    error.put("error", outcome.error().orElseThrow());
    return error.toString();
  }

  /** The reader's lines as an iterator; a failing stream surfaces as UncheckedIOException. */
  private static Iterator<ArticleLine> lines(JsonLinesReader reader) {
    return new Iterator<>() {
      private ArticleLine next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = reader.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          done = next == null;
        }
        return next != null;
      }

      @Override
      public ArticleLine next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ArticleLine line = next;
        next = null;
        return line;
      }
    };
  }
}
