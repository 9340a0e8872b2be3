package io.github.rasd.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.Event;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.Interop;
import io.github.rasd.model.Place;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three CSV tables, parsed back and compared with the analyses they were written from. */
class CsvExportTest {

  @TempDir Path dir;

  private List<CSVRecord> read(String file, List<String> header) throws IOException {
    try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertThat(p.getHeaderNames()).as(file + " header").isEqualTo(header);
      return p.getRecords();
    }
  }

  @Test
  void eventsTableStartsWithAcledColumnsInAcledOrder() {
    assertThat(CsvExport.EVENT_COLUMNS.subList(0, AcledRow.COLUMNS.size())).isEqualTo(AcledRow.COLUMNS);
    assertThat(AcledRow.COLUMNS).startsWith("event_date", "year", "time_precision", "disorder_type")
        .endsWith("source", "source_scale", "notes", "fatalities");
  }

  @Test
  void everyRecordRoundTrips() throws IOException {
    List<Analysis> batch = Fixtures.all();
    Exports.write(ExportFormat.CSV, batch, dir);
    List<CSVRecord> events = read("events.csv", CsvExport.EVENT_COLUMNS);
    List<CSVRecord> estimates = read("force-estimates.csv", CsvExport.FORCE_ESTIMATE_COLUMNS);
    List<CSVRecord> claims = read("claims.csv", CsvExport.CLAIM_COLUMNS);
    assertThat(events).hasSize(batch.stream().mapToInt(a -> a.events().size()).sum());
    assertThat(estimates).hasSize(batch.stream().mapToInt(a -> a.forceEstimates().size()).sum());
    assertThat(claims).hasSize(batch.stream().mapToInt(a -> a.claims().size()).sum());
    int ei = 0, fi = 0, ci = 0;
    for (Analysis a : batch) {
      for (Event e : a.events()) {
        checkEvent(a, e, events.get(ei++));
      }
      for (ForceEstimate f : a.forceEstimates()) {
        checkEstimate(a, f, estimates.get(fi++));
      }
      for (Claim c : a.claims()) {
        checkClaim(a, c, claims.get(ci++));
      }
    }
  }

  private static void checkEvent(Analysis a, Event e, CSVRecord r) {
    String text = a.article().text();
    assertThat(r.get("article_id")).isEqualTo(a.article().id());
    assertThat(r.get("event_id")).isEqualTo(e.id());
    assertThat(r.get("rasd_event_type")).isEqualTo(e.type().name());
    assertThat(r.get("status")).isEqualTo(e.status().name());
    Interop.Categories cat = Interop.of(e.type());
    assertThat(r.get("event_type")).isEqualTo(cat.acledEventType());
    assertThat(r.get("sub_event_type")).isEqualTo(cat.acledSubEventType());
    assertThat(r.get("disorder_type")).isIn("Political violence", "Strategic developments");
    assertThat(r.get("date_start")).isEqualTo(e.date().map(d -> d.start().toString()).orElse(""));
    assertThat(r.get("date_end")).isEqualTo(e.date().map(d -> d.end().toString()).orElse(""));
    if (e.date().isPresent()) {
      assertThat(r.get("event_date")).isBetween(r.get("date_start"), r.get("date_end"));
      assertThat(r.get("year")).isEqualTo(r.get("event_date").substring(0, 4));
    }
    assertThat(r.get("killed_min")).isEqualTo(e.killed().flatMap(Count::min).map(String::valueOf).orElse(""));
    long fatalities = e.killed().flatMap(Count::min)
        .orElse(e.killedRange().map(k -> k.best()).orElse(0L));
    assertThat(r.get("fatalities")).isEqualTo(String.valueOf(fatalities));
    assertThat(r.get("fatalities_low")).isEqualTo(e.killedRange().map(k -> String.valueOf(k.low())).orElse(""));
    assertThat(r.get("fatalities_high")).isEqualTo(e.killedRange().map(k -> String.valueOf(k.high())).orElse(""));
    assertThat(r.get("injured")).isEqualTo(e.injured().flatMap(Count::min).map(String::valueOf).orElse(""));
    assertThat(r.get("arrested")).isEqualTo(e.arrested().flatMap(Count::min).map(String::valueOf).orElse(""));
    assertThat(r.get("claim_ids")).isEqualTo(String.join("; ", e.claimIds()));
    int start = Integer.parseInt(r.get("evidence_start"));
    int end = Integer.parseInt(r.get("evidence_end"));
    assertThat(text.substring(start, end)).isEqualTo(r.get("evidence")).isEqualTo(e.evidence().text());
    assertThat(text.substring(Integer.parseInt(r.get("trigger_start")), Integer.parseInt(r.get("trigger_end"))))
        .isEqualTo(r.get("trigger"));
    assertThat(r.get("rule")).isEqualTo(e.provenance().rule());
    assertThat(r.get("rules")).isEqualTo(String.join("; ", e.provenance().rules()));
    assertThat(Double.parseDouble(r.get("confidence"))).isEqualTo(e.provenance().confidence());
    assertThat(r.get("source")).isEqualTo(a.article().outlet().orElse(""));
    assertThat(r.get("notes")).isNotBlank().doesNotContain("\n").matches("^[A-Z].*\\.$");
    Optional<Place.Coordinates> located = e.placeIds().stream()
        .flatMap(id -> a.places().stream().filter(p -> p.id().equals(id)))
        .flatMap(p -> p.coordinates().stream()).findFirst();
    if (located.isPresent()) {
      double lat = Double.parseDouble(r.get("latitude"));
      double lon = Double.parseDouble(r.get("longitude"));
      assertThat(a.places().stream().flatMap(p -> p.coordinates().stream())
          .anyMatch(c -> c.lat() == lat && c.lon() == lon)).as("coordinates of a place").isTrue();
      assertThat(r.get("geo_precision")).isIn("1", "2", "3");
    } else {
      assertThat(r.get("latitude")).isEmpty();
      assertThat(r.get("geo_precision")).isEmpty();
    }
  }

  private static void checkEstimate(Analysis a, ForceEstimate f, CSVRecord r) {
    assertThat(r.get("article_id")).isEqualTo(a.article().id());
    assertThat(r.get("estimate_id")).isEqualTo(f.id());
    assertThat(r.get("group_id")).isEqualTo(f.groupId().orElse(""));
    assertThat(r.get("count_min")).isEqualTo(f.count().min().map(String::valueOf).orElse(""));
    assertThat(r.get("count_max")).isEqualTo(f.count().max().map(String::valueOf).orElse(""));
    assertThat(r.get("qualifier")).isEqualTo(f.count().qualifier().name());
    assertThat(r.get("count_text")).isEqualTo(f.count().text());
    assertThat(r.get("unit")).isEqualTo(f.unit().name());
    assertThat(r.get("claim_ids")).isEqualTo(String.join("; ", f.claimIds()));
    assertThat(a.article().text().substring(Integer.parseInt(r.get("evidence_start")),
        Integer.parseInt(r.get("evidence_end")))).isEqualTo(r.get("evidence"));
    assertThat(r.get("rule")).isEqualTo(f.provenance().rule());
  }

  private static void checkClaim(Analysis a, Claim c, CSVRecord r) {
    assertThat(r.get("article_id")).isEqualTo(a.article().id());
    assertThat(r.get("claim_id")).isEqualTo(c.id());
    assertThat(r.get("kind")).isEqualTo(c.kind().name());
    assertThat(r.get("cue")).isEqualTo(c.cue());
    assertThat(r.get("speaker_text")).isEqualTo(c.speaker().text());
    assertThat(r.get("speaker_kind")).isEqualTo(c.speaker().kind().name());
    assertThat(r.get("channel_text")).isEqualTo(c.channel().map(Claim.Channel::text).orElse(""));
    assertThat(r.get("content")).isEqualTo(c.content().text());
    assertThat(Integer.parseInt(r.get("content_start"))).isEqualTo(c.content().start());
    assertThat(Integer.parseInt(r.get("content_end"))).isEqualTo(c.content().end());
    assertThat(r.get("parent_claim_id")).isEqualTo(c.parentClaimId().orElse(""));
    assertThat(r.get("event_ids")).isEqualTo(String.join("; ", a.events().stream()
        .filter(e -> e.claimIds().contains(c.id())).map(Event::id).toList()));
  }

  @Test
  void handMadeClashIsCodedAsAcledWould() {
    Analysis a = Fixtures.handMade();
    AcledRow row = AcledRow.of(a, a.events().get(0));
    assertThat(row.eventType()).isEqualTo("Battles");
    assertThat(row.disorderType()).isEqualTo("Political violence");
    assertThat(row.timePrecision()).contains(2);
    assertThat(row.eventDate()).contains(java.time.LocalDate.of(2024, 5, 9));
    assertThat(row.actor1()).contains("Islamic State");
    assertThat(row.country()).contains("Syria");
    assertThat(row.iso()).contains(760);
    assertThat(row.location()).contains("Palmyra");
    assertThat(row.admin1()).contains("Homs");
    assertThat(row.geoPrecision()).contains(1);
    assertThat(row.latitude()).contains(34.56);
    assertThat(row.longitude()).contains(38.28);
    assertThat(row.fatalities()).isEqualTo(15);
    assertThat(row.source()).contains("Wire, \"Levant\" desk");
    assertThat(row.notes()).isEqualTo("Between 6 May 2024 and 12 May 2024, an armed clash in Palmyra, Homs"
        + " involving Islamic State. 13 to 15 killed (best estimate 15). According to المرصد;"
        + " state agency (الوكالة الرسمية).");
  }

  @Test
  void quotesCommasAndLineBreaksSurviveInOneCell() throws IOException {
    Exports.write(ExportFormat.CSV, List.of(Fixtures.handMade()), dir);
    CSVRecord r = read("events.csv", CsvExport.EVENT_COLUMNS).get(0);
    assertThat(r.get("source")).isEqualTo("Wire, \"Levant\" desk");
    assertThat(r.get("url")).isEqualTo("https://example.org/a?x=1,2");
    assertThat(r.get("evidence")).contains("\"").contains("\n");
    CSVRecord f = read("force-estimates.csv", CsvExport.FORCE_ESTIMATE_COLUMNS).get(0);
    assertThat(f.get("claim_speaker")).isEqualTo("state agency (الوكالة الرسمية)");
    assertThat(f.get("places")).isEqualTo("البادية");
    assertThat(f.get("country")).isEqualTo("Syria");
    CSVRecord c = read("claims.csv", CsvExport.CLAIM_COLUMNS).get(0);
    assertThat(c.get("content")).contains("\"");
    assertThat(c.get("force_estimate_ids")).isEmpty();
  }

  @Test
  void acledWriterTakesOtherCallersColumns() throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    Analysis a = Fixtures.handMade();
    try (AcledCsvWriter w = new AcledCsvWriter(out, List.of("incident_id", "articles"))) {
      w.write(AcledRow.of(a, a.events().get(0)), List.of("i1", "a1; a7"));
    }
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(out.toString()))) {
      assertThat(p.getHeaderNames()).endsWith("fatalities", "incident_id", "articles");
      CSVRecord r = p.getRecords().get(0);
      assertThat(r.get("event_type")).isEqualTo("Battles");
      assertThat(r.get("articles")).isEqualTo("a1; a7");
    }
  }
}
