package io.github.rasd.cli;

import io.github.rasd.export.AnalysisWriter;
import io.github.rasd.model.Article;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import io.github.rasd.parsers.io.ArticleFileException;
import io.github.rasd.parsers.io.ArticleFiles;
import io.github.rasd.parsers.knowledge.KnowledgeDataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rasd extract}: article files, or a JSON Lines stream, to analyses, on all cores, in
 * input order. A failed input prints one line on stderr (file mode) or one error record (JSON
 * Lines mode) and the others go on; the exit status is 1 when any input failed, 2 on a usage
 * error.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles and prints one Analysis JSON per article.",
      "Files are plain UTF-8 text, or a header (url:, outlet:, published:, title:), a line ---,"
          + " then the body.",
      "With --jsonl, reads one article per line on standard input as"
          + " {\"id\",\"text\",\"published\",\"url\",\"outlet\",\"title\"} and writes one"
          + " analysis per line, in order; a bad line yields {\"id\",\"line\",\"error\"}."
          + " With --jsonl and --format or --out, the analyses go to that format and a bad line"
          + " is reported on stderr as rasd extract: line N: reason.",
      "Exit status: 0 when every input was parsed, 1 when a file failed (reported on stderr),"
          + " 2 on a usage or knowledge-file error. With --jsonl a failed line is an error record"
          + " and the exit status stays 0 unless --fail-on-error is given."
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Article files to read; a folder stands for the .txt files in it.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--jsonl", description = "Batch mode: JSON Lines on stdin, JSON Lines on stdout.")
  boolean jsonl;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date, the anchor of relative dates (overrides the file header).")
  LocalDate published;

  @Option(names = "--outlet", description = "Outlet that published the article(s).")
  String outlet;

  @Option(names = "--url", description = "URL of the article.")
  String url;

  @Option(names = "--compact", description = "One line of JSON per article instead of indented JSON.")
  boolean compact;

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles parsed at once (default: the machine's cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--knowledge", paramLabel = "[KIND=]FILE", arity = "1..*",
      description = "Your own groups, places, organizations, outlets or titles, in the bundled"
          + " files' formats, beside the bundled ones; KIND is read from the file name when it"
          + " holds group, place, organization, outlet or title.")
  List<String> knowledge = new ArrayList<>();

  @Option(names = {"-q", "--quiet"},
      description = "No progress bar and no summary on stderr (only errors).")
  boolean quiet;

  @Option(names = "--fail-on-error",
      description = "With --jsonl: exit 1 when a line gave an error record (by default the run"
          + " exits 0, as the batch contract asks, and stderr says how many lines failed).")
  boolean failOnError;

  @Mixin ExportOutput export;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      err.println("rasd extract: --threads must be at least 1");
      return 2;
    }
    if (jsonl && !files.isEmpty()) {
      err.println("rasd extract: --jsonl reads standard input; do not name files");
      return 2;
    }
    if (!jsonl && files.isEmpty()) {
      err.println("rasd extract: name at least one FILE, or use --jsonl (see rasd extract --help)");
      return 2;
    }
    ArticleParser parser;
    try {
      parser = KnowledgeFiles.parser(knowledge);
    } catch (KnowledgeDataException | IllegalArgumentException e) {
      err.println("rasd extract: " + e.getMessage());
      return 2;
    }
    BatchSummary summary = new BatchSummary();
    boolean showProgress = !quiet && Progress.stderrIsTerminal();
    if (jsonl) {
      out.flush();
      JsonLinesBatch batch = new JsonLinesBatch(parser, threads);
      AnalysisWriter output = export.requested() ? export.open(out, err, compact) : null;
      try (Progress progress = Progress.open(showProgress ? Progress.stdinLines() : -1,
          showProgress)) {
        Consumer<Outcome> counted = outcome -> {
          summary.add(outcome);
          progress.step();
        };
        if (output == null) {
          batch.run(System.in, System.out, counted);
        } else {
          batch.run(System.in, fileOutput(output, out, err).andThen(counted));
          output.close();
        }
      } catch (IOException e) {
        err.println("rasd extract: " + e.getMessage());
        return 1;
      }
      if (!quiet || summary.errors() > 0) {
        err.println("rasd extract: " + summary.line());
      }
      return summary.errors() == 0 || !failOnError ? 0 : 1;
    }
    List<Path> inputs;
    try {
      inputs = ArticleFiles.expand(files);
    } catch (ArticleFileException e) {
      err.println("rasd extract: " + e.getMessage());
      return 1;
    }
    AnalysisWriter output = export.open(out, err, compact);
    Consumer<Outcome> sink = fileOutput(output, out, err);
    try (Progress progress = Progress.open(inputs.size(), showProgress)) {
      ParallelInOrder.run(IntStream.range(0, inputs.size()).iterator(), threads,
          i -> analyze(parser, i, inputs.get(i)),
          outcome -> {
            sink.accept(outcome);
            summary.add(outcome);
            progress.step();
          });
    } catch (UncheckedIOException e) {
      err.println("rasd extract: " + e.getCause().getMessage());
      return 1;
    }
    output.close();
    if (inputs.size() > 1 && !quiet) {
      err.println("rasd extract: " + summary.line());
    }
    err.flush();
    return summary.errors() == 0 ? 0 : 1;
  }

  /**
   * What file mode does with each outcome, in input order: the analysis to the writer that
   * {@code --format} and {@code --out} chose (JSON on stdout by default), or one line
   * {@code rasd extract: PATH: reason} on stderr.
   */
  Consumer<Outcome> fileOutput(AnalysisWriter output, PrintWriter out, PrintWriter err) {
    return outcome -> {
      if (outcome.analysis().isPresent()) {
        try {
          output.write(outcome.analysis().get());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.flush();
        // the reader went away (| head): stop; System.out under the writer keeps its own flag
        if (out.checkError() || System.out.checkError()) {
          throw new UncheckedIOException(new IOException("standard output is closed"));
        }
      } else {
        err.println("rasd extract: " + outcome.source() + ": " + outcome.error().orElseThrow());
        err.flush();
      }
    };
  }

  /** Reads and parses the {@code i}-th file, on a worker thread. */
  private Outcome analyze(ArticleParser parser, int i, Path file) {
    Article article;
    try {
      article = withOptions(ArticleFiles.read(file));
    } catch (ArticleFileException e) {
      return Outcome.failed(i, file.toString(), 0, Optional.of(ArticleFiles.idOf(file)),
          e.reason());
    } catch (IllegalArgumentException e) {
      return Outcome.failed(i, file.toString(), 0, Optional.of(ArticleFiles.idOf(file)),
          e.getMessage());
    }
    return Analyze.article(parser, i, file.toString(), 0, article);
  }

  private Article withOptions(Article article) {
    ImmutableArticle a = ImmutableArticle.copyOf(article);
    if (published != null) {
      a = a.withPublished(published);
    }
    if (outlet != null) {
      a = a.withOutlet(outlet);
    }
    if (url != null) {
      a = a.withUrl(url);
    }
    return a;
  }
}
