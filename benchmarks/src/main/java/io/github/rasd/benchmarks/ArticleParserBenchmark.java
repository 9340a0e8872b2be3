package io.github.rasd.benchmarks;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;

import org.openjdk.jmh.annotations.Level;

import org.openjdk.jmh.annotations.Setup;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole {@code ArticleParser.standard().parse(Article)}. {@code perArticle}: one operation
 * parses every corpus article once, each as its own article with its publication date;
 * {@code concatenated}: one operation parses a single article made of all bodies joined by blank
 * lines; {@code concatenatedLarge}: the same repeated to about 2 MB of UTF-8 (a check that the
 * parse stays linear in the text). The secondary results {@code articles}, {@code chars} and {@code bytes} are per second.
 */
public class ArticleParserBenchmark extends CorpusBenchmark {

  private ArticleParser parser;
  private List<Article> articles;
  private long chars;
  private long bytes;
  private Article concatenated;
  private long concatenatedBytes;
  private Article large;
  private long largeBytes;

  /** Loads the corpus and parses each article once, so a failing article stops the run. */
  @Setup(Level.Trial)
  public void load() {
    Corpus c = loadCorpus();
    parser = ArticleParser.standard();
    articles = c.articles();
    chars = c.chars();
    bytes = c.utf8Bytes();
    String text = c.concatenated();
    concatenated = ImmutableArticle.builder().id("corpus").text(text).published(c.anchor())
        .build();
    concatenatedBytes = Corpus.utf8Length(text);
    for (Article article : articles) {
      parser.parse(article);
    }
    parser.parse(concatenated);
    String largeText = c.repeatedTo(Corpus.LARGE_TEXT_BYTES);
    large = ImmutableArticle.builder().id("corpus-2MB").text(largeText).published(c.anchor())
        .build();
    largeBytes = Corpus.utf8Length(largeText);
    Corpus.report("articleParser", c, "per article: the " + articles.size()
        + " bodies; concatenated: " + Corpus.size(text) + "; concatenatedLarge: "
        + Corpus.size(largeText));
  }

  /** Parses every article of the corpus once. */
  @Benchmark
  public void perArticle(ArticleCounters counters, Blackhole blackhole) {
    for (Article article : articles) {
      blackhole.consume(parser.parse(article));
    }
    counters.add(articles.size(), chars, bytes);
  }

  /** Parses the concatenated corpus as one article. */
  @Benchmark
  public Analysis concatenated(ArticleCounters counters) {
    Analysis analysis = parser.parse(concatenated);
    counters.add(1, concatenated.text().length(), concatenatedBytes);
    return analysis;
  }

  /** Parses the concatenated corpus repeated to about 2 MB as one article. */
  @Benchmark
  public Analysis concatenatedLarge(ArticleCounters counters) {
    Analysis analysis = parser.parse(large);
    counters.add(1, large.text().length(), largeBytes);
    return analysis;
  }
}
