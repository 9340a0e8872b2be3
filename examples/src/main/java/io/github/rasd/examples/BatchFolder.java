package io.github.rasd.examples;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.parsers.ArticleParser;
import io.github.rasd.parsers.io.ArticleFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses every {@code .txt} article file of a folder on all cores and writes one JSON line per
 * article to standard output, in file-name order; a file that fails yields an error line
 * {@code {"file": …, "error": …}}. Files are read by {@link ArticleFiles}, so a header's
 * {@code published} date anchors relative dates exactly as in {@code rasd extract}.
 *
 * <p>Run: {@code java -cp examples/target/rasd-examples-0.1.0-SNAPSHOT-cli.jar
 * io.github.rasd.examples.BatchFolder examples/articles}
 *
 * @since 0.1.0
 */
public final class BatchFolder {

  private BatchFolder() {}

  /** {@code args[0]}: the folder. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BatchFolder FOLDER");
      System.exit(2);
    }
    ArticleParser parser = ArticleParser.standard(); // one parser shared by all threads
    List<Path> files = ArticleFiles.expand(List.of(Path.of(args[0])));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    files.parallelStream()
        .map(file -> {
          try {
            Article article = ArticleFiles.read(file);
            Analysis analysis = parser.parse(article);
            return RasdJson.write(analysis);
          } catch (IOException | RuntimeException e) { // one bad file must not stop the others
            Map<String, String> error = new LinkedHashMap<>(); // fixed key order: same bytes
            error.put("file", file.toString());
            error.put("error", String.valueOf(e.getMessage()));
            return RasdJson.write(error);
          }
        })
        .forEachOrdered(out::println);
  }
}
