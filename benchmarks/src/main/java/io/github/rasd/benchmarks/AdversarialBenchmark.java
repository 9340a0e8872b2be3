package io.github.rasd.benchmarks;

import io.github.rasd.model.Article;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import io.github.rasd.parsers.ArticleRejectedException;
import io.github.rasd.parsers.knowledge.Gazetteer;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.SentenceSplitter;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import io.github.rasd.parsers.text.dates.DateParser;
import io.github.rasd.parsers.text.numbers.NumberParser;
import java.util.List;
import java.util.Optional;

import org.openjdk.jmh.annotations.Benchmark;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;

import org.openjdk.jmh.annotations.Param;

import org.openjdk.jmh.annotations.Setup;

import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The worst cases of issue #10: every stage, and the whole parse, on texts of adversarial shape
 * ({@link #shape}) of {@link #chars} UTF-16 units. Linear stages give the same {@code chars}
 * per second for every size; compare the figures of {@code -p chars=262144} and {@code -p
 * chars=5242880}, and each shape with {@code articles} (the corpus articles, each parsed as
 * itself: the time per character of a normal article).
 *
 * <p>A stage that fails on a shape (an {@code ArithmeticException} of a number above
 * {@code Long.MAX_VALUE}, issue #11) is measured up to its failure; the parse turns any failure
 * into an {@link ArticleRejectedException}.
 */
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 2, time = 3)
public class AdversarialBenchmark extends CorpusBenchmark {

  /**
   * The text: {@code articles} (the corpus, one article at a time), {@code concatenated} (the
   * corpus bodies repeated to the size, one article), {@code unclosedQuotes} (the clause of
   * issue #10 with an opening quote and no full stop), {@code closedQuotes} (the same closed,
   * with full stops), {@code longLine} (letters without a space), {@code digits}, {@code
   * punctuation}, {@code triggers} (incident words), {@code names} (persons and places), {@code
   * nestedClaims} (reported speech inside reported speech).
   */
  @Param({"articles", "concatenated", "unclosedQuotes", "closedQuotes", "longLine", "digits",
      "punctuation", "triggers", "names", "nestedClaims"})
  public String shape;

  /** Length of the text, in UTF-16 units (about; whole units of the shape). */
  @Param("262144")
  public int chars;

  private List<Article> articles;
  private TextView view;
  private List<Token> tokens;
  private long length;

  private static String repeat(String unit, int chars) {
    return unit.repeat(Math.max(1, chars / unit.length()));
  }

  /** Builds the text of the shape, its view and its tokens. */
  @Setup(Level.Trial)
  public void load() {
    Corpus c = loadCorpus();
    String text = switch (shape) {
      case "articles" -> c.concatenated();
      case "concatenated" -> c.repeatedTo(chars * 2).substring(0, chars);
      case "unclosedQuotes" -> repeat("وقال المتحدث باسم الجيش «إن الهجوم أسفر عن مقتل 3 جنود ", chars);
      case "closedQuotes" -> repeat("وقال المتحدث باسم الجيش «إن الهجوم أسفر عن مقتل 3 جنود». ", chars);
      case "longLine" -> repeat("قتلجنديفيهجومقربالموصل", chars);
      case "digits" -> "قتل " + repeat("1234567 ٣٠٠٠ ", chars);
      case "punctuation" -> "قتل " + repeat(".،؛!؟«»\"()-…", chars);
      case "triggers" -> repeat("هجوم انفجار اشتباكات غارة قتل مقتل اعتقال كمين، ", chars);
      case "names" -> repeat("قال محمد أحمد وعلي حسن في حلب والموصل وداعش والقاعدة ", chars);
      case "nestedClaims" -> repeat("وقال مصدر أمني إن ضابطا أكد أن شاهدا قال إن مسلحين أفادوا بأن ", chars);
      default -> throw new IllegalArgumentException("unknown shape " + shape);
    };
    articles = shape.equals("articles") ? c.articles()
        : List.of(ImmutableArticle.builder().id(shape).text(text).published(c.anchor()).build());
    length = articles.stream().mapToLong(a -> a.text().length()).sum();
    view = ArabicNormalizer.standard().view(text);
    tokens = Tokenizer.standard().tokenize(view);
    System.out.printf("%n[adversarial] %s: %d articles, %d chars, %d tokens%n", shape,
        articles.size(), length, tokens.size());
  }

  /** Normalization, tokens, clitic segmentations and sentences. */
  @Benchmark
  public void textEngine(TextCounters counters, Blackhole blackhole) {
    TextView v = ArabicNormalizer.standard().view(view.original());
    List<Token> t = Tokenizer.standard().tokenize(v);
    for (Token token : t) {
      blackhole.consume(token.segmentations());
    }
    blackhole.consume(SentenceSplitter.standard().split(t));
    counters.add(view.original().length(), 0);
  }

  /** The number parser. */
  @Benchmark
  public void numbers(TextCounters counters, Blackhole blackhole) {
    try {
      blackhole.consume(NumberParser.standard().parse(view, tokens));
    } catch (ArithmeticException e) { // issue #11
      blackhole.consume(e);
    }
    counters.add(view.original().length(), 0);
  }

  /** The date parser. */
  @Benchmark
  public void dates(TextCounters counters, Blackhole blackhole) {
    try {
      blackhole.consume(DateParser.standard().parse(view, tokens, Optional.of(articles.get(0).published().orElseThrow())));
    } catch (ArithmeticException e) { // issue #11
      blackhole.consume(e);
    }
    counters.add(view.original().length(), 0);
  }

  /** The gazetteer matcher and its resolution. */
  @Benchmark
  public void gazetteer(TextCounters counters, Blackhole blackhole) {
    Gazetteer g = Gazetteer.bundled();
    blackhole.consume(g.resolve(g.find(tokens)));
    counters.add(view.original().length(), 0);
  }

  /** The whole parse of every article of the shape. */
  @Benchmark
  public void parse(ArticleCounters counters, Blackhole blackhole) {
    for (Article a : articles) {
      try {
        blackhole.consume(ArticleParser.standard().parse(a));
      } catch (ArticleRejectedException e) {
        blackhole.consume(e);
      }
    }
    counters.add(articles.size(), length, 0);
  }
}
