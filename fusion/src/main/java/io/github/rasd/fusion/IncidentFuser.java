package io.github.rasd.fusion;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import io.github.rasd.model.Event;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.Group;
import io.github.rasd.model.Place;
import io.github.rasd.model.Provenance;
import io.github.rasd.model.TollFigure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Fuses the events of many analyses into incidents: the reports of one happening by several
 * articles become one {@link Incident} that keeps each report as a {@link SourceEvent}.
 *
 * <p>How, in order:
 * <ol>
 *   <li><b>Blocking</b> ({@code fusion/blocking}): events are grouped by the country of their
 *       most specific place ({@link #blockingKey}), and within a country sorted by the first day
 *       they may have happened; only events whose windows overlap are ever compared, so the work
 *       is n log n in the number of events plus the pairs inside one window, never all pairs.
 *   <li><b>Pair rules</b>, each a named unit that may refuse a pair: {@link TypeFamilyRule},
 *       {@link DateOverlapRule}, {@link PlaceAgreementRule}, {@link GroupCompatibilityRule},
 *       {@link SameArticleRule}. The scores of a pair no rule refuses are added up.
 *   <li><b>Linking</b> ({@code fusion/complete-link}): pairs are taken by score, best first (ties
 *       by the keys of their events), and two groups of events are joined only when every event
 *       of one is compatible with every event of the other, so that a chain of near matches never
 *       joins two incidents that disagree.
 *   <li><b>Reconciling</b> ({@code fusion/toll-reconciliation}): each toll's low is the lowest
 *       figure any source allows, its high the highest, its best the figure most sources give
 *       (on a tie, the lower median of the tied figures); every figure keeps its source.
 *       Statuses that differ (foiled by one, occurred by another) are kept and flagged
 *       ({@code fusion/status-conflict}).
 * </ol>
 *
 * <p>Deterministic: incidents, their ids (hashes of the source keys) and their order depend on
 * the set of events only, not on the order they come in. Thread-safe: the fuser is immutable.
 *
 * @since 0.2.0
 */
public final class IncidentFuser {

  /** The rule name of blocking by country and date window. */
  public static final String BLOCKING = "fusion/blocking";
  /** The rule name of joining groups of events only when all their pairs agree. */
  public static final String COMPLETE_LINK = "fusion/complete-link";
  /** The rule name of the low / best / high tolls. */
  public static final String TOLL_RECONCILIATION = "fusion/toll-reconciliation";
  /** The rule name of a status conflict between sources. */
  public static final String STATUS_CONFLICT = "fusion/status-conflict";
  /** The rule name of an incident that only one event reports. */
  public static final String SINGLE_SOURCE = "fusion/single-source";

  private static final int ID_HEX_DIGITS = 16;
  private static final Comparator<SourceEvent> BY_KEY = Comparator.comparing(SourceEvent::key);
  private static final Comparator<Incident> INCIDENT_ORDER =
      Comparator.comparing((Incident i) -> i.start().orElse(LocalDate.MAX))
          .thenComparing(i -> i.countryCode().orElse(""))
          .thenComparing(Incident::id);

  private final TypeFamilyRule types;
  private final List<PairRule> rules;

  private IncidentFuser() {
    this.types = TypeFamilyRule.standard();
    this.rules = List.of(types, new DateOverlapRule(), new PlaceAgreementRule(),
        new GroupCompatibilityRule(), new SameArticleRule());
  }

  /** The fuser with the bundled rules and tables. */
  public static IncidentFuser standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final IncidentFuser STANDARD = new IncidentFuser();
  }

  /** The incidents that the events of {@code analyses} report. */
  public List<Incident> fuse(Collection<Analysis> analyses) {
    List<SourceEvent> events = new ArrayList<>();
    for (Analysis a : analyses) {
      events.addAll(sourceEvents(a));
    }
    return fuseEvents(events);
  }

  /**
   * The incidents of {@code events}, ordered by first day, country and id. Events of one key
   * given twice (an article read twice) count once.
   */
  public List<Incident> fuseEvents(Collection<SourceEvent> events) {
    Map<String, List<SourceEvent>> blocks = new TreeMap<>();
    for (SourceEvent e : distinct(events)) {
      blocks.computeIfAbsent(blockingKey(e), k -> new ArrayList<>()).add(e);
    }
    List<Incident> incidents = new ArrayList<>();
    for (Map.Entry<String, List<SourceEvent>> block : blocks.entrySet()) {
      incidents.addAll(fuseBlock(block.getKey(), block.getValue()));
    }
    incidents.sort(INCIDENT_ORDER);
    return List.copyOf(incidents);
  }

  /**
   * The incidents of the events of one block, all of one {@link #blockingKey}: a distributed job
   * shuffles events by that key and calls this per key, with the same result as {@link
   * #fuseEvents} on the whole (whose order it leaves to the caller).
   *
   * <p>A block may also be given in runs: sorted by {@code windowStart}, the {@link #fusable}
   * events of a key split wherever an event starts after every window before it has ended, and
   * each event that is not fusable is a run of its own. No incident spans two runs (its events
   * are linked by overlapping windows), so fusing each run apart gives the same incidents with
   * memory bounded by the longest run.
   */
  public List<Incident> fuseBlock(String key, Collection<SourceEvent> blockEvents) {
    List<SourceEvent> events = new ArrayList<>(distinct(blockEvents));
    events.sort(Comparator.comparing((SourceEvent e) -> e.windowStart().orElse(LocalDate.MAX))
        .thenComparing(BY_KEY));
    int n = events.size();
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SourceEvent a = events.get(i);
      if (!DateOverlapRule.fusable(a)) {
        continue;
      }
      LocalDate end = a.windowEnd().get();
      for (int j = i + 1; j < n && !events.get(j).windowStart().orElse(LocalDate.MAX).isAfter(end);
          j++) {
        int score = score(a, events.get(j));
        if (score >= 0) {
          pairs.add(new int[] {score, i, j});
        }
      }
    }
    pairs.sort(Comparator.<int[]>comparingInt(p -> -p[0])
        .thenComparing(p -> events.get(Math.min(p[1], p[2])).key())
        .thenComparing(p -> events.get(Math.max(p[1], p[2])).key()));
    int[] root = new int[n];
    List<List<Integer>> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      root[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
    for (int[] p : pairs) {
      int ra = root[p[1]];
      int rb = root[p[2]];
      if (ra == rb || !allCompatible(events, members.get(ra), members.get(rb))) {
        continue;
      }
      int keep = members.get(ra).size() >= members.get(rb).size() ? ra : rb;
      int gone = keep == ra ? rb : ra;
      for (int m : members.get(gone)) {
        root[m] = keep;
      }
      members.get(keep).addAll(members.get(gone));
      members.set(gone, List.of());
    }
    List<Incident> incidents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (root[i] == i) {
        List<SourceEvent> sources = new ArrayList<>();
        for (int m : members.get(i)) {
          sources.add(events.get(m));
        }
        incidents.add(incident(key, sources));
      }
    }
    return incidents;
  }

  /**
   * True when {@code e} can be fused with another event at all: its window is known and narrow
   * enough ({@code fusion/date-overlap}); any other event is an incident of its own.
   */
  public static boolean fusable(SourceEvent e) {
    return DateOverlapRule.fusable(e);
  }

  /**
   * The blocking key of an event: the ISO country code of its first place that has one (places
   * are most specific first), or {@code ""}. Events of different keys are never fused.
   */
  public static String blockingKey(SourceEvent e) {
    for (Place p : e.places()) {
      if (p.countryCode().isPresent()) {
        return p.countryCode().get();
      }
    }
    return "";
  }

  /** The events of one analysis, each with its article and the records it references. */
  public static List<SourceEvent> sourceEvents(Analysis analysis) {
    Map<String, Place> places = index(analysis.places(), Place::id);
    Map<String, Group> groups = index(analysis.groups(), Group::id);
    Map<String, Claim> claims = index(analysis.claims(), Claim::id);
    Optional<LocalDate> published = analysis.article().published();
    List<SourceEvent> out = new ArrayList<>();
    for (Event e : analysis.events()) {
      ImmutableSourceEvent.Builder b = ImmutableSourceEvent.builder()
          .articleId(analysis.article().id()).eventId(e.id())
          .outlet(analysis.article().outlet()).url(analysis.article().url()).published(published)
          .type(e.type()).status(e.status()).date(e.date())
          .killed(e.killed()).injured(e.injured()).killedRange(e.killedRange())
          .tollFigures(e.tollFigures()).trigger(e.trigger()).evidence(e.evidence())
          .confidence(e.provenance().confidence());
      if (e.date().isPresent()) {
        b.windowStart(e.date().get().start()).windowEnd(e.date().get().end());
      } else if (published.isPresent()) {
        b.windowStart(published.get().minusDays(DateOverlapRule.UNDATED_LOOKBACK_DAYS))
            .windowEnd(published.get());
      }
      e.placeIds().stream().map(places::get).forEach(b::addPlaces);
      e.groupIds().stream().map(groups::get).forEach(b::addGroups);
      LinkedHashMap<String, Claim> own = new LinkedHashMap<>();
      e.claimIds().forEach(id -> own.put(id, claims.get(id)));
      e.tollFigures().forEach(f -> f.claimId().ifPresent(id -> own.put(id, claims.get(id))));
      b.addAllClaims(own.values());
      out.add(b.build());
    }
    return out;
  }

  private int score(SourceEvent a, SourceEvent b) {
    int total = 0;
    for (PairRule r : rules) {
      int s = r.score(a, b);
      if (s < 0) {
        return PairRule.INCOMPATIBLE;
      }
      total += s;
    }
    return total;
  }

  private boolean allCompatible(List<SourceEvent> events, List<Integer> a, List<Integer> b) {
    for (int x : a) {
      for (int y : b) {
        if (score(events.get(x), events.get(y)) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  private Incident incident(String country, List<SourceEvent> members) {
    List<SourceEvent> sources = new ArrayList<>(members);
    sources.sort(Comparator.comparing((SourceEvent e) -> e.published().orElse(LocalDate.MAX))
        .thenComparing(BY_KEY));
    List<String> rulesUsed = new ArrayList<>();
    if (sources.size() == 1) {
      rulesUsed.add(SINGLE_SOURCE);
    } else {
      rulesUsed.add(BLOCKING);
      rules.forEach(r -> rulesUsed.add(r.name()));
      rulesUsed.add(COMPLETE_LINK);
    }
    ImmutableIncident.Builder b = ImmutableIncident.builder().id(id(sources))
        .countryCode(Optional.of(country).filter(c -> !c.isEmpty()));
    b.type(type(sources));
    EnumSet<EventType> typeSet = EnumSet.noneOf(EventType.class);
    EnumSet<EventStatus> statusSet = EnumSet.noneOf(EventStatus.class);
    for (SourceEvent s : sources) {
      typeSet.add(s.type());
      statusSet.add(s.status());
    }
    b.types(typeSet).statuses(statusSet);
    if (statusSet.size() == 1) {
      b.status(statusSet.iterator().next());
    } else {
      rulesUsed.add(STATUS_CONFLICT);
    }
    window(sources, b);
    b.places(distinctByCount(sources, SourceEvent::places, IncidentFuser::placeKey));
    b.groups(distinctByCount(sources, SourceEvent::groups, IncidentFuser::groupKey));
    Optional<Figures> dead = TollReconciliation.figures(sources, TollFigure.Kind.KILLED);
    Optional<Figures> hurt = TollReconciliation.figures(sources, TollFigure.Kind.INJURED);
    if (dead.isPresent() || hurt.isPresent()) {
      rulesUsed.add(TOLL_RECONCILIATION);
    }
    b.fatalities(dead).injured(hurt).sources(sources);
    double confidence = sources.stream().mapToDouble(SourceEvent::confidence).average().orElse(1);
    b.provenance(Provenance.of(rulesUsed, Math.round(confidence * 1000) / 1000.0));
    return b.build();
  }

  /** The type most sources give; ties go to the most specific type, then to enum order. */
  private EventType type(List<SourceEvent> sources) {
    Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
    sources.forEach(s -> counts.merge(s.type(), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<EventType, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparingInt(en -> types.specificity(en.getKey()))
            .thenComparing(en -> -en.getKey().ordinal()))
        .orElseThrow().getKey();
  }

  /** The days every fusable source allows; a single source keeps its own window. */
  private static void window(List<SourceEvent> sources, ImmutableIncident.Builder b) {
    LocalDate start = null;
    LocalDate end = null;
    for (SourceEvent s : sources) {
      if (s.windowStart().isEmpty() || sources.size() > 1 && !DateOverlapRule.fusable(s)) {
        continue;
      }
      LocalDate ss = s.windowStart().get();
      LocalDate se = s.windowEnd().get();
      start = start == null || ss.isAfter(start) ? ss : start;
      end = end == null || se.isBefore(end) ? se : end;
    }
    if (start != null && !end.isBefore(start)) {
      b.start(start).end(end);
    }
  }

  private static <T> List<T> distinctByCount(List<SourceEvent> sources,
      Function<SourceEvent, List<T>> values, Function<T, String> key) {
    Map<String, T> first = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (SourceEvent s : sources) {
      Map<String, T> once = new LinkedHashMap<>();
      values.apply(s).forEach(v -> once.putIfAbsent(key.apply(v), v));
      once.forEach((k, v) -> {
        first.putIfAbsent(k, v);
        counts.merge(k, 1, Integer::sum);
      });
    }
    List<String> keys = new ArrayList<>(first.keySet());
    keys.sort(Comparator.<String>comparingInt(k -> -counts.get(k)).thenComparing(k -> k));
    List<T> out = new ArrayList<>();
    keys.forEach(k -> out.add(first.get(k)));
    return out;
  }

  private static String placeKey(Place p) {
    return p.canonicalId().orElse("name:" + PlaceNames.key(p.name()));
  }

  private static String groupKey(Group g) {
    return g.canonicalId().orElse("name:" + PlaceNames.key(g.name()));
  }

  /** Events once per key; of two different events with one key the first in JSON order stays. */
  private static Collection<SourceEvent> distinct(Collection<SourceEvent> events) {
    Map<String, SourceEvent> byKey = new TreeMap<>();
    for (SourceEvent e : events) {
      byKey.merge(e.key(), e, (had, other) -> had.equals(other)
          || RasdJson.write(had).compareTo(RasdJson.write(other)) <= 0 ? had : other);
    }
    return byKey.values();
  }

  private static String id(List<SourceEvent> sources) {
    List<String> keys = new ArrayList<>();
    sources.forEach(s -> keys.add(s.key()));
    keys.sort(Comparator.naturalOrder());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(String.join("\n", keys).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder("inc-");
      for (int i = 0; i < ID_HEX_DIGITS / 2; i++) {
        hex.append(String.format("%02x", hash[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static <T> Map<String, T> index(List<T> records, Function<T, String> id) {
    Map<String, T> map = new HashMap<>();
    records.forEach(r -> map.put(id.apply(r), r));
    return map;
  }
}
