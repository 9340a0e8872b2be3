package io.github.rasd.export;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.Event;
import io.github.rasd.model.Place;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's two small inline SVG figures: a timeline of event dates and a sketch of located
 * places (equirectangular, scaled to the places' bounding box; no base map, which would need
 * data or network).
 */
final class Svg {

  static final int WIDTH = 430;
  static final int TIMELINE_HEIGHT = 120;
  static final int MAP_HEIGHT = 260;
  static final int MARGIN = 30;
  /** Smallest extent of the sketch, in degrees, so that one town does not fill the frame. */
  static final double MIN_EXTENT_DEG = 1.0;

  private Svg() {}

  static String timeline(List<Event> events) {
    List<Event> dated = events.stream().filter(e -> e.date().isPresent()).toList();
    StringBuilder s = open(TIMELINE_HEIGHT, "Timeline of event dates · الخط الزمني");
    if (dated.isEmpty()) {
      return note(s, "no dated events · لا أحداث مؤرخة");
    }
    LocalDate first = dated.stream().map(e -> e.date().get().start()).min(LocalDate::compareTo).get();
    LocalDate last = dated.stream().map(e -> e.date().get().end()).max(LocalDate::compareTo).get();
    first = first.minusDays(1);
    last = last.plusDays(1);
    double days = ChronoUnit.DAYS.between(first, last);
    int axisY = TIMELINE_HEIGHT - 35;
    s.append(line(MARGIN, axisY, WIDTH - MARGIN, axisY, "#888"));
    s.append(text(MARGIN, axisY + 18, first.toString(), "start"));
    s.append(text(WIDTH - MARGIN, axisY + 18, last.toString(), "end"));
    Map<LocalDate, Integer> stacked = new LinkedHashMap<>();
    for (Event e : dated) {
      DateRange d = e.date().get();
      double x1 = x(first, d.start(), days);
      double x2 = x(first, d.end(), days);
      int level = stacked.merge(d.start(), 1, Integer::sum) - 1;
      double y = axisY - 14 - level * 16;
      if (x2 - x1 > 2) {
        s.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"6\" fill=\"#c4b5fd\"/>", x1, y - 3, x2 - x1));
      }
      s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#b91c1c\">"
          + "<title>%s</title></circle>", (x1 + x2) / 2, y, Html.attr(e.id() + " " + e.type() + " " + d.start()
          + (d.start().equals(d.end()) ? "" : " – " + d.end()))));
      s.append(text((x1 + x2) / 2 + 8, y + 4, e.id(), "start"));
    }
    return s.append("</svg>").toString();
  }

  static String locations(Analysis a, RecordIndex index) {
    List<Place> located = a.places().stream().filter(p -> p.coordinates().isPresent()).toList();
    StringBuilder s = open(MAP_HEIGHT, "Sketch of located places · خريطة تقريبية");
    if (located.isEmpty()) {
      return note(s, "no coordinates · لا إحداثيات");
    }
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (Place p : located) {
      Place.Coordinates c = p.coordinates().get();
      minLat = Math.min(minLat, c.lat());
      maxLat = Math.max(maxLat, c.lat());
      minLon = Math.min(minLon, c.lon());
      maxLon = Math.max(maxLon, c.lon());
    }
    double midLat = (minLat + maxLat) / 2;
    double cos = Math.max(0.2, Math.cos(Math.toRadians(midLat)));
    double latExtent = Math.max(MIN_EXTENT_DEG, (maxLat - minLat) * 1.3);
    double lonExtent = Math.max(MIN_EXTENT_DEG, (maxLon - minLon) * 1.3);
    double innerW = WIDTH - 2 * MARGIN;
    double innerH = MAP_HEIGHT - 2 * MARGIN;
    double scale = Math.min(innerW / (lonExtent * cos), innerH / latExtent);
    double midLon = (minLon + maxLon) / 2;
    s.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\" fill=\"#f0f6ff\" stroke=\"#cbd5e1\"/>",
        MARGIN, MARGIN, innerW, innerH));
    s.append(text(MARGIN, MAP_HEIGHT - 10, String.format(Locale.ROOT, "%.2f°N %.2f°E (centre)", midLat, midLon), "start"));
    List<String> eventPlaces = new ArrayList<>();
    a.events().forEach(e -> eventPlaces.addAll(e.placeIds()));
    for (Place p : located) {
      Place.Coordinates c = p.coordinates().get();
      double px = WIDTH / 2.0 + (c.lon() - midLon) * cos * scale;
      double py = MAP_HEIGHT / 2.0 - (c.lat() - midLat) * scale;
      List<String> ids = a.events().stream().filter(e -> e.placeIds().contains(p.id())).map(Event::id).toList();
      boolean hasEvent = eventPlaces.contains(p.id());
      s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\" stroke=\"#fff\">"
          + "<title>%s</title></circle>", px, py, hasEvent ? 6 : 4, hasEvent ? "#b91c1c" : "#64748b",
          Html.attr(RecordIndex.placeLabel(p) + " " + c.lat() + ", " + c.lon())));
      s.append(text(px + 8, py + 4, RecordIndex.placeLabel(p) + (ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")"),
          "start"));
    }
    return s.append("</svg>").toString();
  }

  private static double x(LocalDate first, LocalDate d, double days) {
    return MARGIN + (WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(first, d) / days;
  }

  private static StringBuilder open(int height, String title) {
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\"><title>")
        .append(Html.escape(title)).append("</title>");
    s.append(text(10, 16, title, "start"));
    return s;
  }

  private static String note(StringBuilder s, String note) {
    return s.append(text(WIDTH / 2.0, 60, note, "middle")).append("</svg>").toString();
  }

  private static String line(double x1, double y1, double x2, double y2, String color) {
    return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
        x1, y1, x2, y2, color);
  }

  private static String text(double x, double y, String t, String anchor) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#333\">%s</text>",
        x, y, anchor, Html.escape(t));
  }
}
