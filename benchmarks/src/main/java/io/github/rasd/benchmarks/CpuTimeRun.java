package io.github.rasd.benchmarks;

import io.github.rasd.model.Article;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole parse timed by the CPU time of the parsing thread, not by the wall clock: on a
 * machine shared with other jobs the wall clock counts the time the thread waited for a core,
 * its CPU time does not (much). One round parses every article of the corpus as {@code
 * ArticleParserBenchmark.perArticle} does; after a warm-up of {@code warm} CPU-seconds it runs
 * {@code rounds} measured stretches of at least {@code stretch} CPU-seconds each and prints, for
 * each, chars per CPU-second and bytes allocated per input char (the thread's allocation
 * counter), then the medians.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.rasd.benchmarks.CpuTimeRun /path/to/articles 30 5 3
 * </pre>
 *
 * <p>It reads only the public API ({@code ArticleParser.standard().parse}), so it can be compiled
 * on its own and run against an older version's jar for a paired comparison.
 */
public final class CpuTimeRun {

  private CpuTimeRun() {}

  /**
   * Runs the measurement.
   *
   * @param args corpus folder, warm-up CPU-seconds, rounds, CPU-seconds per round
   * @throws IOException when the corpus cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    double warm = Double.parseDouble(args[1]);
    int rounds = Integer.parseInt(args[2]);
    double stretch = Double.parseDouble(args[3]);
    List<Article> articles = new ArrayList<>();
    long chars = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String raw = Files.readString(p, StandardCharsets.UTF_8);
        int cut = raw.indexOf("\n---\n");
        String body = (cut >= 0 ? raw.substring(cut + 5) : raw).strip();
        ImmutableArticle.Builder a = ImmutableArticle.builder().id(p.getFileName().toString()).text(body);
        String header = cut >= 0 ? raw.substring(0, cut) : "";
        header.lines().filter(l -> l.startsWith("published:")).map(l -> l.substring(10).strip())
            .filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}")).findFirst()
            .ifPresent(v -> a.published(LocalDate.parse(v)));
        articles.add(a.build());
        chars += body.length();
      }
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    ArticleParser parser = ArticleParser.standard();
    long sink = 0;
    long t0 = threads.getCurrentThreadCpuTime();
    while (threads.getCurrentThreadCpuTime() - t0 < warm * 1e9) {
      for (Article a : articles) {
        sink += parser.parse(a).events().size();
      }
    }
    double[] rate = new double[rounds];
    double[] perChar = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long b0 = threads.getThreadAllocatedBytes(self);
      long n = 0;
      while (threads.getCurrentThreadCpuTime() - c0 < stretch * 1e9) {
        for (Article a : articles) {
          sink += parser.parse(a).events().size();
        }
        n++;
      }
      long cpu = threads.getCurrentThreadCpuTime() - c0;
      long bytes = threads.getThreadAllocatedBytes(self) - b0;
      rate[r] = n * chars / (cpu / 1e9);
      perChar[r] = (double) bytes / (n * chars);
      System.out.printf("round %d: %.3f M chars per CPU-second, %.0f B allocated per char%n",
          r + 1, rate[r] / 1e6, perChar[r]);
    }
    Arrays.sort(rate);
    Arrays.sort(perChar);
    System.out.printf("median: %.3f M chars per CPU-second, %.0f B/char (%d articles, %d chars; %d)%n",
        rate[rounds / 2] / 1e6, perChar[rounds / 2], articles.size(), chars, sink % 10);
  }
}
