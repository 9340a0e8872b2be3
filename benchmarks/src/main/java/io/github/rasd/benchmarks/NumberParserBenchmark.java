package io.github.rasd.benchmarks;

import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import io.github.rasd.parsers.text.numbers.NumberParser;
import io.github.rasd.parsers.text.numbers.Quantity;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;

import org.openjdk.jmh.annotations.Level;

import org.openjdk.jmh.annotations.Setup;

/**
 * Number parsing over the corpus repeated to about 2 MB of UTF-8: the view and tokens are built
 * in {@code @Setup}; one operation is {@code NumberParser.standard().parse(view, tokens)} over
 * the whole text; the secondary results {@code chars} and {@code bytes} are per second.
 */
public class NumberParserBenchmark extends CorpusBenchmark {

  private NumberParser parser;
  private TextView view;
  private List<Token> tokens;
  private long bytes;

  /** Loads the corpus, repeats it to about 2 MB, normalizes and tokenizes it. */
  @Setup(Level.Trial)
  public void load() {
    Corpus c = loadCorpus();
    String text = c.repeatedTo(Corpus.LARGE_TEXT_BYTES);
    parser = NumberParser.standard();
    view = ArabicNormalizer.standard().view(text);
    tokens = Tokenizer.standard().tokenize(view);
    bytes = Corpus.utf8Length(text);
    Corpus.report("numbers", c, Corpus.size(text) + ", " + tokens.size() + " tokens, "
        + parser.parse(view, tokens).size() + " quantities");
  }

  /** Finds the quantities of the whole text. */
  @Benchmark
  public List<Quantity> numbers(TextCounters counters) {
    List<Quantity> quantities = parser.parse(view, tokens);
    counters.add(view.original().length(), bytes);
    return quantities;
  }
}
