package io.github.rasd.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The categories of other event datasets for each {@link EventType}: ACLED's event and
 * sub-event types and PLOVER's event type and mode, read from the bundled table
 * {@code interop.tsv} (its header names the sources).
 *
 * <p>Thread-safe: the table is loaded once and never changes.
 *
 * @since 0.1.0
 */
public final class Interop {

  /** ACLED and PLOVER categories of one event type. */
  public record Categories(
      EventType type,
      String acledEventType,
      String acledSubEventType,
      String ploverEventType,
      Optional<String> ploverMode,
      Optional<String> note) {

    /**
     * ACLED's disorder type, which its codebook derives from the event type: "Strategic
     * developments" for that event type, "Political violence" for battles, explosions/remote
     * violence and violence against civilians.
     *
     * @since 0.2.0
     */
    public String acledDisorderType() {
      return STRATEGIC_DEVELOPMENTS.equals(acledEventType) ? STRATEGIC_DEVELOPMENTS : POLITICAL_VIOLENCE;
    }
  }

  private static final String STRATEGIC_DEVELOPMENTS = "Strategic developments";
  private static final String POLITICAL_VIOLENCE = "Political violence";

  private static final String RESOURCE = "interop.tsv";
  private static final int COLUMNS = 6;

  private Interop() {}

  /** The categories of {@code type}. */
  public static Categories of(EventType type) {
    return Holder.TABLE.get(type);
  }

  /** Loads the table once, on first use. */
  private static final class Holder {
    static final Map<EventType, Categories> TABLE = load();
  }

  private static Map<EventType, Categories> load() {
    Map<EventType, Categories> table = new EnumMap<>(EventType.class);
    try (InputStream in = Interop.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != COLUMNS) {
          throw new IllegalStateException(
              RESOURCE + ":" + lineNo + ": expected " + COLUMNS + " columns, found " + cols.length);
        }
        EventType type;
        try {
          type = EventType.valueOf(cols[0]);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(RESOURCE + ":" + lineNo + ": unknown event type " + cols[0], e);
        }
        table.put(type, new Categories(type, cols[1], cols[2], cols[3],
            Optional.of(cols[4]).filter(s -> !s.isEmpty()),
            Optional.of(cols[5]).filter(s -> !s.isEmpty())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (EventType t : EventType.values()) {
      if (!table.containsKey(t)) {
        throw new IllegalStateException(RESOURCE + ": no row for event type " + t);
      }
    }
    return Map.copyOf(table);
  }
}
