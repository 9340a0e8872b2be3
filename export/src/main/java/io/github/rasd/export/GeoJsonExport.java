package io.github.rasd.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Count;
import io.github.rasd.model.Event;
import io.github.rasd.model.Group;
import io.github.rasd.model.Place;
import io.github.rasd.model.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Two RFC 7946 FeatureCollections of a batch of analyses: events and places. A feature's
 * geometry is a {@code Point} at {@code [longitude, latitude]} (WGS 84, the RFC's order), or
 * {@code null} when the analysis knows no coordinates for it (RFC 7946 §3.2: an unlocated
 * feature); its {@code id} is {@code "<article id>/<record id>"}.
 *
 * <p>Event properties: {@code record} ("event"), {@code article_id}, {@code event_id},
 * {@code type}, {@code status}, {@code acled_event_type}, {@code acled_sub_event_type},
 * {@code date_start}, {@code date_end}, {@code date_granularity}, {@code date_text},
 * {@code killed}, {@code killed_max}, {@code injured}, {@code arrested}, {@code fatalities},
 * {@code fatalities_low}/{@code _best}/{@code _high} when sources disagree, {@code groups}
 * (canonical ids), {@code group_names}, {@code places}, {@code location}, {@code geo_precision}
 * (ACLED's code), {@code claim_ids}, {@code sources}, {@code evidence} ({@code start},
 * {@code end}, {@code text}), {@code trigger}, {@code rule}, {@code confidence}, {@code notes}.
 * Place properties: {@code record} ("place"), {@code article_id}, {@code place_id},
 * {@code canonical_id}, {@code name}, {@code name_en}, {@code kind}, {@code country_code},
 * {@code admin_parent}, {@code mentions}, {@code event_ids}. Absent values are {@code null}.
 *
 * <p>Made by {@link Exports}; not thread-safe.
 *
 * @since 0.2.0
 */
public final class GeoJsonExport implements AnalysisWriter {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final JsonGenerator events;
  private final JsonGenerator places;

  /** Collections on two writers, opened at once; {@link #close()} ends and closes them. */
  GeoJsonExport(Writer events, Writer places) throws IOException {
    this.events = open(events);
    this.places = open(places);
  }

  private static JsonGenerator open(Writer out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
    return g;
  }

  @Override
  public void write(Analysis analysis) throws IOException {
    RecordIndex index = RecordIndex.of(analysis);
    AcledMapping acled = new AcledMapping(index);
    for (Event e : analysis.events()) {
      writeEvent(index, acled, e);
    }
    for (Place p : analysis.places()) {
      writePlace(index, p);
    }
  }

  private void writeEvent(RecordIndex index, AcledMapping acled, Event e) throws IOException {
    JsonGenerator g = events;
    AcledRow row = acled.row(e);
    String article = index.analysis.article().id();
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", article + "/" + e.id());
    point(g, row.latitude(), row.longitude());
    g.writeObjectFieldStart("properties");
    g.writeStringField("record", "event");
    g.writeStringField("article_id", article);
    g.writeStringField("event_id", e.id());
    g.writeStringField("type", e.type().name());
    g.writeStringField("status", e.status().name());
    g.writeStringField("acled_event_type", row.eventType());
    g.writeStringField("acled_sub_event_type", row.subEventType());
    string(g, "date_start", e.date().map(d -> d.start().toString()));
    string(g, "date_end", e.date().map(d -> d.end().toString()));
    string(g, "date_granularity", e.date().map(d -> d.granularity().name()));
    string(g, "date_text", e.date().map(d -> d.text()));
    number(g, "killed", e.killed().flatMap(Count::min));
    number(g, "killed_max", e.killed().flatMap(Count::max));
    number(g, "injured", e.injured().flatMap(Count::min));
    number(g, "arrested", e.arrested().flatMap(Count::min));
    g.writeNumberField("fatalities", row.fatalities());
    number(g, "fatalities_low", e.killedRange().map(r -> r.low()));
    number(g, "fatalities_best", e.killedRange().map(r -> r.best()));
    number(g, "fatalities_high", e.killedRange().map(r -> r.high()));
    strings(g, "groups", e.groupIds().stream()
        .map(id -> index.group(id).flatMap(Group::canonicalId).orElse(id)).toList());
    strings(g, "group_names", e.groupIds().stream().flatMap(id -> index.label(id).stream()).toList());
    strings(g, "places", index.places(e.placeIds()).stream().map(RecordIndex::placeLabel).toList());
    string(g, "location", row.location());
    number(g, "geo_precision", row.geoPrecision().map(Integer::longValue));
    strings(g, "claim_ids", e.claimIds());
    strings(g, "sources", index.claims(e.claimIds()).stream().map(index::speakerLabel).distinct().toList());
    span(g, "evidence", e.evidence());
    g.writeStringField("trigger", e.trigger().text());
    g.writeStringField("rule", e.provenance().rule());
    g.writeNumberField("confidence", e.provenance().confidence());
    g.writeStringField("notes", row.notes());
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writePlace(RecordIndex index, Place p) throws IOException {
    JsonGenerator g = places;
    String article = index.analysis.article().id();
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", article + "/" + p.id());
    point(g, p.coordinates().map(Place.Coordinates::lat), p.coordinates().map(Place.Coordinates::lon));
    g.writeObjectFieldStart("properties");
    g.writeStringField("record", "place");
    g.writeStringField("article_id", article);
    g.writeStringField("place_id", p.id());
    string(g, "canonical_id", p.canonicalId());
    g.writeStringField("name", p.name());
    string(g, "name_en", p.nameEn());
    g.writeStringField("kind", p.kind().name());
    string(g, "country_code", p.countryCode());
    string(g, "admin_parent", p.adminParent());
    g.writeNumberField("mentions", p.mentions().size());
    strings(g, "event_ids", index.analysis.events().stream()
        .filter(e -> e.placeIds().contains(p.id())).map(Event::id).toList());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void point(JsonGenerator g, Optional<Double> lat, Optional<Double> lon)
      throws IOException {
    if (lat.isEmpty() || lon.isEmpty()) {
      g.writeNullField("geometry");
      return;
    }
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(lon.get());
    g.writeNumber(lat.get());
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void number(JsonGenerator g, String name, Optional<Long> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, String name, Span s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    try (JsonGenerator e = events; JsonGenerator p = places) {
      for (JsonGenerator g : List.of(e, p)) {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
  }
}
