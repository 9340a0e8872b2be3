package io.github.rasd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.parsers.ArticleParser;
import io.github.rasd.parsers.io.ArticleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analyses of the project's own articles are byte-identical to their committed snapshots:
 * a change meant to leave the output alone (a faster matcher, a cache) must leave every byte of
 * the JSON that {@code rasd extract} writes as it was.
 *
 * <p>The articles are the project's own (written for Rasd): the parser's fixtures
 * ({@code parsers/src/test/resources/fixtures}), {@code examples/articles} and
 * {@code eval/written-a}. The snapshot of {@code SET/NAME.txt} is
 * {@code src/test/resources/snapshots/SET/NAME.json}, the pretty JSON of {@link
 * RasdJson#writePretty} with a final newline, exactly as {@code rasd extract SET/NAME.txt} prints
 * it.
 *
 * <p>A change that is meant to move the output (a new rule, a new lexicon entry) regenerates the
 * snapshots, and the diff of the snapshots shows what it moved. From the repository root:
 *
 * <pre>
 * mvn -B -q -pl examples -am test -Dtest=AnalysisSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Drasd.snapshots.update=true
 * </pre>
 */
class AnalysisSnapshotTest {

  /** The article folders, relative to the examples module, and the name of their snapshot set. */
  private static final List<String[]> SETS = List.of(
      new String[] {"fixtures", "../parsers/src/test/resources/fixtures"},
      new String[] {"examples-articles", "articles"},
      new String[] {"written-a", "../eval/written-a"});

  /** Where the snapshots live, relative to the examples module. */
  private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

  /** Set to {@code true} to write the snapshots instead of comparing with them. */
  private static final boolean UPDATE = Boolean.getBoolean("rasd.snapshots.update");

  private static final ArticleParser PARSER = ArticleParser.standard();

  record Case(String set, Path article) {
    @Override
    public String toString() {
      return set + "/" + article.getFileName();
    }

    Path snapshot() {
      String name = article.getFileName().toString();
      return SNAPSHOTS.resolve(set).resolve(name.substring(0, name.length() - ".txt".length()) + ".json");
    }
  }

  static Stream<Case> articles() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String[] set : SETS) {
      try (Stream<Path> files = Files.list(Path.of(set[1]))) {
        files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
            .forEach(p -> out.add(new Case(set[0], p)));
      }
    }
    assertTrue(out.size() >= 40, "the project's articles are found: " + out.size());
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void analysisIsItsSnapshot(Case c) throws IOException {
    Analysis analysis = PARSER.parse(ArticleFiles.read(c.article()));
    String json = RasdJson.writePretty(analysis) + "\n";
    if (UPDATE) {
      Files.createDirectories(c.snapshot().getParent());
      Files.writeString(c.snapshot(), json, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(c.snapshot()), "no snapshot " + c.snapshot() + "; regenerate (see the class javadoc)");
    assertEquals(Files.readString(c.snapshot(), StandardCharsets.UTF_8), json,
        "the analysis of " + c + " differs from its snapshot; if the change is meant, regenerate (see the class javadoc)");
  }
}
