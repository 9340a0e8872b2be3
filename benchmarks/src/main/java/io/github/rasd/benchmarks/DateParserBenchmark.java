package io.github.rasd.benchmarks;

import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import io.github.rasd.parsers.text.dates.DateMention;
import io.github.rasd.parsers.text.dates.DateParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.openjdk.jmh.annotations.Benchmark;

import org.openjdk.jmh.annotations.Level;

import org.openjdk.jmh.annotations.Setup;

/**
 * Date parsing over the corpus repeated to about 2 MB of UTF-8: the view and tokens are built
 * in {@code @Setup}; one operation is {@code DateParser.standard().parse(view, tokens,
 * Optional.of(anchor))} over the whole text, the anchor being the first publication date of the
 * corpus; the secondary results {@code chars} and {@code bytes} are per second.
 */
public class DateParserBenchmark extends CorpusBenchmark {

  private DateParser parser;
  private TextView view;
  private List<Token> tokens;
  private Optional<LocalDate> anchor;
  private long bytes;

  /** Loads the corpus, repeats it to about 2 MB, normalizes and tokenizes it. */
  @Setup(Level.Trial)
  public void load() {
    Corpus c = loadCorpus();
    String text = c.repeatedTo(Corpus.LARGE_TEXT_BYTES);
    parser = DateParser.standard();
    view = ArabicNormalizer.standard().view(text);
    tokens = Tokenizer.standard().tokenize(view);
    anchor = Optional.of(c.anchor());
    bytes = Corpus.utf8Length(text);
    Corpus.report("dates", c, Corpus.size(text) + ", " + tokens.size() + " tokens, anchor "
        + c.anchor() + ", " + parser.parse(view, tokens, anchor).size() + " date mentions");
  }

  /** Finds the date expressions of the whole text. */
  @Benchmark
  public List<DateMention> dates(TextCounters counters) {
    List<DateMention> mentions = parser.parse(view, tokens, anchor);
    counters.add(view.original().length(), bytes);
    return mentions;
  }
}
