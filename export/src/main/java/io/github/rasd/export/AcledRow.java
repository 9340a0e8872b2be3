package io.github.rasd.export;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row in the columns of ACLED (Armed Conflict Location &amp; Event Data Project), in its
 * names and order, for the columns Rasd can fill: {@link #COLUMNS}. ACLED's identifiers, actor
 * types (inter1, inter2, interaction), admin3, region, civilian_targeting, tags and timestamp are
 * left out, as they need ACLED's own coding.
 *
 * <p>Build one from an event with {@link #of(Analysis, Event)}, or by hand with
 * {@link #builder()} (incidents fused across articles); write rows with {@link AcledCsvWriter}.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class AcledRow {

  /** ACLED's column names, in ACLED's order. */
  public static final List<String> COLUMNS = List.of("event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
      "country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
      "source", "source_scale", "notes", "fatalities");

  /** Separator of several values in one column, as ACLED writes associated actors. */
  public static final String LIST_SEPARATOR = "; ";

  /** event_date, written as YYYY-MM-DD; the column year is its year. */
  public abstract Optional<LocalDate> eventDate();

  /** time_precision: 1 the day, 2 the week, 3 the month or less precise. */
  public abstract Optional<Integer> timePrecision();

  /** disorder_type: "Political violence" or "Strategic developments". */
  public abstract String disorderType();

  /** event_type, e.g. "Battles". */
  public abstract String eventType();

  /** sub_event_type, e.g. "Armed clash". */
  public abstract String subEventType();

  /** actor1: the named actor who carried it out (or the security force that acted). */
  public abstract Optional<String> actor1();

  /** assoc_actor_1: the other actors on actor1's side. */
  public abstract List<String> assocActor1();

  /** actor2: the named actor on the other side. */
  public abstract Optional<String> actor2();

  /** country, in English. */
  public abstract Optional<String> country();

  /** iso: the ISO 3166-1 numeric code of the country, e.g. 788 for Tunisia. */
  public abstract Optional<Integer> iso();

  /** admin1: the first-level division. */
  public abstract Optional<String> admin1();

  /** admin2: the second-level division. */
  public abstract Optional<String> admin2();

  /** location: the most specific place. */
  public abstract Optional<String> location();

  /** latitude, WGS 84. */
  public abstract Optional<Double> latitude();

  /** longitude, WGS 84. */
  public abstract Optional<Double> longitude();

  /** geo_precision: 1 the town itself, 2 near it or a small area, 3 a region or a country. */
  public abstract Optional<Integer> geoPrecision();

  /** source: the outlet that reported it. */
  public abstract Optional<String> source();

  /** source_scale: "Local", "National", "International"…, when known. */
  public abstract Optional<String> sourceScale();

  /** notes: a short English description. */
  public abstract String notes();

  /** fatalities: the number killed, 0 when none is reported. */
  @Value.Default
  public long fatalities() {
    return 0;
  }

  /** The row's values as text in {@link #COLUMNS} order, an absent value as "". */
  public final List<String> values() {
    List<String> v = new ArrayList<>(COLUMNS.size());
    v.add(eventDate().map(LocalDate::toString).orElse(""));
    v.add(eventDate().map(d -> Integer.toString(d.getYear())).orElse(""));
    v.add(text(timePrecision()));
    v.add(disorderType());
    v.add(eventType());
    v.add(subEventType());
    v.add(actor1().orElse(""));
    v.add(String.join(LIST_SEPARATOR, assocActor1()));
    v.add(actor2().orElse(""));
    v.add(country().orElse(""));
    v.add(text(iso()));
    v.add(admin1().orElse(""));
    v.add(admin2().orElse(""));
    v.add(location().orElse(""));
    v.add(text(latitude()));
    v.add(text(longitude()));
    v.add(text(geoPrecision()));
    v.add(source().orElse(""));
    v.add(sourceScale().orElse(""));
    v.add(notes());
    v.add(Long.toString(fatalities()));
    return v;
  }

  /** The row of {@code event}, an event of {@code analysis}, by {@link AcledMapping}. */
  public static AcledRow of(Analysis analysis, Event event) {
    return new AcledMapping(RecordIndex.of(analysis)).row(event);
  }

  /** A builder of a row by hand. */
  public static ImmutableAcledRow.Builder builder() {
    return ImmutableAcledRow.builder();
  }

  private static String text(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }
}
