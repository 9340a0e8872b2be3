package io.github.rasd.parsers.extract;

import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.internal.DataFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bundled lexicons of the extractors, loaded once: attribution cues, channels, collective
 * speakers, event triggers, status cues, victim nouns (the force-estimate words are {@link
 * ForceLexicon}'s). Each file documents its columns in its header. Immutable and thread-safe.
 */
final class Lexicons {

  final PhraseTable<ClaimCue> claimCues;
  final PhraseTable<String> channelCues;
  final PhraseTable<String> collectives;
  final PhraseTable<Trigger> triggers;
  final PhraseTable<EventStatus> statusCues;
  final PhraseTable<String> personCues;
  final PhraseTable<String> responsibility;
  /** Phrases in which a trigger word names no incident: "شديدة الانفجار" (highly explosive). */
  final PhraseTable<String> triggerBlockers;
  /** Words of habit: "بين الحين والآخر" (from time to time); their clauses report no incident. */
  final PhraseTable<String> habitual;
  /** Relations between a group and what follows it: ALLEGIANCE, PART_OF, LED_BY... */
  final PhraseTable<String> groupRelations;
  /** Nouns that point back to a group: "التنظيم" → GROUP, "عناصر التنظيم" → MEMBERS. */
  final PhraseTable<String> groupAnaphora;
  /** The one resolver of nouns pointing back to a group, over {@link #groupAnaphora}. */
  final GroupAnaphor groupAnaphor;
  final Map<String, Trigger.CountRole> consequences;
  final Set<String> singularVictims;
  /** Dual victim nouns (victim-nouns.tsv, number DUAL): "جنديين" counts two. */
  final Set<String> dualVictims;
  /** Victim nouns (victim-nouns.tsv, column role) by normalized form: "جنود" → SECURITY. */
  final Map<String, VictimRole> victimRoles;
  final Words words;
  /** Place nouns: normalized noun to (kind, whether the name includes the noun). */

  /** The role column of {@code victim-nouns.tsv}: who the noun names. */
  enum VictimRole { SECURITY, CIVILIAN, MILITANT, NEUTRAL }

  private Lexicons() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Map<String, ClaimCue> cues = new LinkedHashMap<>();
    for (DataFile.Line r : DataFile.read(Lexicons.class, "claim-cues.tsv")) {
      ClaimCue.Kind kind = parse(r, 1, ClaimCue.Kind.class);
      cues.put(r.field(0, ""), new ClaimCue(r.field(0, ""), kind, parse(r, 2, ClaimCue.Position.class)));
    }
    claimCues = PhraseTable.ofVerbs(cues);
    channelCues = PhraseTable.of(column(DataFile.read(Lexicons.class, "claim-channels.tsv"), 1));
    collectives = PhraseTable.of(column(DataFile.read(Lexicons.class, "collective-speakers.tsv"), 1));
    triggers = PhraseTable.of(triggerRows());
    Map<String, EventStatus> status = new LinkedHashMap<>();
    for (DataFile.Line r : DataFile.read(Lexicons.class, "status-cues.tsv")) {
      if (status.put(r.field(0, ""), parse(r, 1, EventStatus.class)) != null) {
        throw r.error("'" + r.field(0, "") + "' is listed twice");
      }
    }
    statusCues = PhraseTable.of(status);
    personCues = PhraseTable.of(column(DataFile.read(Lexicons.class, "person-cues.tsv"), 1));
    responsibility = PhraseTable.of(column(DataFile.read(Lexicons.class, "responsibility-cues.tsv"), 1));
    triggerBlockers = PhraseTable.of(column(DataFile.read(Lexicons.class, "trigger-blockers.tsv"), 1));
    habitual = PhraseTable.of(column(DataFile.read(Lexicons.class, "habitual-cues.tsv"), 1));
    groupRelations = PhraseTable.of(column(DataFile.read(Lexicons.class, "group-relations.tsv"), 1));
    groupAnaphora = PhraseTable.of(column(DataFile.read(Lexicons.class, "group-anaphora.tsv"), 1));
    groupAnaphor = new GroupAnaphor(groupAnaphora);
    consequences = consequenceRows();
    // units of force and force cues: ForceLexicon
    Set<String> singular = new HashSet<>();
    for (DataFile.Line r : DataFile.read(Lexicons.class, "victim-nouns.tsv")) {
      if (r.fields().stream().anyMatch(c -> c.equalsIgnoreCase("SINGULAR") || c.equalsIgnoreCase("SG"))) {
        singular.add(n.normalize(r.field(0, "")));
      }
    }
    singularVictims = Set.copyOf(singular);
    Map<String, VictimRole> roles = new HashMap<>();
    for (DataFile.Line r : DataFile.read(Lexicons.class, "victim-nouns.tsv")) {
      roles.put(n.normalize(r.field(0, "")), parse(r, 1, VictimRole.class));
    }
    victimRoles = Map.copyOf(roles);
    Set<String> dual = new HashSet<>();
    for (DataFile.Line r : DataFile.read(Lexicons.class, "victim-nouns.tsv")) {
      String number = r.field(2, "");
      if (!List.of("SINGULAR", "DUAL", "DUAL_OR_PLURAL", "PLURAL").contains(number)) {
        throw r.error("column 3: '" + number + "' is not SINGULAR, DUAL, DUAL_OR_PLURAL or PLURAL");
      }
      if (number.equals("DUAL")) {
        dual.add(n.normalize(r.field(0, "")));
      }
    }
    dualVictims = Set.copyOf(dual);
    words = Words.load();
  }

  /** The triggers of {@code event-triggers.tsv}, paradigm rows expanded ({@link ParadigmRows}). */
  static Map<String, Trigger> triggerRows() {
    return ParadigmRows.read(Lexicons.class, "event-triggers.tsv", true,
        (r, form) -> new Trigger(form, parse(r, 1, EventType.class), parse(r, 2, EventStatus.class),
            parse(r, 3, Trigger.CountRole.class)));
  }

  /** The words of {@code consequence-words.tsv} by normalized form, paradigm rows expanded. */
  static Map<String, Trigger.CountRole> consequenceRows() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Map<String, Trigger.CountRole> cons = new HashMap<>();
    ParadigmRows.read(Lexicons.class, "consequence-words.tsv", false, (r, form) -> parse(r, 1, Trigger.CountRole.class))
        .forEach((w, role) -> cons.put(n.normalize(w), role));
    return Map.copyOf(cons);
  }

  static Lexicons bundled() {
    return Holder.BUNDLED;
  }

  private static Map<String, String> column(Iterable<DataFile.Line> rows, int column) {
    Map<String, String> map = new LinkedHashMap<>();
    for (DataFile.Line r : rows) {
      map.put(r.field(0, ""), r.field(column, ""));
    }
    return map;
  }

  private static <E extends Enum<E>> E parse(DataFile.Line r, int column, Class<E> type) {
    try {
      return Enum.valueOf(type, r.field(column, "").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw r.error("column " + (column + 1) + ": '" + r.field(column, "") + "' is not a "
          + type.getSimpleName());
    }
  }

  /** Loads the lexicons once, on first use. */
  private static final class Holder {
    static final Lexicons BUNDLED = new Lexicons();
  }
}
