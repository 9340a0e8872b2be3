package io.github.rasd.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.text.dates.DateMention;
import io.github.rasd.parsers.text.dates.DateParser;
import io.github.rasd.parsers.text.numbers.NumberParser;
import io.github.rasd.parsers.text.numbers.Quantity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rasd parse numbers|dates|names}: shows how Rasd reads quantities, time expressions and
 * the names of persons and places.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Reads one text per line on stdin and prints what the number, date or name"
        + " reader finds in it, one JSON object per line; a line the reader fails on gives"
        + " {\"input\", \"error\"} and the next lines go on (exit status 1).",
    subcommands = {ParseCommand.Numbers.class, ParseCommand.Dates.class, ParseCommand.Names.class})
final class ParseCommand {

  private static final ObjectMapper JSON = RasdJson.newMapper();

  private ParseCommand() {}

  private static ObjectNode span(Span s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("start", s.start());
    n.put("end", s.end());
    n.put("text", s.text());
    return n;
  }

  private static void putLong(ObjectNode n, String field, Optional<Long> value) {
    if (value.isPresent()) {
      n.put(field, value.get());
    } else {
      n.putNull(field);
    }
  }

  /** Reads lines of stdin and prints one JSON object per line. */
  abstract static class LineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    abstract ObjectNode parse(String line);

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      int failures = 0;
      while ((line = in.readLine()) != null) {
        ObjectNode result;
        try {
          result = parse(line);
        } catch (RuntimeException e) {
          // one line the reader cannot take costs that line, not the run: {"input","error"}
          failures++;
          result = JSON.createObjectNode();
          result.put("input", line);
          result.put("error", e instanceof IllegalArgumentException ? String.valueOf(e.getMessage())
              : Analyze.internal(e));
        }
        out.println(result.toString());
        out.flush();
      }
      return failures == 0 ? 0 : 1;
    }
  }

  /** {@code rasd parse numbers}. */
  @Command(name = "numbers", mixinStandardHelpOptions = true,
      description = "Prints {\"input\", \"numbers\": [{span, value, min, max, approximate, ordinal}]}.")
  static final class Numbers extends LineCommand {
    @Override
    ObjectNode parse(String line) {
      ObjectNode out = JSON.createObjectNode();
      out.put("input", line);
      ArrayNode numbers = out.putArray("numbers");
      for (Quantity q : NumberParser.standard().parse(line)) {
        ObjectNode n = numbers.addObject();
        n.set("span", span(q.span()));
        if (q.value().isPresent()) {
          n.put("value", q.value().get());
        } else {
          n.putNull("value");
        }
        putLong(n, "min", q.min());
        putLong(n, "max", q.max());
        n.put("approximate", q.approximate());
        n.put("ordinal", q.ordinal());
        n.put("qualifier", q.qualifier().name());
        if (q.percent()) {
          n.put("percent", true);
        }
        if (q.partOfDate()) {
          n.put("partOfDate", true);
        }
        q.countedNoun().ifPresent(c -> n.set("countedNoun", span(c)));
      }
      return out;
    }
  }

  /** {@code rasd parse dates --anchor YYYY-MM-DD}. */
  @Command(name = "dates", mixinStandardHelpOptions = true,
      description = {"Prints {\"input\", \"dates\": [{span, start, end, granularity, relative, rule}]}:"
          + " each time expression with the interval of days it denotes and the rule that read it;"
          + " one the anchor cannot resolve has \"resolved\": false and no interval.",
          "",
          "News orientation: an expression that does not say which occurrence it means (a bare"
          + " weekday \"يوم الأحد\", a date or month without a year \"في 20 أبريل\", a holiday"
          + " without a year \"عيد الفطر\") is the last one on or before the anchor, and a stretch"
          + " (\"خلال ثلاثة أيام\") ends at the anchor; a future word after it (المقبل، القادم،"
          + " الجاي) or a future particle or verb shortly before it (سوف، سيعقد) makes it the first"
          + " one after the anchor."})
  static final class Dates extends LineCommand {
    @Option(names = "--anchor", paramLabel = "YYYY-MM-DD",
        description = "The publication date that relative expressions (أمس، الشهر الماضي) resolve against.")
    LocalDate anchor;

    @Override
    ObjectNode parse(String line) {
      ObjectNode out = JSON.createObjectNode();
      out.put("input", line);
      ArrayNode dates = out.putArray("dates");
      io.github.rasd.parsers.text.TextView view = io.github.rasd.parsers.text.ArabicNormalizer.standard().view(line);
      var tokens = io.github.rasd.parsers.text.Tokenizer.standard().tokenize(view);
      for (DateMention d : DateParser.standard().parseAll(view, tokens,
          NumberParser.standard().parse(view, tokens), Optional.ofNullable(anchor))) {
        ObjectNode n = dates.addObject();
        n.set("span", span(d.span()));
        if (d.resolved()) {
          n.put("start", d.range().start().toString());
          n.put("end", d.range().end().toString());
          n.put("granularity", d.range().granularity().name());
        } else {
          n.put("resolved", false);
        }
        n.put("relative", d.relative());
        n.put("rule", d.rule());
      }
      return out;
    }
  }

  /** {@code rasd parse names}: the persons and places of each line, with the rules that found them. */
  @Command(name = "names", mixinStandardHelpOptions = true,
      description = "Prints {\"input\", \"persons\": [{name, mentions, titles, roles, rules}],"
          + " \"places\": [{name, countryCode, mentions, rules}]}.")
  static final class Names extends LineCommand {
    private final io.github.rasd.parsers.ArticleParser parser = io.github.rasd.parsers.ArticleParser.standard();

    @Override
    ObjectNode parse(String line) {
      ObjectNode out = JSON.createObjectNode();
      out.put("input", line);
      ArrayNode persons = out.putArray("persons");
      ArrayNode places = out.putArray("places");
      if (line.isBlank()) {
        return out;
      }
      io.github.rasd.model.Analysis a = parser.parse(io.github.rasd.model.ImmutableArticle.builder()
          .id("line").text(line).build());
      for (io.github.rasd.model.Person p : a.persons()) {
        ObjectNode n = persons.addObject();
        n.put("name", p.name());
        ArrayNode m = n.putArray("mentions");
        p.mentions().forEach(s -> m.add(span(s)));
        ArrayNode t = n.putArray("titles");
        p.titles().forEach(t::add);
        ArrayNode r = n.putArray("roles");
        p.roles().forEach(r::add);
        ArrayNode rules = n.putArray("rules");
        p.provenance().rules().forEach(rules::add);
      }
      for (io.github.rasd.model.Place p : a.places()) {
        ObjectNode n = places.addObject();
        n.put("name", p.name());
        if (p.countryCode().isPresent()) {
          n.put("countryCode", p.countryCode().get());
        } else {
          n.putNull("countryCode");
        }
        ArrayNode m = n.putArray("mentions");
        p.mentions().forEach(s -> m.add(span(s)));
        ArrayNode rules = n.putArray("rules");
        p.provenance().rules().forEach(rules::add);
      }
      return out;
    }
  }
}
