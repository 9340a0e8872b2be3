package io.github.rasd.benchmarks;

import io.github.rasd.model.Article;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Properties;

import org.openjdk.jmh.annotations.Benchmark;

import org.openjdk.jmh.annotations.Level;

import org.openjdk.jmh.annotations.Setup;

import org.openjdk.jmh.annotations.Warmup;

/**
 * The second peer of {@link PeerBenchmark}: Stanford CoreNLP's Arabic segmenter (the CRF clitic
 * segmenter of {@code edu.stanford.nlp.international.arabic.process.ArabicSegmenter}, model
 * {@value #MODEL}) over every article body once per operation. CoreNLP and its models (180 MB)
 * are in the jar only when it is built with the {@code corenlp} profile ({@code -Pcorenlp}); the
 * segmenter is reached through a method handle, so that this class compiles without them, and
 * without them its setup fails with a message naming the profile. Its secondary result {@code
 * chars} is per second, as the parser's is.
 */
@Warmup(iterations = 2, time = 3)
public class CoreNlpPeerBenchmark extends CorpusBenchmark {

  /** The segmenter's class. */
  static final String SEGMENTER = "edu.stanford.nlp.international.arabic.process.ArabicSegmenter";

  /** The segmenter model in CoreNLP's Arabic models jar (a class-path resource). */
  static final String MODEL = "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";

  private List<Article> articles;
  private long chars;
  private long bytes;
  /** {@code String segmentString(String)} bound to the loaded segmenter. */
  private MethodHandle segment;

  /** Loads the corpus and the segmenter model. */
  @Setup(Level.Trial)
  public void load() throws Throwable {
    Corpus c = loadCorpus();
    articles = c.articles();
    chars = c.chars();
    bytes = c.utf8Bytes();
    Class<?> type;
    try {
      type = Class.forName(SEGMENTER);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("CoreNLP is not in this jar: build the benchmarks with -Pcorenlp", e);
    }
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Object segmenter = lookup.findConstructor(type, MethodType.methodType(void.class, Properties.class))
        .invoke(new Properties());
    lookup.findVirtual(type, "loadSegmenter", MethodType.methodType(void.class, String.class))
        .invoke(segmenter, MODEL);
    segment = lookup.findVirtual(type, "segmentString", MethodType.methodType(String.class, String.class))
        .bindTo(segmenter);
    Corpus.report("corenlp", c, "per article: the " + articles.size() + " bodies");
  }

  /** CoreNLP's Arabic segmenter over every article body; returns the length of its output. */
  @Benchmark
  public long coreNlpArabicSegmenter(TextCounters counters) throws Throwable {
    long digest = 0;
    for (Article article : articles) {
      String out = (String) segment.invokeExact(article.text());
      digest += out.length();
    }
    counters.add(chars, bytes);
    return digest;
  }
}
