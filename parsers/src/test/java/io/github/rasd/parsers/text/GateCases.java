package io.github.rasd.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.io.ArticleFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts the gate tests of the date and number scanners read with the gate and without it:
 * the first column of {@code dates.tsv} and {@code quantities.tsv} and the body of every fixture
 * article.
 */
public final class GateCases {

  private GateCases() {}

  /** Every case text, tables first, then the fixture bodies in file-name order. */
  public static List<String> texts() throws IOException, URISyntaxException {
    List<String> out = new ArrayList<>();
    for (String table : List.of("/io/github/rasd/parsers/text/dates/dates.tsv",
        "/io/github/rasd/parsers/text/numbers/quantities.tsv")) {
      for (DataFile.Line line : DataFile.read(GateCases.class, table)) {
        out.add(line.field(0));
      }
    }
    Path fixtures = Path.of(GateCases.class.getResource("/fixtures").toURI());
    for (Path p : ArticleFiles.expand(List.of(fixtures))) {
      out.add(ArticleFiles.read(p).text());
    }
    assertThat(out).hasSizeGreaterThan(800);
    return out;
  }
}
