package io.github.rasd.examples;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.parsers.ArticleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses every {@code .txt} file of a folder on all cores and writes one JSON line per article
 * to standard output, in file-name order; a file that fails yields an error line.
 *
 * <p>Run: {@code java -cp examples/target/rasd-examples-*-cli.jar
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
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    files.parallelStream()
        .map(file -> {
          try {
            String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int header = text.indexOf("\n---\n"); // the evaluation kit's header-then-body form
            String body = header >= 0 ? text.substring(header + 5).strip() : text;
            Analysis a = parser.parse(Article.of(id, body));
            return RasdJson.write(a);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (RuntimeException e) {
            return "{\"file\":\"" + file + "\",\"error\":" + RasdJson.write(String.valueOf(e.getMessage())) + "}";
          }
        })
        .forEachOrdered(System.out::println);
  }
}
