package io.github.rasd.export;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.Event;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.Group;
import io.github.rasd.model.Place;
import io.github.rasd.model.Provenance;
import io.github.rasd.model.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The three CSV tables of a batch of analyses: events (ACLED's columns, then
 * {@link #RASD_EVENT_COLUMNS}), force estimates ({@link #FORCE_ESTIMATE_COLUMNS}) and claims
 * ({@link #CLAIM_COLUMNS}). Rows of every article follow each other; {@code article_id} and the
 * record ids (local to an article) join the tables. Several values in one cell are separated by
 * {@link AcledRow#LIST_SEPARATOR}; offsets are UTF-16 offsets into the article text.
 *
 * <p>Made by {@link Exports}; not thread-safe.
 *
 * @since 0.2.0
 */
public final class CsvExport implements AnalysisWriter {

  /** RFC 4180 with CRLF line ends and a header row; Commons CSV quotes what needs it. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /** Rasd's columns after ACLED's in the events table. */
  public static final List<String> RASD_EVENT_COLUMNS = List.of("article_id", "event_id",
      "rasd_event_type", "status", "date_start", "date_end", "date_granularity", "date_text",
      "killed_min", "killed_max", "killed_text", "injured", "arrested", "fatalities_low",
      "fatalities_best", "fatalities_high", "groups", "places", "claim_ids", "claim_speaker",
      "claim_channel", "trigger_start", "trigger_end", "trigger", "evidence_start", "evidence_end",
      "evidence", "rule", "rules", "confidence", "url");

  /** The columns of the events table: {@link AcledRow#COLUMNS} then {@link #RASD_EVENT_COLUMNS}. */
  public static final List<String> EVENT_COLUMNS = concat(AcledRow.COLUMNS, RASD_EVENT_COLUMNS);

  /** The columns of the force-estimates table. */
  public static final List<String> FORCE_ESTIMATE_COLUMNS = List.of("article_id", "estimate_id",
      "group_id", "group_canonical_id", "group_name", "group_name_en", "count_min", "count_max",
      "approximate", "qualifier", "count_text", "unit", "places", "country", "iso", "as_of_start",
      "as_of_end", "claim_ids", "claim_speaker", "claim_channel", "evidence_start", "evidence_end",
      "evidence", "rule", "confidence");

  /** The columns of the claims table. */
  public static final List<String> CLAIM_COLUMNS = List.of("article_id", "claim_id", "kind", "cue",
      "speaker", "speaker_text", "speaker_kind", "speaker_role", "speaker_ref", "channel",
      "channel_text", "content_start", "content_end", "content", "parent_claim_id", "event_ids",
      "force_estimate_ids", "rule", "confidence");

  private final AcledCsvWriter events;
  private final CSVPrinter estimates;
  private final CSVPrinter claims;

  /** Tables on three writers, each given its header at once; {@link #close()} closes them. */
  CsvExport(Writer events, Writer forceEstimates, Writer claims) throws IOException {
    this.events = new AcledCsvWriter(events, RASD_EVENT_COLUMNS);
    this.estimates = new CSVPrinter(forceEstimates, FORMAT);
    this.claims = new CSVPrinter(claims, FORMAT);
    estimates.printRecord(FORCE_ESTIMATE_COLUMNS);
    this.claims.printRecord(CLAIM_COLUMNS);
  }

  @Override
  public void write(Analysis analysis) throws IOException {
    RecordIndex index = RecordIndex.of(analysis);
    AcledMapping acled = new AcledMapping(index);
    for (Event e : analysis.events()) {
      events.write(acled.row(e), eventValues(index, e));
    }
    for (ForceEstimate f : analysis.forceEstimates()) {
      estimates.printRecord(estimateValues(index, f));
    }
    for (Claim c : analysis.claims()) {
      claims.printRecord(claimValues(index, c));
    }
  }

  @Override
  public void close() throws IOException {
    try (AcledCsvWriter e = events; CSVPrinter f = estimates; CSVPrinter c = claims) {
      e.flush();
      f.flush();
      c.flush();
    }
  }

  private static List<Object> eventValues(RecordIndex index, Event e) {
    Analysis a = index.analysis;
    List<Object> v = new ArrayList<>(RASD_EVENT_COLUMNS.size());
    v.add(a.article().id());
    v.add(e.id());
    v.add(e.type());
    v.add(e.status());
    v.add(e.date().map(DateRange::start).map(Object::toString).orElse(""));
    v.add(e.date().map(DateRange::end).map(Object::toString).orElse(""));
    v.add(e.date().map(DateRange::granularity).map(Object::toString).orElse(""));
    v.add(e.date().map(DateRange::text).orElse(""));
    v.add(e.killed().flatMap(Count::min).map(Object::toString).orElse(""));
    v.add(e.killed().flatMap(Count::max).map(Object::toString).orElse(""));
    v.add(e.killed().map(Count::text).orElse(""));
    v.add(lowerBound(e.injured()));
    v.add(lowerBound(e.arrested()));
    v.add(e.killedRange().map(r -> Long.toString(r.low())).orElse(""));
    v.add(e.killedRange().map(r -> Long.toString(r.best())).orElse(""));
    v.add(e.killedRange().map(r -> Long.toString(r.high())).orElse(""));
    v.add(join(e.groupIds().stream().map(id -> index.group(id).map(CsvExport::groupKey).orElse(id)).toList()));
    v.add(join(index.places(e.placeIds()).stream().map(RecordIndex::placeLabel).toList()));
    List<Claim> claims = index.claims(e.claimIds());
    v.add(join(e.claimIds()));
    v.add(join(claims.stream().map(index::speakerLabel).distinct().toList()));
    v.add(join(claims.stream().flatMap(c -> index.channelLabel(c).stream()).distinct().toList()));
    spanValues(v, e.trigger());
    spanValues(v, e.evidence());
    provenanceValues(v, e.provenance(), true);
    v.add(a.article().url().orElse(""));
    return v;
  }

  private static List<Object> estimateValues(RecordIndex index, ForceEstimate f) {
    List<Object> v = new ArrayList<>(FORCE_ESTIMATE_COLUMNS.size());
    Optional<Group> g = f.groupId().flatMap(index::group);
    v.add(index.analysis.article().id());
    v.add(f.id());
    v.add(f.groupId().orElse(""));
    v.add(g.flatMap(Group::canonicalId).orElse(""));
    v.add(g.map(Group::name).orElse(""));
    v.add(g.flatMap(Group::nameEn).orElse(""));
    v.add(f.count().min().map(Object::toString).orElse(""));
    v.add(f.count().max().map(Object::toString).orElse(""));
    v.add(f.count().approximate());
    v.add(f.count().qualifier());
    v.add(f.count().text());
    v.add(f.unit());
    List<Place> places = index.places(f.placeIds());
    v.add(join(places.stream().map(RecordIndex::placeLabel).toList()));
    Optional<String> cc = places.stream().flatMap(p -> p.countryCode().stream()).findFirst();
    v.add(cc.flatMap(Countries::englishName).orElse(""));
    v.add(cc.flatMap(Countries::numericCode).map(Object::toString).orElse(""));
    v.add(f.asOf().map(DateRange::start).map(Object::toString).orElse(""));
    v.add(f.asOf().map(DateRange::end).map(Object::toString).orElse(""));
    List<Claim> claims = index.claims(f.claimIds());
    v.add(join(f.claimIds()));
    v.add(join(claims.stream().map(index::speakerLabel).distinct().toList()));
    v.add(join(claims.stream().flatMap(c -> index.channelLabel(c).stream()).distinct().toList()));
    spanValues(v, f.evidence());
    provenanceValues(v, f.provenance(), false);
    return v;
  }

  private static List<Object> claimValues(RecordIndex index, Claim c) {
    List<Object> v = new ArrayList<>(CLAIM_COLUMNS.size());
    v.add(index.analysis.article().id());
    v.add(c.id());
    v.add(c.kind());
    v.add(c.cue());
    v.add(index.speakerLabel(c));
    v.add(c.speaker().text());
    v.add(c.speaker().kind());
    v.add(c.speaker().role().orElse(""));
    v.add(c.speaker().personId().or(c.speaker()::organizationId).or(c.speaker()::groupId).orElse(""));
    v.add(index.channelLabel(c).orElse(""));
    v.add(c.channel().map(Claim.Channel::text).orElse(""));
    spanValues(v, c.content());
    v.add(c.parentClaimId().orElse(""));
    v.add(join(index.eventsResting(c.id())));
    v.add(join(index.estimatesResting(c.id())));
    provenanceValues(v, c.provenance(), false);
    return v;
  }

  private static String groupKey(Group g) {
    return g.canonicalId().orElse(g.name());
  }

  private static String lowerBound(Optional<Count> c) {
    return c.flatMap(Count::min).map(Object::toString).orElse("");
  }

  /** start, end and text of a span. */
  private static void spanValues(List<Object> v, Span s) {
    v.add(s.start());
    v.add(s.end());
    v.add(s.text());
  }

  private static void provenanceValues(List<Object> v, Provenance p, boolean withRules) {
    v.add(p.rule());
    if (withRules) {
      v.add(join(p.rules()));
    }
    v.add(p.confidence());
  }

  private static String join(List<String> values) {
    return String.join(AcledRow.LIST_SEPARATOR, values);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
