package io.github.rasd.benchmarks;

import io.github.rasd.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;

import org.openjdk.jmh.annotations.Level;

import org.openjdk.jmh.annotations.Setup;

import org.openjdk.jmh.annotations.TearDown;

/**
 * A peer over the same corpus, to run in the same JMH run as {@link ArticleParserBenchmark} so
 * that the ratio is measured rather than remembered: {@code luceneArabicAnalyzer} runs Lucene's
 * {@code ArabicAnalyzer} (standard tokenizer, lower case, decimal digits, stop words, Arabic
 * normalization and light stemming) over every article body once per operation and reads every
 * term. Its secondary result {@code chars} is per second, as the parser's is.
 */
public class PeerBenchmark extends CorpusBenchmark {

  private List<Article> articles;
  private long chars;
  private long bytes;
  private Analyzer lucene;

  /** Loads the corpus and builds the analyzer. */
  @Setup(Level.Trial)
  public void load() {
    Corpus c = loadCorpus();
    articles = c.articles();
    chars = c.chars();
    bytes = c.utf8Bytes();
    lucene = new ArabicAnalyzer();
    Corpus.report("peers", c, "per article: the " + articles.size() + " bodies");
  }

  /** Closes the analyzer. */
  @TearDown(Level.Trial)
  public void close() {
    lucene.close();
  }

  /** Lucene's ArabicAnalyzer over every article body; returns a digest of the terms. */
  @Benchmark
  public long luceneArabicAnalyzer(TextCounters counters) {
    long digest = 0;
    for (Article article : articles) {
      try (TokenStream ts = lucene.tokenStream("body", article.text())) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          digest += term.length();
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    counters.add(chars, bytes);
    return digest;
  }
}
