package io.github.rasd.parsers.extract;

import io.github.rasd.model.DateRange;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds statements of an armed group's size ("نحو 1700 مقاتل", about 1,700 fighters; "يقدر عدد
 * مقاتليها بخمسة آلاف", its fighters are estimated at five thousand) as a pipeline of the named
 * rules of {@link ForceRules}, run in this order:
 *
 * <ol>
 *   <li>figures: the number parser's quantities without the numbers of names ({@code
 *       quantities/number-in-name}, in {@link Layers}: "حركة إم 23"), two joined into one range
 *       by {@code forces/range-join};
 *   <li>candidates: {@code forces/unit-count} (a figure counting a unit noun), then {@code
 *       forces/size-noun} (a size noun and a unit or pronoun before the figure; on a figure
 *       already found it adds its name), then {@code forces/estimated-unit} (an estimating
 *       verb, the unit as its object, the figure after ب), then {@code
 *       forces/coordinated-figure} ("... وسبعة آلاف في سوريا"), then {@code forces/earlier-size}
 *       ("... بعد أن كان يضم نحو ثلاثة آلاف"), then {@code forces/changed-size} ("انخفض عددهم من
 *       ثلاثة آلاف إلى 300": the later figure);
 *   <li>filters, the first that rejects drops the candidate: {@code forces/vague-quantity},
 *       {@code forces/other-count}, {@code forces/toll-or-catch}, {@code forces/cell-make-up},
 *       {@code forces/incident-actors}, {@code forces/non-armed-body}, {@code
 *       forces/ranks-of-other};
 *   <li>the bounds: {@code forces/range-bounds} (a range without a hedge is not approximate),
 *       {@code forces/bound-verb} (a verb of excess or limit makes the figure a bound), {@code
 *       forces/hedge-before} (a hedge outside the figure makes it approximate);
 *   <li>group links, the first that finds a group wins: {@code forces/group-after-unit}, {@code
 *       forces/group-possessive} (with {@code forces/pronoun-agreement}: the group agrees with
 *       the pronoun in gender), {@code forces/clause-subject} (the subject of the verb that
 *       governs the figure, {@link ClauseSubject}), {@code forces/group-before}, {@code forces/group-in-focus},
 *       {@code forces/group-of-article} (a coordinated figure takes the group of the estimate it
 *       follows); a noun pointing back ("الجماعة") is resolved by {@code forces/anaphor-head}
 *       ({@link GroupAnaphor}), named in the provenance when it passed a nearer group over;
 *   <li>the filters that need the group: {@code forces/no-armed-context}, {@code
 *       forces/bare-count}, {@code forces/forces-of-group}, {@code forces/scene-count} (a small
 *       exact count without a verb of make-up).
 * </ol>
 *
 * <p>Each record lists in {@link Found#rules} every rule that made or changed it, the creating
 * rule first; the assembly adds {@code forces/claim-estimator}, {@code forces/claim-covering},
 * {@code forces/claim-following} or {@code forces/claim-of-series}, tried in this order, when it
 * links the claim the estimate rests on. The words of all rules come from {@link
 * ForceLexicon}; candidates a filter dropped carry its name in {@link Found#rejectedBy} ({@link
 * #candidates}, for the rule tables). Immutable and thread-safe: per-article state lives in
 * {@link ForceRules.Ctx}.
 */
final class ForceExtractor {

  /** An estimate found in one article. */
  static final class Found {
    ForceFigure figure;
    ForceEstimate.Unit unit;
    Doc.Mention group;
    final List<Doc.Mention> places = new ArrayList<>();
    /** When the estimate holds, when its sentence says ("في مطلع 2024"); else the publication date. */
    Optional<DateRange> asOf = Optional.empty();
    int sentence;
    int first;
    int end;
    /** The unit noun's tokens, {@code [unitFirst, unitEnd)}; -1 when the unit is implied. */
    int unitFirst = -1;
    int unitEnd = -1;
    /** The size noun ("عدد"), or -1. */
    int sizeNoun = -1;
    /** The end of the size noun's unit noun ("عدد مقاتلي"), or -1. */
    int sizeUnitEnd = -1;
    /** A possessive pronoun on the size or unit noun names the group ("عددهم", "مقاتليها"). */
    boolean possessive;
    /** A size noun or an estimate verb governs the figure. */
    boolean cue;
    /** The estimate a coordinated figure follows. */
    Found coordinatedWith;
    /** The filter that dropped the candidate, or null. */
    String rejectedBy;
    /** Every rule that made or changed the estimate, the creating rule first. */
    final List<String> rules = new ArrayList<>();

    @Override
    public String toString() {
      return figure.count().text() + " " + unit + " " + rules + (rejectedBy == null ? "" : " rejected by " + rejectedBy);
    }

    static Found of(Doc doc, ForceFigure figure, ForceEstimate.Unit unit, String rule) {
      Found f = new Found();
      f.figure = figure;
      f.unit = unit;
      f.sentence = doc.sentenceOf(figure.first());
      f.first = figure.first();
      f.end = figure.end();
      f.rules.add(rule);
      f.rules.addAll(figure.rules());
      return f;
    }
  }

  private final ForceLexicon lexicon;
  private final PhraseTable<Trigger> triggers;
  private final PhraseTable<String> anaphora;
  private final Words words;
  private static final ForceFigure.RangeJoin RANGE_JOIN = new ForceFigure.RangeJoin();
  private static final List<ForceRules.Candidate> CANDIDATES =
      List.of(new ForceRules.UnitCount(), new ForceRules.SizeNoun(), new ForceRules.EstimatedUnit());
  private static final ForceRules.CoordinatedFigure COORDINATED = new ForceRules.CoordinatedFigure();
  private static final ForceRules.EarlierSize EARLIER = new ForceRules.EarlierSize();
  private static final ForceRules.ChangedSize CHANGED = new ForceRules.ChangedSize();
  private static final ForceRules.RangeBounds RANGE_BOUNDS = new ForceRules.RangeBounds();
  private static final ForceRules.BoundVerb BOUND_VERB = new ForceRules.BoundVerb();
  private static final ForceRules.HedgeBefore HEDGE = new ForceRules.HedgeBefore();
  private static final List<ForceRules.Filter> FILTERS = List.of(new ForceRules.VagueQuantity(),
      new ForceRules.OtherCount(), new ForceRules.TollOrCatch(), new ForceRules.CellMakeUp(), new ForceRules.IncidentActors(), new ForceRules.NonArmedBody(),
      new ForceRules.RanksOfOther());
  private static final List<ForceRules.Filter> AFTER_LINKS = List.of(new ForceRules.NoArmedContext(),
      new ForceRules.BareCount(), new ForceRules.ForcesOfGroup(), new ForceRules.SceneCount());
  private static final List<ForceRules.GroupLink> GROUP_LINKS = List.of(new ForceRules.GroupAfterUnit(),
      new ForceRules.GroupPossessive(), new ClauseSubject(), new ForceRules.GroupBefore(), new ForceRules.GroupInFocus(),
      new ForceRules.GroupOfArticle());

  ForceExtractor(ForceLexicon lexicon, PhraseTable<Trigger> triggers, PhraseTable<String> anaphora,
      Words words) {
    this.lexicon = lexicon;
    this.triggers = triggers;
    this.anaphora = anaphora;
    this.words = words;
  }

  /** Every rule the extractor runs, in the order of the class javadoc. */
  static List<ForceRules.Rule> rules() {
    List<ForceRules.Rule> all = new ArrayList<>(List.of(RANGE_JOIN));
    all.addAll(CANDIDATES);
    all.addAll(List.of(COORDINATED, EARLIER, CHANGED));
    all.addAll(FILTERS);
    all.addAll(List.of(RANGE_BOUNDS, BOUND_VERB, HEDGE));
    all.addAll(GROUP_LINKS);
    all.addAll(AFTER_LINKS);
    return List.copyOf(all);
  }

  List<Found> extract(Doc doc, Layers layers) {
    return candidates(doc, layers).stream().filter(f -> f.rejectedBy == null).toList();
  }

  /** Every candidate of the article, those a filter dropped marked with its name. */
  List<Found> candidates(Doc doc, Layers layers) {
    ForceRules.Ctx c = ForceRules.Ctx.of(doc, layers,
        RANGE_JOIN.apply(doc, layers.quantities(), lexicon), lexicon, triggers, anaphora, words);
    List<Found> found = new ArrayList<>();
    for (ForceRules.Candidate rule : CANDIDATES) {
      rule.find(c, found);
    }
    found.sort(Comparator.comparingInt((Found f) -> f.figure.first()));
    COORDINATED.find(c, found);
    EARLIER.find(c, found);
    CHANGED.find(c, found);
    found.sort(Comparator.comparingInt((Found f) -> f.figure.first()));
    for (Found f : found) {
      f.rejectedBy = FILTERS.stream().filter(r -> r.rejects(c, f)).map(ForceRules.Filter::name)
          .findFirst().orElse(null);
    }
    for (Found f : found) {
      if (f.rejectedBy != null) {
        continue;
      }
      RANGE_BOUNDS.apply(c, f);
      BOUND_VERB.apply(c, f);
      HEDGE.apply(c, f);
      link(c, f);
      f.rejectedBy = AFTER_LINKS.stream().filter(r -> r.rejects(c, f)).map(ForceRules.Filter::name)
          .findFirst().orElse(null);
      if (f.rejectedBy != null) {
        continue;
      }
      Sentence s = doc.sentence(f.sentence);
      f.asOf = layers.dateIn(s.firstToken(), s.endToken(), f.figure.first());
      for (Doc.Mention m : doc.mentionsIn(s.firstToken(), s.endToken())) {
        if (m.kind() == EntryKind.PLACE || m.kind() == EntryKind.COUNTRY) {
          f.places.add(m);
        }
      }
    }
    return found;
  }

  private void link(ForceRules.Ctx c, Found f) {
    if (f.coordinatedWith != null) {
      f.group = f.coordinatedWith.group;
      return;
    }
    for (ForceRules.GroupLink rule : GROUP_LINKS) {
      Optional<Doc.Mention> g = rule.group(c, f);
      if (g.isPresent()) {
        f.group = g.get();
        f.rules.add(rule.name());
        if (c.shortName(f.group.first()).filter(m -> m == f.group).isPresent()) {
          f.rules.add(GroupShortNames.RULE);
        }
        Sentence s = doc(c).sentence(f.sentence);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
          Optional<GroupAnaphor.Antecedent> a = c.antecedent(i);
          if (a.isPresent() && a.get().group() == f.group && a.get().passedOver()) {
            f.rules.add(GroupAnaphor.RULE); // a noun pointing back passed a group of another head
            break;
          }
        }
        if (f.group.first() >= f.end && doc(c).sentenceOf(f.group.first()) == f.sentence) {
          f.end = f.group.end();
        }
        return;
      }
    }
  }

  private static Doc doc(ForceRules.Ctx c) {
    return c.doc();
  }
}
