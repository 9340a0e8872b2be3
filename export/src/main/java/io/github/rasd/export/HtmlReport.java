package io.github.rasd.export;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.Event;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.Group;
import io.github.rasd.model.Interop;
import io.github.rasd.model.Person;
import io.github.rasd.model.Place;
import io.github.rasd.model.Provenance;
import io.github.rasd.model.Span;
import io.github.rasd.model.TollFigure;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A self-contained HTML report of a batch of analyses, one section per article: no network
 * (no external fonts, scripts or styles, no script at all), right to left, Arabic with English
 * labels.
 *
 * <p>Each section shows the article with every mention highlighted by kind ({@link #KINDS}:
 * groups, persons, places, numbers, dates, event triggers, claim contents, and the speaker and
 * channel each claim is tied to); hovering or focusing a highlight (it is reachable with Tab),
 * or following a link to it, shows its provenance in a panel at the foot of the window: the
 * record, the rules and confidence, the claims it rests on. Then a
 * small SVG timeline of event dates, an SVG sketch of located places, and tables of events,
 * force estimates and claims whose rows link to their evidence in the text. Every highlight is
 * a {@code span} with {@code data-kind} and a unique {@code id}; every link is an in-page
 * {@code #id}.
 *
 * <p>Made by {@link Exports}; not thread-safe.
 *
 * @since 0.2.0
 */
public final class HtmlReport implements AnalysisWriter {

  /** The kinds of highlight, with their Arabic and English legend. */
  public static final Map<String, String> KINDS = legend();

  private final Writer out;
  private int sections;
  private final StringBuilder contents = new StringBuilder();

  /** A report on {@code out}; its head is written at once, its end by {@link #close()}. */
  HtmlReport(Writer out) throws IOException {
    this.out = out;
    out.write(HEAD);
  }

  private static Map<String, String> legend() {
    Map<String, String> k = new LinkedHashMap<>();
    k.put("group", "جماعات · groups");
    k.put("person", "أشخاص · persons");
    k.put("place", "أماكن · places");
    k.put("number", "أعداد · numbers");
    k.put("date", "تواريخ · dates");
    k.put("trigger", "أحداث · event triggers");
    k.put("claim", "تصريحات · claim contents");
    k.put("speaker", "المصدر · claim speakers");
    k.put("channel", "الوسيلة · claim channels");
    return java.util.Collections.unmodifiableMap(k);
  }

  @Override
  public void write(Analysis analysis) throws IOException {
    sections++;
    String prefix = "a" + sections + "-";
    Article art = analysis.article();
    contents.append("<li><a href=\"#").append(prefix).append("article\">")
        .append(Html.escape(art.title().orElse(art.id()))).append("</a> <small dir=\"ltr\">")
        .append(analysis.events().size()).append(" events · ").append(analysis.forceEstimates().size())
        .append(" force estimates · ").append(analysis.claims().size()).append(" claims</small></li>\n");
    out.write(new Section(analysis, prefix).render());
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try (Writer w = out) {
      if (sections == 0) {
        w.write("<p class=\"empty\">لا مقالات · no articles</p>\n");
      }
      if (sections > 1) {
        // written last, shown first: the body is a flex column and the list has order -1
        w.write("<nav class=\"contents\"><h2>المقالات · Articles (" + sections + ")</h2><ol>\n"
            + contents + "</ol></nav>\n");
      }
      w.write("<footer>Rasd · رصد</footer>\n</body>\n</html>\n");
    }
  }

  /** One article's section. */
  private static final class Section {
    private final Analysis a;
    private final RecordIndex index;
    private final String prefix;
    private final Highlights marks;
    private final Map<String, String> evidenceOf = new LinkedHashMap<>();
    private final Map<String, String> contentOf = new LinkedHashMap<>();
    private final Map<String, String> speakerOf = new LinkedHashMap<>();

    Section(Analysis a, String prefix) {
      this.a = a;
      this.index = RecordIndex.of(a);
      this.prefix = prefix;
      this.marks = new Highlights(a.article().text(), prefix);
    }

    String render() {
      addMarks();
      String body = marks.render();
      StringBuilder s = new StringBuilder();
      Article art = a.article();
      s.append("<section class=\"article\" id=\"").append(prefix).append("article\">\n<h2>")
          .append(Html.escape(art.title().orElse(art.id()))).append("</h2>\n<p class=\"meta\">");
      meta(s, "المعرف · id", art.id());
      art.outlet().ifPresent(o -> meta(s, "الوسيلة · outlet", o));
      art.published().ifPresent(d -> meta(s, "تاريخ النشر · published", d.toString()));
      art.url().ifPresent(u -> meta(s, "الرابط · url", u));
      meta(s, "المستخرج · extractor", a.extractorVersion());
      s.append("</p>\n<ul class=\"legend\">");
      for (Map.Entry<String, String> k : KINDS.entrySet()) {
        s.append("<li><span class=\"sw k-").append(k.getKey()).append("\"></span>")
            .append(Html.escape(k.getValue())).append(" <b>").append(marks.count(k.getKey()))
            .append("</b></li>");
      }
      s.append("</ul>\n<div class=\"text\" lang=\"ar\">").append(body).append("</div>\n");
      s.append("<div class=\"figures\" dir=\"ltr\">")
          .append(Svg.timeline(a.events()))
          .append(Svg.locations(a, index))
          .append("</div>\n");
      eventsTable(s);
      estimatesTable(s);
      claimsTable(s);
      s.append("</section>\n");
      return s.toString();
    }

    private static void meta(StringBuilder s, String label, String value) {
      s.append("<span><i>").append(Html.escape(label)).append("</i> <bdi>")
          .append(Html.escape(value)).append("</bdi></span> ");
    }

    private void addMarks() {
      for (Group g : a.groups()) {
        String tip = "group " + g.id() + ": " + RecordIndex.english(g.nameEn()).orElse(g.name())
            + g.canonicalId().map(c -> " (" + c + ")").orElse("") + " · " + g.kind()
            + "\n" + prov(g.provenance());
        g.mentions().forEach(m -> tip(mark("group", m), tip));
      }
      for (Person p : a.persons()) {
        String tip = "person " + p.id() + ": " + p.name()
            + (p.roles().isEmpty() ? "" : " · " + String.join(", ", p.roles()))
            + "\n" + prov(p.provenance());
        p.mentions().forEach(m -> tip(mark("person", m), tip));
      }
      for (Place p : a.places()) {
        String tip = "place " + p.id() + ": " + RecordIndex.placeLabel(p) + " · " + p.kind()
            + p.countryCode().map(c -> " · " + c).orElse("")
            + p.coordinates().map(c -> String.format(Locale.ROOT, " · %.3f, %.3f", c.lat(), c.lon())).orElse("")
            + "\n" + prov(p.provenance());
        p.mentions().forEach(m -> tip(mark("place", m), tip));
      }
      for (Event e : a.events()) {
        String what = "event " + e.id() + ": " + AcledMapping.typeWords(e.type()) + " · " + e.status();
        String rests = rests(e.claimIds());
        tip(mark("trigger", e.trigger()), what + "\n" + prov(e.provenance()) + rests);
        count(e.killed(), "killed in " + what, e.provenance(), rests);
        count(e.injured(), "injured in " + what, e.provenance(), rests);
        count(e.arrested(), "arrested in " + what, e.provenance(), rests);
        for (TollFigure f : e.tollFigures()) {
          count(Optional.of(f.count()), f.kind().name().toLowerCase(Locale.ROOT) + " in " + what
              + " (one source's figure)", e.provenance(), rests(f.claimId().stream().toList()));
        }
        e.date().ifPresent(d -> d.span().ifPresent(sp ->
            tip(mark("date", sp), "date of " + what + ": " + dateText(d) + "\n" + prov(e.provenance()))));
        anchor(e.id(), e.evidence());
      }
      for (ForceEstimate f : a.forceEstimates()) {
        String what = "force estimate " + f.id() + ": " + RecordIndex.countText(f.count()) + " "
            + f.unit().name().toLowerCase(Locale.ROOT)
            + f.groupId().flatMap(index::label).map(g -> " of " + g).orElse("");
        String rests = rests(f.claimIds());
        count(Optional.of(f.count()), what, f.provenance(), rests);
        f.asOf().ifPresent(d -> d.span().ifPresent(sp ->
            tip(mark("date", sp), "as of, " + what + ": " + dateText(d) + "\n" + prov(f.provenance()))));
        anchor(f.id(), f.evidence());
      }
      for (Claim c : a.claims()) {
        String who = index.speakerLabel(c) + index.channelLabel(c).map(ch -> " → " + ch).orElse("");
        Highlights.Mark content = mark("claim", c.content());
        tip(content, "claim " + c.id() + " · " + c.kind() + " · cue " + c.cue() + "\nspeaker: " + who
            + c.parentClaimId().map(p -> "\nwithin claim " + p).orElse("") + "\n" + prov(c.provenance()));
        if (content != null) {
          contentOf.put(c.id(), content.id);
          content.suffix.append("<sup class=\"tag\"><a href=\"#").append(prefix).append("claim-row-")
              .append(c.id()).append("\">").append(c.id()).append("</a></sup>");
        }
        c.speaker().span().map(sp -> mark("speaker", sp)).ifPresent(m -> {
          tip(m, "speaker of claim " + c.id() + ": " + index.speakerLabel(c) + " · " + c.speaker().kind());
          speakerOf.put(c.id(), m.id);
        });
        c.channel().flatMap(Claim.Channel::span).ifPresent(sp ->
            tip(mark("channel", sp), "channel of claim " + c.id() + ": " + index.channelLabel(c).orElse("")));
      }
    }

    /** The anchor of a record's evidence, which its table row links to (none for an empty span). */
    private void anchor(String recordId, Span evidence) {
      Highlights.Mark m = mark(Highlights.EVIDENCE, evidence);
      if (m != null) {
        evidenceOf.put(recordId, m.id);
      }
    }

    private Highlights.Mark mark(String kind, Span span) {
      return marks.mark(kind, span.start(), span.end());
    }

    private static void tip(Highlights.Mark m, String tip) {
      if (m != null && !m.tips.contains(tip)) {
        m.tips.add(tip);
      }
    }

    private void count(Optional<Count> c, String what, Provenance p, String rests) {
      c.flatMap(Count::span).ifPresent(sp -> tip(mark("number", sp),
          what + ": " + RecordIndex.countText(c.get()) + " (" + c.get().qualifier() + ")\n" + prov(p) + rests));
    }

    private String rests(List<String> claimIds) {
      StringBuilder s = new StringBuilder();
      for (Claim c : index.claims(claimIds)) {
        s.append("\nrests on claim ").append(c.id()).append(": ").append(index.speakerLabel(c))
            .append(index.channelLabel(c).map(ch -> " → " + ch).orElse(""));
      }
      return s.toString();
    }

    private static String prov(Provenance p) {
      return "rule " + String.join(" → ", p.rules())
          + String.format(Locale.ROOT, " · confidence %.2f", p.confidence());
    }

    private static String dateText(DateRange d) {
      return (d.start().equals(d.end()) ? d.start().toString() : d.start() + " – " + d.end())
          + " (" + d.granularity() + ")";
    }

    private String link(String markId, String text) {
      return markId == null ? Html.escape(text)
          : "<a href=\"#" + markId + "\">" + Html.escape(text) + "</a>";
    }

    /** English text (figures, dates, ranges) kept left to right inside the Arabic page. */
    private static String ltr(String s) {
      return s.isEmpty() ? "" : "<bdi dir=\"ltr\">" + Html.escape(s) + "</bdi>";
    }

    private static String clip(String s) {
      return s.length() <= 90 ? s : s.substring(0, 88) + "…";
    }

    private <T> String joined(List<T> items, Function<T, String> f) {
      List<String> out = new ArrayList<>();
      items.forEach(i -> out.add(f.apply(i)));
      return String.join("، ", out);
    }

    private String claimLinks(List<String> ids) {
      return joined(ids, id -> "<a href=\"#" + prefix + "claim-row-" + id + "\">" + id + "</a>");
    }

    private void eventsTable(StringBuilder s) {
      s.append("<h3>الأحداث · Events (").append(a.events().size()).append(")</h3>\n");
      if (a.events().isEmpty()) {
        s.append("<p class=\"none\">لا أحداث · none</p>\n");
        return;
      }
      s.append("<table><tr><th>id</th><th>النوع · type</th><th>الحالة · status</th><th>التاريخ · date</th>"
          + "<th>المكان · places</th><th>الجماعات · groups</th><th>قتلى · killed</th><th>جرحى · injured</th>"
          + "<th>معتقلون · arrested</th><th>المصادر · claims</th><th>الدليل · evidence</th></tr>\n");
      for (Event e : a.events()) {
        Interop.Categories cat = Interop.of(e.type());
        String killed = e.killed().map(RecordIndex::countText)
            .or(() -> e.killedRange().map(r -> r.low() + "–" + r.high() + " (best " + r.best() + ")"))
            .orElse("");
        s.append("<tr id=\"").append(prefix).append("event-row-").append(e.id()).append("\"><td>")
            .append(e.id()).append("</td><td>").append(Html.escape(AcledMapping.typeWords(e.type())))
            .append("<br><small>").append(Html.escape(cat.acledEventType() + " / " + cat.acledSubEventType()))
            .append("</small></td><td>").append(e.status()).append("</td><td>")
            .append(e.date().map(d -> ltr(dateText(d))).orElse("")).append("</td><td>")
            .append(joined(index.places(e.placeIds()), p -> Html.escape(RecordIndex.placeLabel(p))))
            .append("</td><td>")
            .append(joined(e.groupIds(), g -> Html.escape(index.label(g).orElse(g)))).append("</td><td>")
            .append(ltr(killed)).append("</td><td>")
            .append(e.injured().map(c -> ltr(RecordIndex.countText(c))).orElse("")).append("</td><td>")
            .append(e.arrested().map(c -> ltr(RecordIndex.countText(c))).orElse("")).append("</td><td>")
            .append(claimLinks(e.claimIds())).append("</td><td class=\"ar\">")
            .append(link(evidenceOf.get(e.id()), clip(e.evidence().text()))).append("</td></tr>\n");
      }
      s.append("</table>\n");
    }

    private void estimatesTable(StringBuilder s) {
      s.append("<h3>تقديرات القوة · Force estimates (").append(a.forceEstimates().size()).append(")</h3>\n");
      if (a.forceEstimates().isEmpty()) {
        s.append("<p class=\"none\">لا تقديرات · none</p>\n");
        return;
      }
      s.append("<table><tr><th>id</th><th>الجماعة · group</th><th>العدد · count</th><th>الوحدة · unit</th>"
          + "<th>المكان · places</th><th>بتاريخ · as of</th><th>المصادر · claims</th><th>الدليل · evidence</th></tr>\n");
      for (ForceEstimate f : a.forceEstimates()) {
        s.append("<tr id=\"").append(prefix).append("estimate-row-").append(f.id()).append("\"><td>")
            .append(f.id()).append("</td><td>")
            .append(Html.escape(f.groupId().flatMap(index::label).orElse(""))).append("</td><td>")
            .append(ltr(RecordIndex.countText(f.count()))).append("</td><td>")
            .append(f.unit()).append("</td><td>")
            .append(joined(index.places(f.placeIds()), p -> Html.escape(RecordIndex.placeLabel(p))))
            .append("</td><td>").append(f.asOf().map(d -> ltr(dateText(d))).orElse(""))
            .append("</td><td>").append(claimLinks(f.claimIds())).append("</td><td class=\"ar\">")
            .append(link(evidenceOf.get(f.id()), clip(f.evidence().text()))).append("</td></tr>\n");
      }
      s.append("</table>\n");
    }

    private void claimsTable(StringBuilder s) {
      s.append("<h3>التصريحات · Claims (").append(a.claims().size()).append(")</h3>\n");
      if (a.claims().isEmpty()) {
        s.append("<p class=\"none\">لا تصريحات · none</p>\n");
        return;
      }
      s.append("<table><tr><th>id</th><th>النوع · kind</th><th>المصدر · speaker</th><th>الوسيلة · channel</th>"
          + "<th>النص · content</th><th>يستند إليه · supports</th></tr>\n");
      for (Claim c : a.claims()) {
        List<String> supports = new ArrayList<>();
        index.eventsResting(c.id()).forEach(id ->
            supports.add("<a href=\"#" + prefix + "event-row-" + id + "\">" + id + "</a>"));
        index.estimatesResting(c.id()).forEach(id ->
            supports.add("<a href=\"#" + prefix + "estimate-row-" + id + "\">" + id + "</a>"));
        s.append("<tr id=\"").append(prefix).append("claim-row-").append(c.id()).append("\"><td>")
            .append(c.id()).append("</td><td>").append(c.kind()).append("<br><small class=\"ar\">")
            .append(Html.escape(c.cue())).append("</small></td><td>")
            .append(link(speakerOf.get(c.id()), index.speakerLabel(c))).append("</td><td>")
            .append(Html.escape(index.channelLabel(c).orElse(""))).append("</td><td class=\"ar\">")
            .append(link(contentOf.get(c.id()), clip(c.content().text()))).append("</td><td>")
            .append(String.join("، ", supports)).append("</td></tr>\n");
      }
      s.append("</table>\n");
    }
  }

  private static final String HEAD = """
      <!DOCTYPE html>
      <html lang="ar" dir="rtl">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
      <title>Rasd · تقرير رصد</title>
      <style>
      body { display: flex; flex-direction: column; }
      body > h1 { order: -2; } nav.contents { order: -1; font-size: .9rem; }
      body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Arial", "DejaVu Sans", sans-serif;
             margin: 1.5rem auto; max-width: 70rem; padding: 0 1rem; color: #1d2230; background: #fbfbf8; line-height: 1.6; }
      h1 { font-size: 1.5rem; margin: 0 0 .5rem; } h2 { font-size: 1.25rem; margin: 0 0 .25rem; }
      h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
      section.article { background: #fff; border: 1px solid #d9dbe1; border-radius: 8px; padding: 1rem 1.25rem; margin: 1rem 0; }
      .meta { color: #555; font-size: .85rem; } .meta span { margin-inline-end: 1rem; display: inline-block; } .meta i { font-style: normal; color: #888; }
      .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .8rem; }
      .sw { display: inline-block; width: .9rem; height: .9rem; border-radius: 3px; vertical-align: middle; margin-inline-end: .3rem; }
      .text { white-space: pre-wrap; font-size: 1.1rem; line-height: 2.1; border-top: 1px solid #eee; padding-top: .5rem; }
      .hl, .hl-cont { border-radius: 3px; padding: 0 1px; }
      .hl { cursor: help; outline: none; }
      .hl:focus { box-shadow: 0 0 0 2px #1d4ed8; }
      .hl:hover:not(:has(.hl:hover))::after, .hl:focus::after, .hl:target::after {
        content: attr(data-tip); position: fixed; bottom: 1rem; left: 1rem; z-index: 10; white-space: pre-wrap;
        width: max-content; max-width: min(40rem, calc(100vw - 3rem));
        direction: ltr; text-align: left; font: 12px/1.4 "DejaVu Sans", sans-serif; color: #fff; background: #1d2230;
        padding: .4rem .6rem; border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
      .k-group { background: #fde2e2; } .k-person { background: #dbeafe; } .k-place { background: #dcfce7; }
      .k-number { background: #fde68a; font-weight: bold; } .k-date { background: #e9d5ff; }
      .k-trigger { background: #fecaca; border-bottom: 2px solid #b91c1c; font-weight: bold; }
      .k-claim { background: #f1f5f9; border-bottom: 2px dotted #475569; }
      .k-speaker { background: #cffafe; border-bottom: 2px solid #0e7490; } .k-channel { background: #ffedd5; border-bottom: 2px solid #c2410c; }
      .sw.k-claim, .sw.k-trigger, .sw.k-speaker, .sw.k-channel { border: 1px solid #888; }
      .ev:target, .hl:target { outline: 2px solid #1d4ed8; }
      sup.tag { font-size: .65rem; } sup.tag a { color: #475569; }
      .figures { display: flex; flex-wrap: wrap; gap: 1rem; margin: .8rem 0; }
      .figures svg { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; }
      table { border-collapse: collapse; width: 100%; font-size: .85rem; }
      th, td { border: 1px solid #e1e3e8; padding: .25rem .45rem; text-align: start; vertical-align: top; }
      th { background: #f3f4f6; font-weight: 600; } tr:target { background: #fff7d6; }
      td.ar, .ar { font-size: .95rem; } a { color: #1d4ed8; }
      .none, .empty { color: #777; font-size: .85rem; } footer { color: #999; font-size: .75rem; text-align: center; }
      </style>
      </head>
      <body>
      <h1>تقرير رصد · Rasd report</h1>
      """;
}
