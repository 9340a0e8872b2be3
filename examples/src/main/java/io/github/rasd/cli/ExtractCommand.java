package io.github.rasd.cli;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rasd extract}: article files, or a JSON Lines stream, to analyses. */
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

  @Mixin ExportOutput export;

  @Override
  public Integer call() throws IOException {
    ArticleParser parser = ArticleParser.standard();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (jsonl) {
      if (export.requested()) {
        err.println("rasd extract: --format and --out apply to FILE input, not to --jsonl");
        return 2;
      }
      if (!files.isEmpty()) {
        err.println("rasd extract: --jsonl reads standard input; do not name files");
        return 2;
      }
      out.flush();
      JsonLinesBatch.Summary summary = new JsonLinesBatch(parser).run(System.in, System.out);
      if (summary.errors() > 0) {
        err.println("rasd extract: " + summary.errors() + " of " + summary.lines()
            + " lines gave an error record");
      }
      return 0;
    }
    if (files.isEmpty()) {
      err.println("rasd extract: name at least one FILE, or use --jsonl (see rasd extract --help)");
      return 2;
    }
    int failures = 0;
    io.github.rasd.export.AnalysisWriter output = export.open(out, err, compact);
    for (Path file : expand(files)) {
      try {
        Article article = withOptions(ArticleFiles.read(file));
        Analysis analysis = parser.parse(article);
        output.write(analysis);
      } catch (IOException | IllegalArgumentException e) {
        failures++;
        err.println("rasd extract: " + file + ": " + e.getMessage());
      }
      out.flush();
    }
    output.close();
    return failures == 0 ? 0 : 1;
  }

  /** The files named, a folder giving its .txt files in name order. */
  private static List<Path> expand(List<Path> named) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : named) {
      if (java.nio.file.Files.isDirectory(p)) {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
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
