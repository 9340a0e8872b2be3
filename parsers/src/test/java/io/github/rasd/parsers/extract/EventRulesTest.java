package io.github.rasd.parsers.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Count;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.knowledge.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The event rules against {@code events.tsv} (its format is in its header). */
class EventRulesTest {

  private static final Extractor EXTRACTOR = Extractor.of(Gazetteer.bundled());
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 4, 10);

  record Row(int line, String text, String expected, String rule) {}

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (io.github.rasd.parsers.internal.DataFile.Line l
        : io.github.rasd.parsers.internal.DataFile.read(EventRulesTest.class, "events.tsv")) {
      assertThat(l.fields()).as("events.tsv:%d has three columns", l.number()).hasSize(3);
      rows.add(new Row(l.number(), l.field(0), l.field(1), l.field(2)));
    }
    return rows;
  }

  static Stream<Arguments> table() throws IOException {
    return rows().stream().map(r -> Arguments.of(r.line(), r.text(), r.expected(), r.rule()));
  }

  /** Between an article's title and its body in a row: "title || body" (events.tsv header). */
  private static final String TITLE_MARK = " || ";

  private static EventExtractor.Trace trace(String text) {
    int t = text.indexOf(TITLE_MARK);
    ImmutableArticle.Builder a = ImmutableArticle.builder().id("t").published(PUBLISHED);
    if (t >= 0) {
      a.title(text.substring(0, t)).text(text.substring(t + TITLE_MARK.length()));
    } else {
      a.text(text);
    }
    return EXTRACTOR.traceEvents(a.build());
  }

  @ParameterizedTest(name = "events.tsv:{0} {1}")
  @MethodSource("table")
  void rule(int line, String text, String expected, String rule) {
    EventExtractor.Trace t = trace(text);
    String seen = describe(t);
    if (expected.equals("NONE")) {
      assertThat(t.events()).as("events.tsv:%d no incident; %s", line, seen).isEmpty();
      if (!rule.equals("-")) {
        assertThat(t.rejected()).as("events.tsv:%d rejected by %s; %s", line, rule, seen)
            .anySatisfy(e -> assertThat(e.rejectedBy).isEqualTo(rule));
      }
      return;
    }
    boolean only = expected.endsWith(" only");
    String[] want = (only ? expected.substring(0, expected.length() - 5) : expected).split(" ");
    if (only) {
      assertThat(t.events()).as("events.tsv:%d the only record; %s", line, seen).hasSize(1);
    }
    EventType type = EventType.valueOf(want[0]);
    EventStatus status = EventStatus.valueOf(want[1]);
    boolean filtered = t.rejected().stream().anyMatch(e -> rule.equals(e.rejectedBy));
    assertThat(t.events()).as("events.tsv:%d; %s", line, seen).anySatisfy(e -> {
      assertThat(e.type).isEqualTo(type);
      assertThat(e.status).isEqualTo(status);
      if (!filtered) {
        assertThat(e.rules).contains(rule);
      }
      for (int i = 2; i < want.length; i++) {
        String[] kv = want[i].split("=");
        if (kv[0].equals("group")) { // group=<canonical id> among the record's groups, group=- none
          List<String> ids = e.groups.stream().map(g -> g.entry().id()).toList();
          if (kv[1].equals("-")) {
            assertThat(ids).as("groups").isEmpty();
          } else {
            assertThat(ids).as("groups").contains(kv[1]);
          }
          continue;
        }
        Count c = switch (kv[0]) {
          case "killed" -> e.killed;
          case "injured" -> e.injured;
          case "arrested" -> e.arrested;
          default -> throw new IllegalArgumentException("events.tsv:" + line + ": " + kv[0]);
        };
        if (kv[1].equals("-")) {
          assertThat(c).as(kv[0]).isNull();
        } else {
          assertThat(c).as(kv[0]).isNotNull();
          assertThat(c.min()).as(kv[0]).contains(Long.parseLong(kv[1]));
        }
      }
    });
  }

  private static String describe(EventExtractor.Trace t) {
    StringBuilder b = new StringBuilder();
    for (EventExtractor.Found e : t.events()) {
      b.append("record ").append(e.type).append(' ').append(e.status).append(" killed=")
          .append(e.killed == null ? "-" : e.killed.min().map(String::valueOf).orElse("?"))
          .append(" injured=").append(e.injured == null ? "-" : e.injured.min().map(String::valueOf).orElse("?"))
          .append(" arrested=").append(e.arrested == null ? "-" : e.arrested.min().map(String::valueOf).orElse("?"))
          .append(' ').append(e.rules).append("; ");
    }
    for (EventExtractor.Found e : t.rejected()) {
      b.append("rejected ").append(e.rules).append("; ");
    }
    return b.toString();
  }

  /** Every candidate filter of the documented order fires in some row of the table. */
  @Test
  void everyFilterIsTested() throws IOException {
    Set<String> named = new HashSet<>();
    for (Row r : rows()) {
      named.add(r.rule());
    }
    List<String> filters = new ArrayList<>(EventFilters.CANDIDATE_ORDER);
    filters.remove("events/in-date"); // tested by the date parser's table (فجر اليوم)
    assertThat(named).containsAll(filters);
  }

  /** The documented orders are the orders the filters run in. */
  @Test
  void documentedOrderIsTheRunOrder() {
    Lexicons x = Lexicons.bundled();
    EventFilters f = new EventFilters(x.triggers, x.statusCues, x.triggerBlockers, x.habitual,
        new ConflictFrame(x.triggers, x.victimRoles, x.words), x.words);
    assertThat(f.candidateOrder).extracting(EventFilters.Filter::name).isEqualTo(EventFilters.CANDIDATE_ORDER);
    assertThat(f.recordOrder).extracting(EventFilters.Filter::name).isEqualTo(EventFilters.RECORD_ORDER);
    assertThat(f.recordFinal).extracting(EventFilters.Filter::name).isEqualTo(EventFilters.FINAL_ORDER);
  }
}
