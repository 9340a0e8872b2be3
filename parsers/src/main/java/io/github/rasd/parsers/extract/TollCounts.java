package io.github.rasd.parsers.extract;

import io.github.rasd.model.Count;
import io.github.rasd.model.ImmutableCount;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.text.Sentence;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The toll rules: which number of a clause counts the killed, injured or arrested of the
 * incident a trigger names, beside the nearest number after the trigger that
 * {@link EventExtractor} reads. A part of the victims ("بينهم ثلاثة أطفال") is no toll; an
 * ordinal after an act counts one more ("واعتقال ثالث"); a time expression set off by commas
 * between the verb and its object does not part them ("اعتقلت المفارز، الأحد، أربعة
 * متهمين"); a plural noun of victims is not one victim; a toll that rose to a number is that
 * number. The rules' words live in {@code toll-cues.tsv}. Immutable and thread-safe.
 */
final class TollCounts {

  /** Rule {@value}: a number right after "بينهم" (among them) is a part of the toll. */
  static final String PART_OF_TOLL = "events/part-of-toll";
  /**
   * Rule {@value}: "فجرت انتحاريتان نفسيهما ... ما أسفر عن مقتل ثمانية" (two women bombers blew
   * themselves up, killing eight), "هاجم ثلاثة مهاجمين الحاجز" (three attackers stormed the
   * checkpoint): a number of attackers (ATTACKER in event-cues.tsv) after a verb of attack or
   * bombing is its subject, not its toll; "مقتل ثلاثة مهاجمين" (three attackers killed) is a
   * killing and counts them.
   */
  static final String ATTACKER_COUNT = "events/attacker-count";
  /**
   * Rule {@value}: "قتل ثلاثة مدنيين وأصيب آخرون" (three civilians were killed and others were
   * injured): a number right after another act that counts ("قتل", "مقتل") is that act's toll, so
   * a toll word after it ("وأصيب") does not take it as its own; "11 شخصا أصيبوا" (11 people were
   * injured) has no act before its number and counts 11.
   */
  static final String COUNT_OF_OTHER_ACT = "events/count-of-other-act";
  /** Rule {@value}: "واعتقال ثالث" (and the arrest of a third) counts one. */
  static final String ORDINAL_COUNT = "events/ordinal-count";
  /** Rule {@value}: a comma-bracketed time expression does not part a verb from its count. */
  static final String TIME_ASIDE = "events/time-aside";
  /** Rule {@value}: a plural noun of victims is followed by no single victim. */
  static final String PLURAL_TOLL_NOUN = "events/plural-toll-noun";
  /**
   * Rule {@value}: "عن سقوط عشرة قتلى وخمسة جرحى" (ten dead and five wounded), "خلف الهجوم 7
   * قتلى": a toll noun (a consequence word: قتيل، جريح) right after a number counts that number,
   * not the number of the next toll noun after it; a number right after another act ("قتل ثلاثة
   * وأصيب آخرون", {@link #COUNT_OF_OTHER_ACT}) is that act's.
   */
  static final String COUNTED_NOUN = "events/counted-toll-noun";
  /** Rule {@value}: "ارتفعت حصيلة القتلى إلى 15" (the toll rose to 15) counts 15. */
  static final String TOLL_ROSE_TO = "events/toll-rose-to";

  /**
   * Rule {@value}: "وكانت حصيلة أولية أعلنها رئيس البلدية تحدثت عن 12 قتيلا، قبل أن يعثر السكان
   * على تسع جثث أخرى" (an initial toll given by the mayor spoke of 12 dead, before residents
   * found nine more bodies) after "قتل 21 مدنيا" (21 civilians were killed): a toll whose clause
   * calls it a first count (PRELIMINARY: "أولية", "مبدئية", "غير نهائية") gives way to the other
   * figure of the incident; it does not compete with it. Two figures of two sources, neither
   * called preliminary, still compete.
   */
  static final String PRELIMINARY_TOLL = "events/preliminary-toll";

  /**
   * How far before the "إلى" of a risen figure its verb of rising may stand when the toll noun
   * follows the figure ({@link #risenBeforeNoun}), in tokens: "ارتفعت حصيلة ضحايا الهجوم إلى".
   */
  static final int RISEN_NOUN_WINDOW = 4;

  /**
   * events/toll-rose-to, the noun after its figure: "ارتفعت الحصيلة إلى 12 قتيلا" (the toll
   * rose to 12 dead), "ارتفاع عدد الضحايا إلى 21 قتيلا وثمانية جرحى" (the rise of the victims to
   * 21 dead and eight wounded), "وصل عدد القتلى إلى سبعة قتلى": the number right before the
   * toll noun stands right after the "إلى" (RISE_TO) of a verb of rising (RISE) a few words
   * before it ({@link #RISEN_NOUN_WINDOW}); the noun counts that risen figure. "قتل 12 وأصيب
   * ثمانية" names no rising; "انضم إلى 12 قتيلا" no verb of rising.
   */
  private Optional<Layers.Q> risenBeforeNoun(Doc doc, Layers layers, int triggerFirst, int clauseFirst) {
    Optional<Layers.Q> figure = layers.quantitiesIn(Math.max(clauseFirst, triggerFirst - RISEN_NOUN_WINDOW), triggerFirst)
        .stream().filter(q -> q.end() == triggerFirst).findFirst();
    if (figure.isEmpty() || figure.get().first() - 1 < clauseFirst || !cueAt(doc, figure.get().first() - 1, Cue.RISE_TO)) {
      return Optional.empty();
    }
    int to = figure.get().first() - 1;
    for (int i = Math.max(clauseFirst, to - RISEN_NOUN_WINDOW); i < to; i++) {
      if (cueAt(doc, i, Cue.RISE)) {
        return figure;
      }
    }
    return Optional.empty();
  }

  /** How far before a toll word its verb of rising may stand, in tokens. */
  static final int RISE_WINDOW = 3;
  /** How far after a toll word the "إلى" of its risen number may stand, in tokens. */
  static final int RISE_TO_WINDOW = 12;
  /** How far before its noun of death the light verb "لقي" may stand, in tokens. */
  static final int LIGHT_VERB_WINDOW = 14;

  /**
   * Rule {@value}: "لقي أحد عشر مدنيا على الأقل، بينهم خمس نساء، حتفهم" (at least eleven
   * civilians, five women among them, met their death), "لقي ثلاثة جنود وشرطي مصرعهم" (three
   * soldiers and a policeman met their death): the subject of a light verb of dying (LIGHT_VERB:
   * لقي، لقيت، لقوا) stands between it and its noun of death ("حتفهم", "مصرعهم"), however long
   * it runs; its first number that is no part of the toll ("بينهم خمس نساء") counts the dead.
   * "لقي حتفه" with no number between counts nobody by this rule.
   */
  static final String LIGHT_VERB_TOLL = "events/light-verb-toll";

  /** How far before an ordinal the number that counted the others may stand, in tokens. */
  static final int ORDINAL_ANTECEDENT_WINDOW = 12;

  /** The cue categories of {@code toll-cues.tsv}. */
  enum Cue { AMONG, ORDINAL, PLURAL_TOLL, RISE, RISE_TO, PRELIMINARY, LIGHT_VERB }

  private final PhraseTable<Cue> cues;

  TollCounts() {
    this.cues = PhraseTable.of(load());
  }

  private static Map<String, Cue> load() {
    Map<String, Cue> map = new LinkedHashMap<>();
    for (DataFile.Line r : DataFile.read(TollCounts.class, "toll-cues.tsv")) {
      try {
        if (map.put(r.field(0), Cue.valueOf(r.field(1).toUpperCase(Locale.ROOT))) != null) {
          throw r.error("'" + r.field(0) + "' is listed twice");
        }
      } catch (IllegalArgumentException e) {
        throw r.error("column 2: '" + r.field(1) + "' is not a cue");
      }
    }
    return map;
  }

  private boolean cueAt(Doc doc, int i, Cue cue) {
    if (i < 0 || i >= doc.tokens.size()) {
      return false;
    }
    Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
    return h.isPresent() && h.get().value() == cue;
  }

  /**
   * events/part-of-toll: "الحصيلة ثمانية قتلى بينهم ثلاثة أطفال" (the toll is eight dead, among
   * them three children), "قتل عشرة مدنيين منهم أربع نساء" (ten civilians were killed, four of
   * them women): a number right after a word of part (AMONG: "بينهم", "من بينهم", "منهم") counts
   * some of the victims already counted, never the toll; "مقتل ثلاثة منهم" (three of them
   * killed) has its number before "منهم" and keeps it.
   */
  boolean partOfToll(Doc doc, Layers.Q q) {
    for (int i = Math.max(0, q.first() - 2); i < q.first(); i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == Cue.AMONG && h.get().end() == q.first()) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/ordinal-count: "مقتل إرهابيين اثنين واعتقال ثالث" (two terrorists killed and a third
   * arrested), "قتلت القوة مسلحين وألقت القبض على ثالث" (the force killed two gunmen and caught a
   * third), "قتل الجيش ثلاثة مسلحين واعتقل رابعا" (the army killed three gunmen and arrested a
   * fourth): an ordinal right after the act (ORDINAL, after على when the act ends in it) counts
   * one, when a number of the sentence before it has counted the others. "في ثالث أيام العيد"
   * (on the third day of the feast) follows no act and counts nothing; "واعتقال ثالث" with no
   * number before is no count either.
   */
  Optional<Count> ordinal(Doc doc, Layers layers, Sentence s, int triggerEnd) {
    int i = triggerEnd;
    if (!cueAt(doc, i, Cue.ORDINAL)) {
      return Optional.empty();
    }
    if (layers.quantitiesIn(Math.max(s.firstToken(), i - ORDINAL_ANTECEDENT_WINDOW), i).isEmpty()) {
      return Optional.empty(); // "a third" presupposes the others, counted before it
    }
    var t = doc.tokens.get(i);
    return Optional.of(ImmutableCount.builder().min(1L).max(1L).text(t.span().text()).span(t.span()).build());
  }

  /**
   * events/time-aside: "اعتقلت مفارز الاستخبارات العسكرية، الأحد، أربعة متهمين" (military
   * intelligence detachments arrested, on Sunday, four suspects), "قتل مسلحون، فجر اليوم،
   * ثلاثة جنود" (gunmen killed, at dawn today, three soldiers): commas that set off a time
   * expression between the verb (and its subject) and its counted object do not end the clause
   * the count belongs to; any other comma does, and so does a trigger between them.
   */
  boolean reachable(Doc doc, Layers layers, int from, int to) {
    boolean aside = false;
    for (int i = from; i < to; i++) {
      if (doc.isPunct(i, "،", ",")) {
        int k = i + 1;
        while (k < to && layers.inDate(k)) {
          k++;
        }
        if (k == i + 1 || k >= to || !doc.isPunct(k, "،", ",")) {
          return false;
        }
        aside = true;
        i = k;
        continue;
      }
      if (doc.isPunct(i, ".", "؛")) {
        return false;
      }
    }
    return aside;
  }

  /**
   * {@link #LIGHT_VERB_TOLL}: the number of the subject between a light verb of dying before
   * token {@code noun} (in sentence {@code s}) and that noun of death, with no other trigger
   * between ({@code trigger} tells where one starts).
   */
  Optional<Layers.Q> lightVerbToll(Doc doc, Layers layers, Sentence s, int noun,
      java.util.function.IntPredicate trigger) {
    for (int i = noun - 1; i >= Math.max(s.firstToken(), noun - LIGHT_VERB_WINDOW); i--) {
      if (doc.isPunct(i, ".", "؛", ";", ":")) {
        return Optional.empty();
      }
      if (cueAt(doc, i, Cue.LIGHT_VERB)) {
        return layers.quantitiesIn(i + 1, noun).stream().filter(q -> !partOfToll(doc, q)).findFirst();
      }
      if (trigger.test(i)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@link #PRELIMINARY_TOLL}: the clause {@code [from, to)} calls its toll a first count. */
  boolean preliminary(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (cueAt(doc, i, Cue.PRELIMINARY)) {
        return true;
      }
    }
    return false;
  }

  /** events/plural-toll-noun: the trigger at {@code i} is a plural noun of victims ("قتلى"). */
  boolean pluralTollNoun(Doc doc, int i) {
    return cueAt(doc, i, Cue.PLURAL_TOLL);
  }

  /**
   * events/toll-rose-to: "ارتفعت حصيلة قتلى الهجوم على القرية إلى 15" (the toll of the attack
   * on the village rose to 15), "وارتفع عدد القتلى في التفجير إلى 23 قتيلا" (the number of dead
   * in the bombing rose to 23): a toll word (or a victim noun) a few words after a verb of
   * rising (RISE) counts the number right after the "إلى" (RISE_TO) of its clause, however far
   * the attack's own words run between; "ارتفع التوتر" (tension rose) names no toll word. The
   * verb may follow its subject, as in the nominal sentence of quoted speech: "إن عدد القتلى
   * ارتفع إلى سبعة" (that the number of dead rose to seven), "الحصيلة ترتفع إلى" (the toll rises
   * to): a verb of rising within {@link #RISE_WINDOW} words after the toll word counts the same.
   */
  Optional<Layers.Q> roseTo(Doc doc, Layers layers, int triggerFirst, int triggerEnd, int clauseFirst, int clauseEnd) {
    boolean rise = false;
    for (int i = Math.max(clauseFirst, triggerFirst - RISE_WINDOW); i < triggerFirst; i++) {
      rise |= cueAt(doc, i, Cue.RISE);
    }
    for (int i = triggerEnd; !rise && i < Math.min(clauseEnd, triggerEnd + RISE_WINDOW); i++) {
      rise = cueAt(doc, i, Cue.RISE); // "عدد القتلى ارتفع إلى سبعة": the verb after its subject
    }
    if (!rise) {
      return risenBeforeNoun(doc, layers, triggerFirst, clauseFirst);
    }
    for (int i = triggerEnd; i < Math.min(clauseEnd, triggerEnd + RISE_TO_WINDOW); i++) {
      if (cueAt(doc, i, Cue.RISE_TO)) {
        int at = i + 1;
        return layers.quantitiesIn(at, at + 1).stream().filter(q -> q.first() == at).findFirst();
      }
    }
    return risenBeforeNoun(doc, layers, triggerFirst, clauseFirst); // "وصلت إلى تسعة قتلى"
  }
}
