package io.github.rasd.parsers.extract;

import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.parsers.text.ArabicNormalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bundled lexicons of the extractors, loaded once: attribution cues, channels, collective
 * speakers, event triggers, status cues, victim nouns, units of force. Each file documents its
 * columns in its header. Immutable and thread-safe.
 */
final class Lexicons {

  final PhraseTable<ClaimCue> claimCues;
  final PhraseTable<String> channelCues;
  final PhraseTable<String> collectives;
  final PhraseTable<Trigger> triggers;
  final PhraseTable<EventStatus> statusCues;
  final PhraseTable<String> personCues;
  final PhraseTable<String> forceBlockers;
  final Map<String, Trigger.CountRole> consequences;
  final Map<String, ForceEstimate.Unit> units;
  final Set<String> singularVictims;
  final Words words;

  private Lexicons() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Map<String, ClaimCue> cues = new LinkedHashMap<>();
    for (LexiconFile.Row r : LexiconFile.read("claim-cues.tsv", 2)) {
      ClaimCue.Kind kind = parse(r, 1, ClaimCue.Kind.class);
      cues.put(r.get(0), new ClaimCue(r.get(0), kind));
    }
    claimCues = PhraseTable.of(cues);
    channelCues = PhraseTable.of(column(LexiconFile.read("claim-channels.tsv", 2), 1));
    collectives = PhraseTable.of(column(LexiconFile.read("collective-speakers.tsv", 2), 1));
    Map<String, Trigger> trig = new LinkedHashMap<>();
    for (LexiconFile.Row r : LexiconFile.read("event-triggers.tsv", 4)) {
      trig.put(r.get(0), new Trigger(r.get(0), parse(r, 1, EventType.class),
          parse(r, 2, EventStatus.class), parse(r, 3, Trigger.CountRole.class)));
    }
    triggers = PhraseTable.of(trig);
    Map<String, EventStatus> status = new LinkedHashMap<>();
    for (LexiconFile.Row r : LexiconFile.read("status-cues.tsv", 2)) {
      status.put(r.get(0), parse(r, 1, EventStatus.class));
    }
    statusCues = PhraseTable.of(status);
    personCues = PhraseTable.of(column(LexiconFile.read("person-cues.tsv", 2), 1));
    Map<String, Trigger.CountRole> cons = new HashMap<>();
    for (LexiconFile.Row r : LexiconFile.read("consequence-words.tsv", 2)) {
      cons.put(n.normalize(r.get(0)), parse(r, 1, Trigger.CountRole.class));
    }
    consequences = Map.copyOf(cons);
    Map<String, ForceEstimate.Unit> u = new HashMap<>();
    Map<String, String> blockers = new LinkedHashMap<>();
    for (LexiconFile.Row r : LexiconFile.read("force-units.tsv", 2)) {
      u.put(n.normalize(r.get(0)), parse(r, 1, ForceEstimate.Unit.class));
    }
    for (LexiconFile.Row r : LexiconFile.read("force-cues.tsv", 2)) {
      if (r.get(1).equalsIgnoreCase("NOT") || r.get(1).equalsIgnoreCase("BLOCK")) {
        blockers.put(r.get(0), r.get(1));
      }
    }
    units = Map.copyOf(u);
    forceBlockers = PhraseTable.of(blockers);
    Set<String> singular = new HashSet<>();
    for (LexiconFile.Row r : LexiconFile.read("victim-nouns.tsv", 3)) {
      if (r.columns().stream().anyMatch(c -> c.equalsIgnoreCase("SINGULAR") || c.equalsIgnoreCase("SG"))) {
        singular.add(n.normalize(r.get(0)));
      }
    }
    singularVictims = Set.copyOf(singular);
    words = Words.load();
  }

  static Lexicons bundled() {
    return Holder.BUNDLED;
  }

  private static Map<String, String> column(Iterable<LexiconFile.Row> rows, int column) {
    Map<String, String> map = new LinkedHashMap<>();
    for (LexiconFile.Row r : rows) {
      map.put(r.get(0), r.get(column));
    }
    return map;
  }

  private static <E extends Enum<E>> E parse(LexiconFile.Row r, int column, Class<E> type) {
    try {
      return Enum.valueOf(type, r.get(column).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw r.error("column " + (column + 1) + ": '" + r.get(column) + "' is not a "
          + type.getSimpleName());
    }
  }

  /** Loads the lexicons once, on first use. */
  private static final class Holder {
    static final Lexicons BUNDLED = new Lexicons();
  }
}
