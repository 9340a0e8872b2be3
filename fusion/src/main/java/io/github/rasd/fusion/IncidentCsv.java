package io.github.rasd.fusion;

import io.github.rasd.model.Group;
import io.github.rasd.model.Interop;
import io.github.rasd.model.Place;
import io.github.rasd.model.PlaceKind;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Incidents, or single source events, as CSV rows in the columns of ACLED's data export (ACLED
 * Codebook 2023: {@code event_id_cnty, event_date, year, time_precision, …, fatalities, tags,
 * timestamp}), one row per incident with its sources listed, followed by Rasd's own columns
 * ({@code rasd_…}: low and high fatalities, status, status conflict, sources).
 *
 * <p>Departures from ACLED, for what Rasd does not know: {@code country} holds the ISO 3166
 * alpha-2 code, {@code iso} and the {@code inter*} codes stay empty, {@code event_date} is ISO
 * {@code YYYY-MM-DD}, {@code timestamp} is empty so that the same incidents give the same bytes.
 * Actors are the armed groups the sources name; which side is which is not coded.
 *
 * @since 0.2.0
 */
public final class IncidentCsv {

  /** The column names, ACLED's first, then Rasd's. */
  public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year",
      "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
      "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
      "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
      "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
      "tags", "timestamp", "rasd_fatalities_low", "rasd_fatalities_high", "rasd_status",
      "rasd_status_conflict", "rasd_article_count", "rasd_sources");

  /** ACLED's time precision: the day is known. */
  private static final int PRECISION_DAY = 1;
  /** ACLED's time precision: the week is known. */
  private static final int PRECISION_WEEK = 2;
  /** ACLED's time precision: the month or less is known. */
  private static final int PRECISION_MONTH = 3;
  private static final int DAYS_IN_WEEK = 7;
  private static final String LIST_SEPARATOR = "; ";

  private IncidentCsv() {}

  /** Writes a header and one row per incident to {@code out}. */
  public static void write(List<Incident> incidents, Appendable out) throws IOException {
    try (CSVPrinter printer = new CSVPrinter(out, format())) {
      for (Incident i : incidents) {
        printer.printRecord(row(i));
      }
      printer.flush();
    }
  }

  /** Writes a header and one row per source event, each as an incident of its own. */
  public static void writeEvents(List<SourceEvent> events, Appendable out) throws IOException {
    try (CSVPrinter printer = new CSVPrinter(out, format())) {
      for (SourceEvent e : events) {
        printer.printRecord(eventRow(e));
      }
      printer.flush();
    }
  }

  private static CSVFormat format() {
    return CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
        .setRecordSeparator("\n").get();
  }

  /** The values of one incident's row, in {@link #COLUMNS} order ({@code ""} for none). */
  public static List<String> row(Incident i) {
    List<String> sources = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    for (SourceEvent s : i.sources()) {
      sources.add(s.key() + s.url().map(u -> " <" + u + ">").orElse(""));
      s.outlet().filter(o -> !outlets.contains(o)).ifPresent(outlets::add);
    }
    Interop.Categories cat = Interop.of(i.type());
    List<String> actors = groupNames(i.groups());
    Optional<Place> location = i.places().stream().findFirst();
    String[] v = new String[COLUMNS.size()];
    Arrays.fill(v, "");
    v[0] = i.id();
    i.start().ifPresent(d -> {
      v[1] = d.toString();
      v[2] = String.valueOf(d.getYear());
      v[3] = String.valueOf(precision(d, i.end().orElse(d)));
    });
    v[4] = disorder(cat);
    v[5] = cat.acledEventType();
    v[6] = cat.acledSubEventType();
    v[7] = actors.isEmpty() ? "" : actors.get(0);
    v[8] = actors.size() < 2 ? "" : String.join(LIST_SEPARATOR, actors.subList(1, actors.size()));
    v[17] = i.countryCode().orElse("");
    v[18] = admin1(i.places());
    location.ifPresent(p -> {
      v[21] = name(p);
      p.coordinates().ifPresent(c -> {
        v[22] = String.valueOf(c.lat());
        v[23] = String.valueOf(c.lon());
      });
      v[24] = String.valueOf(geoPrecision(p));
    });
    v[25] = String.join(LIST_SEPARATOR, outlets);
    v[27] = i.sources().get(0).evidence().text();
    v[28] = String.valueOf(i.fatalities().map(Figures::best).orElse(0L));
    v[29] = i.statusConflict() ? "status conflict: " + i.statuses().stream()
        .map(Enum::name).collect(Collectors.joining("/")) : "";
    v[31] = i.fatalities().map(f -> String.valueOf(f.low())).orElse("");
    v[32] = i.fatalities().map(f -> String.valueOf(f.high())).orElse("");
    v[33] = i.status().map(Enum::name).orElse("");
    v[34] = String.valueOf(i.statusConflict());
    v[35] = String.valueOf(i.sources().stream().map(SourceEvent::articleId).distinct().count());
    v[36] = String.join(LIST_SEPARATOR, sources);
    return Collections.unmodifiableList(Arrays.asList(v));
  }

  /** The row of one source event, read as an incident reported by it alone. */
  public static List<String> eventRow(SourceEvent e) {
    List<String> v = new ArrayList<>(row(IncidentFuser.standard().fuseEvents(List.of(e)).get(0)));
    v.set(0, e.key());
    return Collections.unmodifiableList(v);
  }

  /** ACLED's disorder type: strategic developments are their own, the rest political violence. */
  private static String disorder(Interop.Categories cat) {
    return cat.acledEventType().equals("Strategic developments") ? "Strategic developments"
        : "Political violence";
  }

  private static int precision(LocalDate start, LocalDate end) {
    long days = ChronoUnit.DAYS.between(start, end);
    return days == 0 ? PRECISION_DAY : days < DAYS_IN_WEEK ? PRECISION_WEEK : PRECISION_MONTH;
  }

  /** ACLED's geo precision: 1 a town with its point, 2 a district or area, 3 a province or more. */
  private static int geoPrecision(Place p) {
    return switch (p.kind()) {
      case CITY, SITE -> p.coordinates().isPresent() ? 1 : 2;
      case ADMIN2, MOUNTAIN, NATURAL_FEATURE, BORDER -> 2;
      default -> 3;
    };
  }

  private static String admin1(List<Place> places) {
    for (Place p : places) {
      if (p.kind() == PlaceKind.ADMIN1) {
        return name(p);
      }
    }
    for (Place p : places) {
      if (p.adminParent().isPresent()) {
        return p.adminParent().get();
      }
    }
    return "";
  }

  private static String name(Place p) {
    return p.nameEn().filter(n -> !n.isBlank()).orElse(p.name());
  }

  private static List<String> groupNames(List<Group> groups) {
    List<String> names = new ArrayList<>();
    for (Group g : groups) {
      names.add(g.nameEn().filter(n -> !n.isBlank()).orElse(g.name()));
    }
    return names;
  }
}
