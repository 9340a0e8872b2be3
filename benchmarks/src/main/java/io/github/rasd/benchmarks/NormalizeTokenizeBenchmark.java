package io.github.rasd.benchmarks;

import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;

import org.openjdk.jmh.annotations.Level;

import org.openjdk.jmh.annotations.Setup;

import org.openjdk.jmh.infra.Blackhole;

/**
 * Normalization and tokenization of the corpus repeated to about 2 MB of UTF-8: one operation
 * is {@code ArabicNormalizer.standard().view(text)} then {@code Tokenizer.standard().tokenize}
 * over the whole text; {@code normalizeTokenizeSegment} also asks every token for its clitic
 * segmentations (computed lazily and cached by {@code Token}, so the number and date benchmarks,
 * whose tokens are built once in {@code @Setup}, do not pay for them after the first call). The
 * secondary results {@code chars} and {@code bytes} are per second.
 */
public class NormalizeTokenizeBenchmark extends CorpusBenchmark {

  private ArabicNormalizer normalizer;
  private Tokenizer tokenizer;
  private String text;
  private long bytes;

  /** Loads the corpus and repeats it to about 2 MB. */
  @Setup(Level.Trial)
  public void load() {
    Corpus c = loadCorpus();
    normalizer = ArabicNormalizer.standard();
    tokenizer = Tokenizer.standard();
    text = c.repeatedTo(Corpus.LARGE_TEXT_BYTES);
    bytes = Corpus.utf8Length(text);
    Corpus.report("normalizeTokenize", c, Corpus.size(text));
  }

  /** Normalizes and tokenizes the whole text; returns the tokens so nothing is optimized away. */
  @Benchmark
  public List<Token> normalizeTokenize(TextCounters counters) {
    TextView view = normalizer.view(text);
    List<Token> tokens = tokenizer.tokenize(view);
    counters.add(text.length(), bytes);
    return tokens;
  }

  /** Normalizes, tokenizes and segments every token of the whole text. */
  @Benchmark
  public void normalizeTokenizeSegment(TextCounters counters, Blackhole blackhole) {
    TextView view = normalizer.view(text);
    for (Token token : tokenizer.tokenize(view)) {
      List<Segmentation> segmentations = token.segmentations();
      blackhole.consume(segmentations);
    }
    counters.add(text.length(), bytes);
  }
}
