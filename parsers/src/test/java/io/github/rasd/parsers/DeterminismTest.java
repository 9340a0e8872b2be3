package io.github.rasd.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same articles give the same bytes whatever runs them: one thread or eight, any default
 * locale or time zone, and another JVM with another garbage collector, a 512 MB heap (in which a
 * 5 MB article must fit), and ISO-8859-1 as its default charset.
 */
class DeterminismTest {

  private static List<Article> articles;
  private static String reference;

  @BeforeAll
  static void reference() {
    articles = Determinism.articles();
    reference = Determinism.digest(Determinism.jsons(articles));
  }

  @Test
  void eightThreadsGiveTheBytesOfOne() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      // every article twice, interleaved, so that threads share the parser at the same time
      for (int round = 0; round < 2; round++) {
        for (Article a : articles) {
          futures.add(pool.submit(() -> io.github.rasd.json.RasdJson.write(ArticleParser.standard().parse(a))));
        }
      }
      List<String> jsons = new ArrayList<>();
      for (Future<String> f : futures.subList(0, articles.size())) {
        jsons.add(f.get());
      }
      assertThat(Determinism.digest(jsons)).isEqualTo(reference);
      List<String> again = new ArrayList<>();
      for (Future<String> f : futures.subList(articles.size(), futures.size())) {
        again.add(f.get());
      }
      assertThat(Determinism.digest(again)).isEqualTo(reference);
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  @Test
  void defaultLocaleAndTimeZoneChangeNothing() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      for (String tag : List.of("tr-TR", "ar-SA-u-nu-arab", "th-TH-u-ca-buddhist")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(TimeZone.getTimeZone(tag.startsWith("th") ? "Pacific/Kiritimati" : "America/St_Johns"));
        assertThat(Determinism.digest(Determinism.jsons(articles))).as(tag).isEqualTo(reference);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void anotherJvmWithAnotherCollectorCharsetAndLocaleGivesTheSameBytes() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx512m", "-XX:+UseSerialGC",
        "-Dfile.encoding=ISO-8859-1", "-Duser.language=ar", "-Duser.country=EG",
        "-Duser.timezone=Asia/Kathmandu", "-cp", System.getProperty("java.class.path"),
        Determinism.class.getName(), "big");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out.lines().toList()).as(out).containsExactly("big ok", reference);
  }
}
