package io.github.rasd.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every benchmark over the corpus shares: throughput in operations per second, one fork,
 * the default warm-up and measurement (a benchmark may annotate its own), and the corpus folder
 * given with {@code -p corpus=DIR} (JMH inherits these annotations and the parameter).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public abstract class CorpusBenchmark {

  /** Corpus folder, or {@code default} (see the module README). */
  @Param(Corpus.DEFAULT)
  public String corpus;

  /** Loads the corpus the {@code corpus} parameter names. */
  protected Corpus loadCorpus() {
    return Corpus.load(corpus);
  }
}
