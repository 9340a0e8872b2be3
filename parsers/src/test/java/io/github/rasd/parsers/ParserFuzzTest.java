package io.github.rasd.parsers;

import static io.github.rasd.parsers.fuzz.FuzzCheck.require;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rasd.json.RasdJson;
import io.github.rasd.json.RasdJsonException;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.fuzz.FuzzInput;
import io.github.rasd.parsers.knowledge.Gazetteer;
import io.github.rasd.parsers.knowledge.GazetteerMatch;
import io.github.rasd.parsers.knowledge.ResolvedMention;
import io.github.rasd.parsers.text.dates.DateMention;
import io.github.rasd.parsers.text.dates.DateParser;
import io.github.rasd.parsers.text.numbers.NumberParser;
import io.github.rasd.parsers.text.numbers.Quantity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz targets of the parsers, the article parser and the JSON form. {@code mvn verify} replays
 * the kept corpus ({@code src/test/resources/io/github/rasd/parsers/ParserFuzzTestInputs/<target>/});
 * to fuzz one target, {@code JAZZER_FUZZ=1 mvn -pl parsers -am test
 * -Dtest=ParserFuzzTest#articleParser -Dsurefire.failIfNoSpecifiedTests=false} (see the README).
 */
class ParserFuzzTest {

  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  /** The anchor date of the first two bytes: within ±90 years of 2024. */
  private static Optional<LocalDate> anchor(byte[] data) {
    if (data.length < 2) {
      return Optional.empty();
    }
    int days = (short) (((data[0] & 0xFF) << 8) | (data[1] & 0xFF));
    return Optional.of(BASE.plusDays(days));
  }

  private static void roundTrips(String text, Span s) {
    require(s.end() <= text.length() && text.startsWith(s.text(), s.start()), "span %s", s);
  }

  /** Numbers: spans are substrings of the text, in order; a count's bounds are ordered. */
  @FuzzTest(maxDuration = "8m", maxExecutions = 2_000_000)
  void numbers(byte[] data) {
    String text = FuzzInput.text(data);
    List<Quantity> quantities = NumberParser.standard().parse(text);
    int end = 0;
    for (Quantity q : quantities) {
      roundTrips(text, q.span());
      require(q.span().start() >= end, "quantity %s after %d", q, end);
      end = q.span().end();
      q.countedNoun().ifPresent(n -> roundTrips(text, n));
      if (q.min().isPresent() && q.max().isPresent()) {
        require(q.min().get() <= q.max().get(), "bounds of %s", q);
      }
    }
  }

  /** Dates against any anchor: spans are substrings of the text; every range is ordered. */
  @FuzzTest(maxDuration = "8m", maxExecutions = 2_000_000)
  void dates(byte[] data) {
    String text = FuzzInput.text(data, Math.min(2, data.length));
    List<DateMention> mentions = DateParser.standard().parse(text, anchor(data));
    for (DateMention m : mentions) {
      roundTrips(text, m.span());
      DateRange r = m.range();
      require(!r.start().isAfter(r.end()), "range of %s", m);
    }
  }

  /**
   * The gazetteer matcher: matches in order, not overlapping, their spans substrings of the
   * text; resolving keeps every match; looking up any string never fails.
   */
  @FuzzTest(maxDuration = "8m", maxExecutions = 2_000_000)
  void gazetteer(byte[] data) {
    String text = FuzzInput.text(data);
    Gazetteer g = Gazetteer.bundled();
    List<GazetteerMatch> matches = g.find(text);
    int end = 0;
    for (GazetteerMatch m : matches) {
      roundTrips(text, m.span());
      require(m.firstToken() >= end, "match %s after token %d", m, end);
      end = m.endToken();
    }
    List<ResolvedMention> resolved = g.resolve(matches);
    require(resolved.size() == matches.size(), "%d resolved of %d", resolved.size(), matches.size());
    for (ResolvedMention r : resolved) {
      require(!r.ranked().isEmpty(), "no entry for %s", r);
    }
    g.lookup(text.length() > 200 ? text.substring(0, 200) : text);
  }

  /**
   * The whole parser: only a typed rejection leaves it; every analysis holds its invariants
   * (checked when it is built: spans round-trip to the caller's text, no dangling id), keeps the
   * caller's text unit for unit, and its JSON reads back to an equal analysis.
   */
  @FuzzTest(maxDuration = "8m", maxExecutions = 2_000_000)
  void articleParser(byte[] data) {
    String text = FuzzInput.text(data, Math.min(2, data.length));
    ImmutableArticle.Builder article = ImmutableArticle.builder().id("fuzz").text(text);
    anchor(data).ifPresent(article::published);
    Analysis a;
    try {
      a = ArticleParser.standard().parse(article.build());
    } catch (ArticleRejectedException e) {
      if (e.reason() == ArticleRejectedException.Reason.INTERNAL_ERROR) {
        throw e;
      }
      return;
    }
    require(a.article().text().equals(text), "the article's text changed");
    String json = RasdJson.write(a);
    require(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(json),
        "the JSON does not survive UTF-8");
    require(RasdJson.readAnalysis(json).equals(a), "the JSON reads back to another analysis");
  }

  /**
   * The JSON reader of analyses on any bytes: it gives an analysis that holds its invariants
   * and writes back to JSON that reads as the same analysis, or a {@link RasdJsonException};
   * nothing else.
   */
  @FuzzTest(maxDuration = "8m", maxExecutions = 2_000_000)
  void analysisJson(byte[] data) {
    String json = new String(data, StandardCharsets.UTF_8);
    Analysis a;
    try {
      a = RasdJson.readAnalysis(json);
    } catch (RasdJsonException e) {
      return;
    }
    require(RasdJson.readAnalysis(RasdJson.write(a)).equals(a), "written and read back, it differs");
  }
}
