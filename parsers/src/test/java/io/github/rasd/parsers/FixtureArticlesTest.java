package io.github.rasd.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.Event;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.Group;
import io.github.rasd.model.Person;
import io.github.rasd.model.Place;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.io.ArticleFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole parser on the project's fixture articles (src/test/resources/fixtures, written for
 * Rasd, with gold in the evaluation kit's format; see its README): every named group, person and
 * place of the gold is found, every force estimate is found with its value, and the analysis
 * survives the JSON round trip. Names are compared after the kit's folding (alef forms, ta
 * marbuta, clitics and the words تنظيم / جماعة / حركة dropped).
 */
class FixtureArticlesTest {

  private static final ArticleParser PARSER = ArticleParser.standard();
  private static final ObjectMapper JSON = new ObjectMapper();

  record Fixture(String name, Article article, JsonNode gold) {
    String body() {
      return article.text();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Fixture> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(FixtureArticlesTest.class.getResource("/fixtures").toURI());
    List<Fixture> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Path gold = Path.of(txt.toString().replace(".txt", ".gold.json"));
        try (InputStream in = Files.newInputStream(gold)) {
          out.add(new Fixture(txt.getFileName().toString(), ArticleFiles.read(txt),
              JSON.readTree(in)));
        }
      }
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(10);
    return out.stream();
  }

  private static Analysis parse(Fixture f) {
    return PARSER.parse(f.article());
  }

  /** The evaluation kit's folding of names, so that this test judges as the scorer does. */
  static String fold(String s) {
    String t = s.replaceAll("[\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u0640]", "")
        .replaceAll("[إأآٱ]", "ا").replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و')
        .replace('ئ', 'ي').replaceAll("[\"'«»“”‘’()\\[\\]،,.:؛;!؟?\\-–—_/]", " ")
        .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String w : t.split("\\s+")) {
      if (w.isEmpty() || List.of("تنظيم", "جماعه", "حركه", "جبهه", "ما", "يسمي", "بـ", "ب").contains(w)) {
        continue;
      }
      String v = w;
      boolean stripped = false;
      for (String p : List.of("وال", "فال", "بال", "لل", "ال")) {
        if (v.startsWith(p) && v.length() - p.length() >= 2) {
          v = v.substring(p.length());
          stripped = true;
          break;
        }
      }
      if (!stripped && v.length() > 3 && (v.charAt(0) == 'و' || v.charAt(0) == 'ف')) {
        v = v.substring(1);
      }
      words.add(v);
    }
    return String.join(" ", words);
  }

  private static boolean anyNameMatches(List<String> ours, JsonNode goldNames) {
    for (JsonNode g : goldNames) {
      String fg = fold(g.asText());
      if (!fg.isEmpty() && ours.stream().map(FixtureArticlesTest::fold).anyMatch(fg::equals)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> names(Group g) {
    List<String> n = new ArrayList<>(List.of(g.name()));
    g.nameEn().ifPresent(n::add);
    n.addAll(g.aliases());
    g.mentions().stream().map(Span::text).forEach(n::add);
    return n;
  }

  private static List<String> names(Place p) {
    List<String> n = new ArrayList<>(List.of(p.name()));
    p.nameEn().ifPresent(n::add);
    p.mentions().stream().map(Span::text).forEach(n::add);
    return n;
  }

  private static List<String> names(Person p) {
    List<String> n = new ArrayList<>(List.of(p.name()));
    p.mentions().stream().map(Span::text).forEach(n::add);
    return n;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyNamedGroupPersonAndPlaceIsFound(Fixture f) {
    Analysis a = parse(f);
    for (JsonNode g : f.gold().path("groups")) {
      if (!g.path("optional").asBoolean()) {
        assertThat(a.groups()).as("group %s in %s", g.path("names"), f.name())
            .anySatisfy(x -> assertThat(anyNameMatches(names(x), g.path("names"))).isTrue());
      }
    }
    for (JsonNode p : f.gold().path("persons")) {
      assertThat(a.persons()).as("person %s in %s", p.path("names"), f.name())
          .anySatisfy(x -> assertThat(anyNameMatches(names(x), p.path("names"))).isTrue());
    }
    for (JsonNode p : f.gold().path("places")) {
      if (!p.path("optional").asBoolean()) {
        assertThat(a.places()).as("place %s in %s", p.path("names"), f.name())
            .anySatisfy(x -> assertThat(anyNameMatches(names(x), p.path("names"))).isTrue());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyForceEstimateIsFoundWithItsValue(Fixture f) {
    Analysis a = parse(f);
    for (JsonNode g : f.gold().path("forceEstimates")) {
      if (g.path("optional").asBoolean()) {
        continue;
      }
      long value = g.path("value").asLong();
      assertThat(a.forceEstimates()).as("estimate %s in %s", value, f.name())
          .extracting(ForceEstimate::count)
          .anySatisfy(c -> assertThat(bounds(c)).contains(value));
    }
  }

  private static List<Long> bounds(Count c) {
    List<Long> b = new ArrayList<>();
    c.min().ifPresent(v -> {
      b.add(v);
      b.add(v - 1);
    });
    c.max().ifPresent(v -> {
      b.add(v);
      b.add(v + 1);
    });
    return b;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void mostAttributedStatementsAreFound(Fixture f) {
    Analysis a = parse(f);
    int wanted = 0;
    int found = 0;
    for (JsonNode g : f.gold().path("claims")) {
      if (g.path("optional").asBoolean()) {
        continue;
      }
      wanted++;
      String content = g.path("content").asText();
      int at = f.body().indexOf(content);
      assertThat(at).as("gold content occurs in %s", f.name()).isNotNegative();
      int end = at + content.length();
      if (a.claims().stream().map(Claim::content).anyMatch(s -> s.start() < end && at < s.end())) {
        found++;
      }
    }
    // measured on 2026-11-29: every fixture has at least three quarters of its claims found
    assertThat(found).as("claims found in %s", f.name()).isGreaterThanOrEqualTo((int) Math.ceil(wanted * 0.75));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void analysisSurvivesTheJsonRoundTripByteForByte(Fixture f) {
    Analysis a = parse(f);
    String json = RasdJson.write(a);
    assertThat(RasdJson.write(RasdJson.readAnalysis(json))).isEqualTo(json);
    assertThat(RasdJson.write(parse(f))).as("deterministic").isEqualTo(json);
  }

  @org.junit.jupiter.api.Test
  void oneParserSharedByThreadsGivesTheSameAnalyses() throws Exception {
    List<Fixture> all = fixtures().toList();
    List<String> sequential = all.stream().map(f -> RasdJson.write(parse(f))).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Fixture f : all) {
          futures.add(pool.submit(() -> RasdJson.write(parse(f))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % all.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Of the events the gold of all fixtures asks for, this share at least must be found. */
  private static final double EVENT_RECALL = 0.9;
  /** Of the events found, this share at least must be gold events (optional ones included). */
  private static final double EVENT_PRECISION = 0.7;
  /** Of the gold events found, this share at least must have their status, date and counts. */
  private static final double EVENT_ARGUMENTS = 0.8;

  /**
   * The gold events of the fixtures, judged as the scorer does: an event is found when one of
   * ours has one of its types and one of its places; then its status, its date (the gold date
   * is a prefix of ours: "2024-07" for July) and its killed and arrested counts must agree.
   */
  @Test
  void goldEventsAreFoundWithTypeStatusDateAndCounts() throws IOException, URISyntaxException {
    int wanted = 0;
    int found = 0;
    int exact = 0;
    int ours = 0;
    int matchedOurs = 0;
    List<String> misses = new ArrayList<>();
    for (Fixture f : fixtures().toList()) {
      Analysis a = parse(f);
      ours += a.events().size();
      List<Event> used = new ArrayList<>();
      for (JsonNode g : f.gold().path("events")) {
        boolean optional = g.path("optional").asBoolean();
        Event match = a.events().stream().filter(e -> !used.contains(e) && eventMatches(a, e, g)
            && argumentsAgree(e, g)).findFirst().orElse(a.events().stream()
                .filter(e -> !used.contains(e) && eventMatches(a, e, g)).findFirst().orElse(null));
        if (!optional) {
          wanted++;
        }
        if (match == null) {
          if (!optional) {
            misses.add(f.name() + ": missed " + g.path("types") + " " + g.path("place"));
          }
          continue;
        }
        used.add(match);
        matchedOurs++;
        if (optional) {
          continue;
        }
        found++;
        if (argumentsAgree(match, g)) {
          exact++;
        } else {
          misses.add(f.name() + ": arguments of " + g.path("types") + " " + match.status() + " "
              + match.date().map(d -> d.start().toString()).orElse("-") + " killed "
              + match.killed().flatMap(Count::min).map(String::valueOf).orElse("-"));
        }
      }
    }
    assertThat((double) found / wanted).as("gold events found; %s", misses).isGreaterThanOrEqualTo(EVENT_RECALL);
    assertThat((double) matchedOurs / ours).as("events that are gold events: %d of %d", matchedOurs, ours).isGreaterThanOrEqualTo(EVENT_PRECISION);
    assertThat((double) exact / found).as("status, date and counts; %s", misses).isGreaterThanOrEqualTo(EVENT_ARGUMENTS);
  }

  private static boolean eventMatches(Analysis a, Event e, JsonNode g) {
    boolean type = false;
    for (JsonNode t : g.path("types")) {
      type |= t.asText().equals(e.type().name());
    }
    if (!type) {
      return false;
    }
    for (String id : e.placeIds()) {
      Place p = a.places().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      if (anyNameMatches(names(p), g.path("place"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean argumentsAgree(Event e, JsonNode g) {
    if (!g.path("status").asText().equals(e.status().name())) {
      return false;
    }
    if (g.hasNonNull("date") && e.date().map(d -> d.start().toString().startsWith(g.path("date").asText()))
        .orElse(false) == Boolean.FALSE) {
      return false;
    }
    return countAgrees(e.killed(), g.path("killed")) && countAgrees(e.arrested(), g.path("arrested"));
  }

  private static boolean countAgrees(java.util.Optional<Count> ours, JsonNode gold) {
    if (gold.isMissingNode() || gold.isNull()) {
      return true; // the gold states no count: any is accepted, as the scorer does
    }
    return ours.flatMap(Count::min).filter(v -> v == gold.asLong()).isPresent();
  }
}
