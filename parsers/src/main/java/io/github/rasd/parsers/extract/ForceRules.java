package io.github.rasd.parsers.extract;

import io.github.rasd.model.Count;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.Token;
import java.util.List;
import java.util.Optional;

/**
 * The named rules of the force-estimate extractor. Three kinds, run by {@link ForceExtractor} in
 * the order its javadoc gives: candidates (which figures state a size), filters (which of them do
 * not), group links (which group a size is about). Each rule is stateless; its words come from
 * {@link ForceLexicon}; its name goes into the provenance of every record it makes or changes.
 */
final class ForceRules {

  private ForceRules() {}

  /**
   * What every rule has: the name written into the provenance of the records it makes, changes
   * or drops ({@code forces/unit-count}). A rule passes it once to this constructor.
   */
  abstract static class Rule {
    private final String name;

    Rule(String name) {
      this.name = name;
    }

    /** The rule's name, as provenance lists it. */
    final String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** What the rules read of one article. Built per article, never shared. */
  record Ctx(Doc doc, Layers layers, List<ForceFigure> figures, ForceLexicon lexicon,
      PhraseTable<Trigger> triggers, PhraseTable<String> anaphora, Words words,
      java.util.Set<Integer> otherCounts, ForceFigure[] figureStarts, Optional<Doc.Mention> onlyGroup,
      Doc.Mention[] shortNames) {

    static Ctx of(Doc doc, Layers layers, List<ForceFigure> figures, ForceLexicon lexicon,
        PhraseTable<Trigger> triggers, PhraseTable<String> anaphora, Words words) {
      ForceFigure[] at = new ForceFigure[doc.tokens.size() + 1];
      for (ForceFigure f : figures) {
        at[f.first()] = f;
      }
      return new Ctx(doc, layers, figures, lexicon, triggers, anaphora, words, new java.util.HashSet<>(),
          at, GroupOfArticle.only(doc), GroupShortNames.of(doc, words, lexicon));
    }

    /** The group a short form of its long name names at token {@code i} ({@link GroupShortNames}). */
    Optional<Doc.Mention> shortName(int i) {
      return i >= 0 && i < shortNames.length ? Optional.ofNullable(shortNames[i]) : Optional.empty();
    }

    /** A group named at token {@code i}, by the gazetteer or by a short form of its long name. */
    boolean named(int i) {
      return doc.mentionOfKind(i, EntryKind.GROUP) || shortName(i).isPresent();
    }

    /** The figure that starts at token {@code i}, if any. */
    Optional<ForceFigure> figureAt(int i) {
      return i >= 0 && i < figureStarts.length ? Optional.ofNullable(figureStarts[i]) : Optional.empty();
    }

    boolean has(ForceLexicon.Role role, int i) {
      return lexicon.table(role).at(doc, i).isPresent();
    }

    /** True when a phrase of {@code role} starts at a token of {@code [from, end)}. */
    boolean hasIn(ForceLexicon.Role role, int from, int end) {
      for (int i = from; i < end; i++) {
        if (has(role, i)) {
          return true;
        }
      }
      return false;
    }

    Optional<PhraseTable.Hit<ForceLexicon.Role>> at(ForceLexicon.Role role, int i) {
      return lexicon.table(role).at(doc, i);
    }

    /** An incident word with a count at {@code i}: "مقتل", "اعتقال", or a NOT phrase ("خلية من"). */
    boolean tollOrCatch(int i) {
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, i);
      return t.isPresent() && t.get().value().countRole() != Trigger.CountRole.NONE || has(ForceLexicon.Role.NOT, i);
    }

    /**
     * The group named or pointed back to at token {@code i} ("داعش", "التنظيم"); a noun pointing
     * back is resolved by {@link GroupAnaphor}.
     */
    Optional<Doc.Mention> groupAt(int i) {
      if (doc.mentionOfKind(i, EntryKind.GROUP)) {
        return doc.mentionAt(i);
      }
      Optional<Doc.Mention> short_ = shortName(i);
      return short_.isPresent() ? short_ : antecedent(i).map(GroupAnaphor.Antecedent::group);
    }

    /** The antecedent of a noun pointing back at token {@code i} ({@link GroupAnaphor}). */
    Optional<GroupAnaphor.Antecedent> antecedent(int i) {
      return doc.antecedent(i, false);
    }

    /** The marks that end a clause: full stop, semicolons, question marks, exclamation, colon. */
    private static final String[] STOP_MARKS = {".", "؛", ";", "؟", "?", "!", ":"};

    boolean stop(int i) {
      return doc.isPunct(i, STOP_MARKS);
    }
  }

  // ------------------------------------------------------------------------------ candidates

  /** A generator of candidate estimates. */
  abstract static class Candidate extends Rule {
    Candidate(String name) {
      super(name);
    }

    abstract void find(Ctx c, List<ForceExtractor.Found> out);
  }

  /**
   * Rule {@code forces/unit-count}: a figure whose counted noun is a unit of force is a
   * candidate: "نحو 1700 مقاتل" (about 1,700 fighters), "4 آلاف عنصر" (4,000 elements), "أكثر
   * من 7 آلاف من المنتمين إلى الجماعة" (over 7,000 of those belonging to the group).
   */
  static final class UnitCount extends Candidate {
    UnitCount() {
      super("forces/unit-count");
    }

    @Override
    void find(Ctx c, List<ForceExtractor.Found> out) {
      Doc doc = c.doc();
      for (ForceFigure f : c.figures()) {
        int unitToken;
        if (f.noun().isPresent()) {
          unitToken = doc.tokenAtOriginal(f.noun().get().start());
        } else if (f.end() + 1 < doc.tokens.size() && doc.tokens.get(f.end()).hasText("من")) {
          unitToken = f.end() + 1; // "ما بين 20 و30 ألفا من مسلحي التنظيم": the parser left "من ..." out
        } else if (f.end() < doc.tokens.size() && doc.sentenceOf(f.end()) == doc.sentenceOf(f.first())) {
          unitToken = f.end(); // "تضم 12 فردا": a unit right after the figure
        } else {
          continue;
        }
        Optional<ForceLexicon.UnitWord> u = c.lexicon().unit(doc.tokens.get(unitToken));
        if (u.isEmpty()) {
          continue;
        }
        ForceExtractor.Found found = ForceExtractor.Found.of(doc, f, u.get().unit(), name());
        found.unitFirst = unitToken;
        found.unitEnd = f.noun().isPresent() ? doc.tokenAtOriginal(f.noun().get().end() - 1) + 1 : unitToken + 1;
        found.possessive = u.get().possessive();
        found.end = Math.max(found.end, found.unitEnd);
        out.add(found);
      }
    }
  }

  /**
   * Rule {@code forces/size-noun}: a size noun with a unit noun in the genitive or a possessive
   * pronoun, then a figure: the unit comes before the number. "يقدر عدد مقاتليها بنحو خمسة آلاف"
   * (the number of its fighters is estimated at about five thousand), "أعداد المقاتلين ... بما
   * لا يقل عن 200 ألف" (the fighters number no fewer than 200,000), "أن عددهم يتراوح بين ثلاثة
   * آلاف وخمسة آلاف" (that they number between three and five thousand: the unit is implied by
   * the fighters or group the pronoun refers to), "يبلغ قوام الحركة قرابة ستة آلاف مسلح" (the
   * movement's strength is nearly six thousand gunmen: a group named by its head noun, the unit
   * the figure's own). Between the size phrase and the figure stand
   * only estimate verbs, hedges, closed-class words, names, an apposition between commas ("عدد
   * مقاتلي الحركة، التي تنشط في الجنوب، بنحو"), and at most {@link #GAP_WORDS} other words.
   */
  static final class SizeNoun extends Candidate {
    SizeNoun() {
      super("forces/size-noun");
    }
    /** How far after the size phrase the figure may begin, in tokens. */
    static final int FIGURE_WINDOW = 10;
    /** How many other words may stand between the size phrase and the figure. */
    static final int GAP_WORDS = 2;
    /** How far back a pronoun ("عددهم") looks for the fighters or group it refers to, in tokens. */
    static final int REFERENT_WINDOW = 24;

    @Override
    void find(Ctx c, List<ForceExtractor.Found> out) {
      Doc doc = c.doc();
      java.util.Map<Integer, ForceExtractor.Found> byFigure = new java.util.HashMap<>();
      for (ForceExtractor.Found x : out) {
        byFigure.putIfAbsent(x.figure.first(), x);
      }
      for (int i = 0; i < doc.tokens.size(); i++) {
        Optional<Boolean> size = c.lexicon().sizeNoun(doc.tokens.get(i));
        if (size.isEmpty()) {
          continue;
        }
        Sentence s = doc.sentence(doc.sentenceOf(i));
        ForceEstimate.Unit unit = null;
        int unitToken = -1;
        int genitiveEnd = -1;
        boolean possessive = size.get();
        int phraseEnd = i + 1;
        if (!possessive) {
          int j = i + 1;
          if (j + 1 < s.endToken() && isAdjective(doc.tokens.get(j)) && c.lexicon().unit(doc.tokens.get(j + 1)).isPresent()) {
            j++; // "العدد الحقيقي لعناصر الحزب": the real number of the party's elements
          }
          if (j >= s.endToken()) {
            continue;
          }
          Optional<ForceLexicon.UnitWord> u = c.lexicon().unit(doc.tokens.get(j));
          Optional<Doc.Mention> named = quotedGroupAt(c, j, s);
          if (u.isEmpty() && named.isPresent()) {
            // "قوام جماعة نصرة الإسلام يصل إلى 6 آلاف": the group's strength, in the figure's unit
            unit = ForceEstimate.Unit.FIGHTERS;
            phraseEnd = named.get().end();
            genitiveEnd = j; // group-after-unit finds the group itself
          } else if (u.isEmpty() && headNounOfGroup(c, j)) {
            // "قوام الحركة قرابة ستة آلاف مسلح": a group named by its head noun, whether or not
            // an antecedent is found
            unit = ForceEstimate.Unit.FIGHTERS;
            phraseEnd = j + 1;
            genitiveEnd = j;
          } else if (u.isEmpty()) {
            // "عدد القتلى", "عدد المهاجمين": the figure after counts them (rule forces/other-count)
            Token next = doc.tokens.get(j);
            if (!next.hasText("من") && next.is(Token.Type.ARABIC) && !c.words().isClosedClass(next)
                && !c.has(ForceLexicon.Role.ESTIMATE_VERB, j) && doc.mentionAt(j).isEmpty()
                && !c.has(ForceLexicon.Role.ARMED, j)) {
              figureAfter(c, j + 1, s).ifPresent(f -> c.otherCounts().add(f.first()));
            }
            continue;
          } else {
            unit = u.get().unit();
            possessive = u.get().possessive();
            unitToken = j;
            phraseEnd = j + 1;
            genitiveEnd = phraseEnd;
          }
        } else {
          // no unit to imply: only a figure with a unit noun of its own takes the size noun, "قوات
          // الاتحاد الأفريقي التي يقدر عديدها بنحو عشرين ألف عنصر" (the AU forces, whose strength
          // is put at about twenty thousand elements)
          unit = impliedUnit(c, i).orElse(null);
        }
        Optional<ForceFigure> figure = figureAfter(c, phraseEnd, s);
        if (figure.isEmpty()) {
          continue;
        }
        ForceFigure f = figure.get();
        ForceExtractor.Found same = byFigure.get(f.first());
        if (same == null && unit == null) {
          continue;
        }
        if (same != null) {
          same.rules.add(name()); // "يبلغ عدد عناصره نحو 1300 مقاتل": the figure's own unit stands
          same.sizeNoun = i;
          same.sizeUnitEnd = genitiveEnd;
          same.possessive |= possessive;
          same.cue = true;
          same.first = Math.min(same.first, i);
          continue;
        }
        if (f.noun().isPresent() && (genitiveEnd < 0 || measures(c, f))) {
          continue; // "عددها 12 مليون نسمة", "يفوق ... بسبعة أضعاف": the figure counts something else
        }
        ForceExtractor.Found found = ForceExtractor.Found.of(doc, f, unit, name());
        found.sizeNoun = i;
        found.sizeUnitEnd = genitiveEnd;
        found.unitFirst = unitToken;
        found.unitEnd = unitToken < 0 ? -1 : unitToken + 1;
        found.possessive = possessive;
        found.cue = true;
        found.first = Math.min(found.first, i);
        out.add(found);
        byFigure.put(f.first(), found);
      }
    }

    /** A size noun that opens a phrase of its own ("عدد القتلى"), not "بعدد يتفاوت" (by a number varying). */
    private static boolean startsSizePhrase(Ctx c, int i) {
      Optional<Boolean> size = c.lexicon().sizeNoun(c.doc().tokens.get(i));
      return size.isPresent() && !c.has(ForceLexicon.Role.ESTIMATE_VERB, i + 1);
    }

    /** A group's head noun stands alone at {@code j}: "الحركة", "التنظيم" (the movement, the organisation). */
    /**
     * The group named at token {@code j}, as a name, in quotes, or in quotes after its head noun:
     * "قوام حركة "إم 23"" (the strength of the "M23" movement), "عديد "الشباب"".
     */
    private static Optional<Doc.Mention> quotedGroupAt(Ctx c, int j, Sentence s) {
      Doc doc = c.doc();
      if (isOpeningQuote(doc, j) && j + 1 < s.endToken()) {
        return groupMention(doc, j + 1); // عديد "الشباب"
      }
      if (isOpeningQuote(doc, j + 1) && j + 2 < s.endToken() && doc.mentionAt(j).isEmpty()) {
        return groupMention(doc, j + 2); // عديد حركة "إم 23"
      }
      return doc.mentionAt(j).filter(x -> x.kind() == EntryKind.GROUP);
    }

    private static Optional<Doc.Mention> groupMention(Doc doc, int k) {
      return doc.mentionAt(k).filter(x -> x.kind() == EntryKind.GROUP && x.first() == k);
    }

    private static boolean isOpeningQuote(Doc doc, int k) {
      return k < doc.tokens.size() && doc.isPunct(k, "\"", "«", "“");
    }

    static boolean headNounOfGroup(Ctx c, int j) {
      return c.anaphora().at(c.doc(), j).filter(h -> h.end() == j + 1).isPresent();
    }

    /** The figure's counted noun is a MEASURE noun ("أضعاف", "نسمة", "دولار"). */
    private static boolean measures(Ctx c, ForceFigure f) {
      return c.has(ForceLexicon.Role.MEASURE, c.doc().tokenAtOriginal(f.noun().get().start()));
    }

    /** "الحقيقي", "الإجمالي" (real, total): a nisba adjective with the article. */
    private static boolean isAdjective(Token t) {
      return t.segmentations().get(0).definite() && t.text().endsWith("ي");
    }

    /** The first figure after the size phrase, with only connecting words between. */
    static Optional<ForceFigure> figureAfter(Ctx c, int from, Sentence s) {
      Doc doc = c.doc();
      int others = 0;
      int i = from;
      int limit = Math.min(s.endToken(), from + FIGURE_WINDOW);
      while (i < limit) {
        if (c.figureAt(i).isPresent()) {
          return c.figureAt(i);
        }
        int apposition = appositionEnd(c, i, s);
        if (apposition > i) {
          limit = Math.min(s.endToken(), limit + apposition - i); // the apposition does not count
          i = apposition;
          continue;
        }
        if (c.stop(i) || startsSizePhrase(c, i)) {
          return Optional.empty();
        }
        Optional<PhraseTable.Hit<ForceLexicon.Role>> verb = c.at(ForceLexicon.Role.ESTIMATE_VERB, i);
        if (verb.isEmpty()) {
          verb = c.at(ForceLexicon.Role.HEDGE, i);
        }
        if (verb.isPresent()) {
          i = verb.get().end();
          continue;
        }
        Optional<Doc.Mention> m = doc.mentionAt(i);
        if (m.isPresent()) {
          i = m.get().end();
          continue;
        }
        Token t = doc.tokens.get(i);
        boolean connecting = !t.is(Token.Type.ARABIC) || c.words().isClosedClass(t) || t.isDetachedClitic()
            || c.doc().groupAnaphor(i, false).isPresent();
        if (!connecting && ++others > GAP_WORDS) {
          return Optional.empty();
        }
        i++;
      }
      return Optional.empty();
    }

    /**
     * Where an apposition between commas that opens at token {@code i} ends, past its second
     * comma; {@code i} when none opens there. "عدد عناصر فرع التنظيم في موزمبيق، المعروف محليا
     * باسم الشباب، بنحو 300 عنصر" (the number of the organisation's branch in Mozambique, known
     * locally as al-Shabaab, at about 300): the words between the commas describe the group and
     * are not part of the gap between the size phrase and its figure. At most {@link
     * #APPOSITION_WORDS} words, none a figure or a sentence stop.
     */
    static int appositionEnd(Ctx c, int i, Sentence s) {
      Doc doc = c.doc();
      if (!doc.isPunct(i, "،", ",")) {
        return i;
      }
      for (int j = i + 1; j < Math.min(s.endToken(), i + APPOSITION_WORDS + 2); j++) {
        if (c.figureAt(j).isPresent() || c.stop(j)) {
          return i;
        }
        if (doc.isPunct(j, "،", ",")) {
          return j > i + 1 ? j + 1 : i;
        }
      }
      return i;
    }

    /** Most words of an apposition between commas ({@link #appositionEnd}). */
    static final int APPOSITION_WORDS = 8;

    /**
     * The unit a possessive size noun ("عددهم", their number) implies: the unit noun it refers
     * back to, in its sentence or the one before; FIGHTERS when it refers to a group named
     * without one. Empty when it refers to neither, or when a toll or a catch stands between
     * ("قتل 20 مسلحا ... وبلغ عددهم": the killed).
     */
    private static Optional<ForceEstimate.Unit> impliedUnit(Ctx c, int i) {
      Doc doc = c.doc();
      int sentence = doc.sentenceOf(i);
      int from = Math.max(doc.sentence(Math.max(0, sentence - 1)).firstToken(), i - REFERENT_WINDOW);
      boolean group = false;
      for (int k = i - 1; k >= from; k--) {
        if (c.tollOrCatch(k)) {
          return Optional.empty();
        }
        Optional<ForceLexicon.UnitWord> u = c.lexicon().unit(doc.tokens.get(k));
        if (u.isPresent()) {
          // "انتشر عناصر الأمن ... ويقدر عددهم": the pronoun counts a body's men
          return NonArmedBody.bodyAfter(c, k + 1) ? Optional.empty() : Optional.of(u.get().unit());
        }
        if (c.groupAt(k).isPresent()) {
          group = true;
        }
      }
      return group ? Optional.of(ForceEstimate.Unit.FIGHTERS) : Optional.empty();
    }
  }

  /**
   * Rule {@code forces/estimated-unit}: an estimating verb whose object is the unit noun, then
   * the figure glued to ب, without a size noun: "وقدرت الاستخبارات مقاتلي داعش بعشرين إلى ثلاثين
   * ألفا" (intelligence put IS's fighters at twenty to thirty thousand), "يقدر خبراء عناصر
   * الحركة بنحو ألفين" (experts put the movement's elements at about two thousand). The verbs
   * are the {@code ESTIMATOR_VERB} rows of {@code force-cues.tsv}; the unit stands at most
   * {@link #OBJECT_REACH} tokens after the verb (its subject between), the figure as in {@code
   * forces/size-noun}. On a figure already found it adds its name.
   */
  static final class EstimatedUnit extends Candidate {
    /** How far after the estimating verb its object, the unit noun, may stand, in tokens. */
    static final int OBJECT_REACH = 5;

    EstimatedUnit() {
      super("forces/estimated-unit");
    }

    @Override
    void find(Ctx c, List<ForceExtractor.Found> out) {
      Doc doc = c.doc();
      java.util.Map<Integer, ForceExtractor.Found> byFigure = new java.util.HashMap<>();
      out.forEach(x -> byFigure.putIfAbsent(x.figure.first(), x));
      for (int i = 0; i < doc.tokens.size(); i++) {
        Optional<PhraseTable.Hit<ForceLexicon.Role>> verb = c.at(ForceLexicon.Role.ESTIMATOR_VERB, i);
        if (verb.isEmpty()) {
          continue;
        }
        Sentence s = doc.sentence(doc.sentenceOf(i));
        for (int j = verb.get().end(); j < Math.min(s.endToken(), verb.get().end() + OBJECT_REACH); j++) {
          if (c.stop(j) || doc.isPunct(j, "،", ",") || c.lexicon().sizeNoun(doc.tokens.get(j)).isPresent()) {
            break; // a size noun: forces/size-noun reads the phrase
          }
          Optional<ForceLexicon.UnitWord> u = c.lexicon().unit(doc.tokens.get(j));
          if (u.isEmpty()) {
            continue;
          }
          Optional<ForceFigure> figure = SizeNoun.figureAfter(c, j + 1, s)
              .filter(f -> doc.tokens.get(f.first()).segmentations().get(0).preposition().equals("ب"));
          if (figure.isPresent()) {
            ForceFigure f = figure.get();
            ForceExtractor.Found same = byFigure.get(f.first());
            if (same != null) {
              same.rules.add(name());
              same.cue = true;
            } else if (f.noun().isEmpty()) {
              ForceExtractor.Found found = ForceExtractor.Found.of(doc, f, u.get().unit(), name());
              found.unitFirst = j;
              found.unitEnd = j + 1;
              found.possessive = u.get().possessive();
              found.cue = true;
              found.first = Math.min(found.first, j);
              out.add(found);
              byFigure.put(f.first(), found);
            }
          }
          break;
        }
      }
    }
  }

  /**
   * Rule {@code forces/coordinated-figure}: a figure joined by "و" right after an estimate, with
   * only a place phrase between, is a second estimate of the same unit and group: "بين خمسة
   * آلاف وستة آلاف في العراق وسبعة آلاف في سوريا" (five to six thousand in Iraq and seven
   * thousand in Syria).
   */
  static final class CoordinatedFigure extends Rule {
    CoordinatedFigure() {
      super("forces/coordinated-figure");
    }
    /** How many tokens may stand between an estimate and the coordinated figure. */
    static final int GAP = 4;

    void find(Ctx c, List<ForceExtractor.Found> out) {
      Doc doc = c.doc();
      java.util.Set<Integer> taken = new java.util.HashSet<>();
      out.forEach(x -> taken.add(x.figure.first()));
      for (int k = 0, n = out.size(); k < n; k++) {
        ForceExtractor.Found e = out.get(k);
        int from = Math.max(e.figure.end(), e.unitEnd);
        for (int at = from; at <= from + GAP; at++) {
          if (c.figureAt(at).isEmpty()) {
            continue;
          }
          ForceFigure f = c.figureAt(at).get();
          if (f.noun().isPresent() || f.vague() || f.isYear(doc)
              || doc.sentenceOf(f.first()) != e.sentence
              || !doc.tokens.get(f.first()).segmentations().get(0).conjunction().equals("و")) {
            continue;
          }
          boolean placesOnly = true;
          for (int i = from; i < f.first(); i++) {
            boolean place = doc.mentionOfKind(i, EntryKind.PLACE, EntryKind.COUNTRY);
            if (!place && !(doc.tokens.get(i).is(Token.Type.ARABIC) && c.words().isClosedClass(doc.tokens.get(i)))) {
              placesOnly = false;
            }
          }
          if (placesOnly && taken.add(f.first())) {
            ForceExtractor.Found found = ForceExtractor.Found.of(doc, f, e.unit, name());
            found.cue = e.cue;
            found.possessive = e.possessive;
            found.sizeNoun = e.sizeNoun;
            found.unitFirst = e.unitFirst;
            found.unitEnd = e.unitEnd;
            found.coordinatedWith = e;
            out.add(found);
          }
          break;
        }
      }
    }
  }

  /**
   * Rule {@code forces/earlier-size}: a figure without a noun that an estimate verb governs,
   * shortly after an estimate in its sentence, is another size of the same group and unit, told
   * for another time: "عدد عناصره حاليا بما بين 300 و500 مسلح بعد أن كان يضم نحو ثلاثة آلاف في
   * ذروة نشاطه" (its elements now number 300 to 500 gunmen, after it had about three thousand at
   * its peak). A figure with a unit noun of its own so governed, after an estimate with a size
   * noun, is the same group's ("يقدر عدد عناصره بنحو 300 عنصر بعد أن كان يناهز 2500 مقاتل");
   * an apposition between commas does not count in the gap, and a group named between ends it.
   * A bare year is no such figure ({@link ForceFigure#isYear}): "بعد أن كانت تقديرات 2019 لا
   * تتجاوز ألفي عنصر" (after the estimates of 2019 put it at no more than two thousand).
   */
  static final class EarlierSize extends Rule {
    /** How many tokens may stand between an estimate and the later figure. */
    static final int GAP = 8;

    EarlierSize() {
      super("forces/earlier-size");
    }

    void find(Ctx c, List<ForceExtractor.Found> out) {
      Doc doc = c.doc();
      java.util.Set<Integer> taken = new java.util.HashSet<>();
      out.forEach(x -> taken.add(x.figure.first()));
      java.util.Map<Integer, ForceExtractor.Found> byFigure = new java.util.HashMap<>();
      out.forEach(x -> byFigure.putIfAbsent(x.figure.first(), x));
      for (int k = 0, n = out.size(); k < n; k++) {
        ForceExtractor.Found e = out.get(k);
        int from = Math.max(e.figure.end(), e.unitEnd);
        int limit = from + GAP;
        Sentence s = doc.sentence(e.sentence);
        for (int at = from; at <= limit && at < doc.tokens.size() && !c.stop(at); at++) {
          int apposition = SizeNoun.appositionEnd(c, at, s);
          if (apposition > at) {
            limit += apposition - at; // "، بحسب تقديرات لمركز أبحاث،": an attribution between commas
            at = apposition - 1;
            continue;
          }
          if (doc.mentionOfKind(at, EntryKind.GROUP)) {
            break; // "... وتضم الحركة الأخرى": another group's size
          }
          Optional<ForceFigure> figure = c.figureAt(at);
          if (figure.isEmpty()) {
            continue;
          }
          ForceFigure f = figure.get();
          // "كان يناهز 2500": the number parser may have read the verb as the figure's hedge
          boolean governed = c.has(ForceLexicon.Role.ESTIMATE_VERB, f.first());
          for (int v = Math.max(from, at - 3); v < at && !governed; v++) {
            governed = c.at(ForceLexicon.Role.ESTIMATE_VERB, v).filter(h -> h.end() == f.first()).isPresent();
          }
          ForceExtractor.Found own = byFigure.get(f.first());
          if (governed && own != null && own != e && own.coordinatedWith == null && e.sizeNoun >= 0
              && doc.sentenceOf(at) == e.sentence) {
            // "بعد أن كان يناهز 2500 مقاتل": a figure with its own unit, the size of the same group
            own.coordinatedWith = e;
            own.rules.add(name());
          } else if (governed && f.noun().isEmpty() && !f.vague() && !f.isYear(doc)
              && doc.sentenceOf(at) == e.sentence && taken.add(f.first())) {
            ForceExtractor.Found found = ForceExtractor.Found.of(doc, f, e.unit, name());
            found.cue = true;
            found.coordinatedWith = e;
            out.add(found);
          }
          break;
        }
      }
    }
  }

  /**
   * Rule {@code forces/changed-size}: after an estimate whose figure follows "من" (from) under a
   * verb of change ({@code CHANGE_VERB} rows of {@code force-cues.tsv}: "انخفض" fell, "ارتفع"
   * rose), the figure after "إلى" (to) is the same group's size at a later time, of the same
   * unit: "عدد المسلحين انخفض من نحو ثلاثة آلاف في ذروة التمرد إلى ما بين 300 و400 مقاتل
   * حاليا" (the gunmen fell from about three thousand at the insurgency's peak to between 300
   * and 400 fighters now) states two sizes, 3,000 then and 300..400 now. Between the two stand
   * at most {@link #GAP} tokens (a time or a place: "في 2015", "في ذروة التمرد"; an apposition
   * between commas does not count), no sentence stop, no group named; a bare year is no such
   * figure ({@link ForceFigure#isYear}).
   */
  static final class ChangedSize extends Rule {
    /** How many tokens may stand between the first figure and "إلى". */
    static final int GAP = 6;

    ChangedSize() {
      super(ForceFigure.RangeJoin.CHANGED_SIZE);
    }

    void find(Ctx c, List<ForceExtractor.Found> out) {
      Doc doc = c.doc();
      java.util.Map<Integer, ForceExtractor.Found> byFigure = new java.util.HashMap<>();
      out.forEach(x -> byFigure.putIfAbsent(x.figure.first(), x));
      for (int k = 0, n = out.size(); k < n; k++) {
        ForceExtractor.Found e = out.get(k);
        if (ForceFigure.RangeJoin.changedFrom(doc, e.figure.first(), c.lexicon()) < 0) {
          continue;
        }
        Sentence s = doc.sentence(e.sentence);
        int limit = e.figure.end() + GAP;
        for (int at = e.figure.end(); at <= limit && at + 1 < s.endToken() && !c.stop(at); at++) {
          int apposition = SizeNoun.appositionEnd(c, at, s);
          if (apposition > at) {
            limit += apposition - at;
            at = apposition - 1;
            continue;
          }
          if (c.named(at)) {
            break; // "... إلى ألفين، فيما تضم الحركة الأخرى": another group's figure
          }
          int to = at + 1;
          while (to < Math.min(s.endToken(), at + 3) && c.figureAt(to).isEmpty()
              && c.words().isClosedClass(doc.tokens.get(to))) {
            to++; // "إلى ما بين ألفين وثلاثة آلاف"
          }
          if (!ForceFigure.RangeJoin.isLink(doc, at) || c.figureAt(to).isEmpty()) {
            continue;
          }
          ForceFigure f = c.figureAt(to).get();
          ForceExtractor.Found own = byFigure.get(f.first());
          if (own != null && own != e && own.coordinatedWith == null) {
            own.coordinatedWith = e; // "إلى ما بين 300 و400 مقاتل": a figure with its own unit
            own.cue = true;
            own.rules.add(name());
          } else if (own == null && !f.vague() && !f.isYear(doc)) {
            ForceExtractor.Found found = ForceExtractor.Found.of(doc, f, e.unit, name());
            found.cue = true;
            found.coordinatedWith = e;
            out.add(found);
          }
          break;
        }
      }
    }
  }

  /**
   * Rule {@code forces/hedge-before}: a hedge the number parser left outside the figure makes it
   * approximate: "ما يقارب الـ90 ألف عنصر" (nearly 90,000 elements).
   */
  static final class HedgeBefore extends Rule {
    HedgeBefore() {
      super("forces/hedge-before");
    }
    /** How many tokens a hedge may span before the figure. */
    static final int REACH = 4;

    void apply(Ctx c, ForceExtractor.Found f) {
      if (f.figure.count().approximate()) {
        return;
      }
      int first = f.figure.first();
      while (first > 0 && (c.doc().tokens.get(first - 1).isDetachedClitic() || c.doc().tokens.get(first - 1).hasText("ال"))) {
        first--; // "الـ90": the article written apart
      }
      for (int k = Math.max(0, first - REACH); k < first; k++) {
        Optional<PhraseTable.Hit<ForceLexicon.Role>> h = c.at(ForceLexicon.Role.HEDGE, k);
        if (h.isPresent() && h.get().end() == first) {
          f.figure = f.figure.hedged(name());
          f.rules.add(name());
          return;
        }
      }
    }
  }

  /**
   * Rule {@code forces/range-bounds}: a range states two bounds, it is not a hedge: "يتراوح عدد
   * مقاتليها بين 10 آلاف و15 ألفا" (its fighters number between 10,000 and 15,000) is
   * 10,000..15,000, not approximate. Only a hedge on the low end makes it so: "بنحو 7 آلاف إلى
   * 12 ألف مقاتل" (about 7,000 to 12,000 fighters), "ما يقرب من 7000 إلى 9000".
   */
  static final class RangeBounds extends Rule {
    RangeBounds() {
      super("forces/range-bounds");
    }

    void apply(Ctx c, ForceExtractor.Found f) {
      Count count = f.figure.count();
      if (count.qualifier() == Count.Qualifier.RANGE && count.approximate()
          && !c.has(ForceLexicon.Role.HEDGE, f.figure.first())) {
        f.figure = f.figure.plainRange(name());
        f.rules.add(name());
      }
    }
  }

  /**
   * Rule {@code forces/bound-verb}: a verb of excess or of limit that governs the size phrase
   * makes the figure a bound, whether it stands before the size noun or between it and the
   * figure: "يتجاوز عدد مقاتلي الجماعة 6 آلاف" (the group's fighters exceed 6,000) is more than
   * 6,000; "يزيد عدد مقاتلي الحوثيين على 100 ألف" (the Houthis' fighters number over 100,000)
   * too; "من المرجح ألا يتجاوز عدد عناصره 300" (its elements likely do not exceed 300) is at
   * most 300; "لا يقل عدد مقاتليها عن ألفين" (its fighters are no fewer than 2,000) at least
   * 2,000. Without a size noun the verb stands right before the figure: "ما تبقى من التنظيم لا
   * يربو على 400 عنصر" (what is left of the organisation is no more than 400 elements) is at most
   * 400. Its words are the {@code MORE_THAN_VERB}, {@code AT_MOST_VERB} and {@code
   * AT_LEAST_VERB} rows of {@code force-cues.tsv}; a figure already hedged is left alone.
   */
  static final class BoundVerb extends Rule {
    /** How many tokens a bound verb before the size noun may span ("ألا يتجاوز"). */
    static final int REACH = 3;
    private static final List<ForceLexicon.Role> ROLES = List.of(ForceLexicon.Role.MORE_THAN_VERB,
        ForceLexicon.Role.AT_MOST_VERB, ForceLexicon.Role.AT_LEAST_VERB);

    BoundVerb() {
      super("forces/bound-verb");
    }

    void apply(Ctx c, ForceExtractor.Found f) {
      Count count = f.figure.count();
      if (count.qualifier() != Count.Qualifier.EXACT || count.min().isEmpty()
          || f.sizeNoun > f.figure.first()) {
        return;
      }
      Optional<ForceLexicon.Role> bound = Optional.empty();
      if (f.sizeNoun < 0) {
        bound = right(c, f); // "لا يربو على 400 عنصر"
      }
      for (int k = Math.max(c.doc().sentence(f.sentence).firstToken(), f.sizeNoun - REACH);
          f.sizeNoun >= 0 && k < f.sizeNoun && bound.isEmpty(); k++) {
        bound = at(c, k).filter(h -> h.end() == f.sizeNoun).map(PhraseTable.Hit::value);
      }
      for (int k = f.sizeNoun + 1; f.sizeNoun >= 0 && k < f.figure.first() && bound.isEmpty(); k++) {
        bound = at(c, k).map(PhraseTable.Hit::value);
      }
      bound.ifPresent(b -> {
        f.figure = f.figure.bounded(switch (b) {
          case MORE_THAN_VERB -> Count.Qualifier.MORE_THAN;
          case AT_MOST_VERB -> Count.Qualifier.AT_MOST;
          default -> Count.Qualifier.AT_LEAST;
        }, name());
        f.rules.add(name());
      });
    }

    /**
     * A bound verb right before the figure, a preposition ("على", "عن") or quotation marks
     * between: "لا يربو على ٤٠٠ عنصر" (is no more than 400 elements), "لا تقل عن ثمانية آلاف"
     * (are no fewer than eight thousand), "إنهم لا يتجاوزون ألف مقاتل" (they do not exceed a
     * thousand fighters).
     */
    private static Optional<ForceLexicon.Role> right(Ctx c, ForceExtractor.Found f) {
      Doc doc = c.doc();
      int end = f.figure.first();
      while (end > 0 && (doc.isQuote(end - 1) || c.words().is(doc.tokens.get(end - 1), Words.Category.PREPOSITION))) {
        end--;
      }
      for (int k = Math.max(doc.sentence(f.sentence).firstToken(), end - REACH); k < end; k++) {
        int e = end;
        Optional<ForceLexicon.Role> b = at(c, k).filter(h -> h.end() == e).map(PhraseTable.Hit::value);
        if (b.isPresent()) {
          return b;
        }
      }
      return Optional.empty();
    }

    private static Optional<PhraseTable.Hit<ForceLexicon.Role>> at(Ctx c, int k) {
      for (ForceLexicon.Role role : ROLES) {
        Optional<PhraseTable.Hit<ForceLexicon.Role>> h = c.at(role, k);
        if (h.isPresent()) {
          return h;
        }
      }
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------------------ filters

  /** A reason a candidate is not a group's size. */
  abstract static class Filter extends Rule {
    Filter(String name) {
      super(name);
    }

    abstract boolean rejects(Ctx c, ForceExtractor.Found f);
  }

  /**
   * Rule {@code forces/vague-quantity}: a quantity without a figure is no estimate: "عدد من
   * العناصر" (a number of elements), "آلاف المقاتلين" (thousands of fighters), "عشرات المسلحين"
   * (dozens of gunmen).
   */
  static final class VagueQuantity extends Filter {
    VagueQuantity() {
      super("forces/vague-quantity");
    }

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      return f.figure.vague();
    }
  }

  /**
   * Rule {@code forces/toll-or-catch}: a figure governed by an incident word with a count or by a
   * NOT phrase counts a toll, a catch or a cell: "مقتل 10 مسلحين" (10 gunmen killed), "اعتقال 19
   * عنصرا" (19 elements arrested), "خلية من أربعة أفراد" (a cell of four). A comma or an
   * estimate verb between ends the incident word's reach: "تستعد الحركة لهجوم كبير، وحشدت ألف
   * مقاتل" (the movement prepares a big attack and has massed a thousand fighters); so does a
   * relative clause on the subject of the figure's verb: "وتملك حركة الشباب التي تخوض معارك ضد
   * داعش قرابة سبعة آلاف مسلح".
   */
  static final class TollOrCatch extends Filter {
    TollOrCatch() {
      super("forces/toll-or-catch");
    }
    /** How far back a count may be governed by an incident word, in tokens. */
    static final int WINDOW = 6;

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      Sentence s = c.doc().sentence(f.sentence);
      int to = f.figure.first();
      for (int i = to - 1; i >= Math.max(s.firstToken(), to - WINDOW); i--) {
        if (c.tollOrCatch(i)) {
          return !inSubjectsClause(c, f, i);
        }
        if (c.has(ForceLexicon.Role.ESTIMATE_VERB, i) || c.doc().isPunct(i, "،", ",")) {
          return false; // "لهجوم كبير، وحشدت ألف مقاتل": the incident word governs another clause
        }
      }
      return false;
    }

    /**
     * The incident word at {@code i} stands in a relative clause on the group that is the subject
     * of the figure's verb ({@link ClauseSubject}): "وتملك حركة الشباب التي تخوض معارك ضد داعش
     * قرابة سبعة آلاف مسلح" (al-Shabaab, which fights battles against IS, has nearly seven
     * thousand gunmen): the battles qualify the movement and govern no count.
     */
    private static boolean inSubjectsClause(Ctx c, ForceExtractor.Found f, int i) {
      Optional<ClauseSubject.Subject> subject = ClauseSubject.of(c, f);
      if (subject.isEmpty() || subject.get().body() || subject.get().first() >= i) {
        return false;
      }
      for (int k = subject.get().first(); k < i; k++) {
        Token t = c.doc().tokens.get(k);
        if (t.is(Token.Type.ARABIC) && c.words().is(t, Words.Category.RELATIVE)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Rule {@code forces/other-count}: a figure a size noun ties to another noun counts that noun:
   * "قدرت مصادر عدد المهاجمين بنحو 100 مسلح" (sources put the attackers at about 100 gunmen),
   * "بلغ عدد المعتقلين 300 عنصر" (the detainees numbered 300 elements).
   */
  static final class OtherCount extends Filter {
    OtherCount() {
      super("forces/other-count");
    }

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      return f.sizeNoun < 0 && c.otherCounts().contains(f.figure.first());
    }
  }

  /**
   * Rule {@code forces/no-armed-context}, run after the group links: a count of members no link
   * ties to a group, in a sentence without a word of armed conflict, counts a civilian body:
   * "ويضم الوفد الرسمي 15 عضوا" (the official delegation has 15 members), "عدد أعضائها يبلغ نحو
   * 40 ألف عضو" (its members number about 40,000, of a union). With such a word it stays: "عدد
   * العناصر المتبقية في صفوف الجماعات المسلحة بنحو 100 عنصر".
   */
  static final class NoArmedContext extends Filter {
    NoArmedContext() {
      super("forces/no-armed-context");
    }

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      if (f.group != null || f.unit == ForceEstimate.Unit.FIGHTERS) {
        return false;
      }
      Sentence s = c.doc().sentence(f.sentence);
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (c.has(ForceLexicon.Role.ARMED, i) || c.groupAt(i).isPresent()) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Rule {@code forces/forces-of-group}, run after the group links: a noun that counts men only
   * with a possessive pronoun ("قواته", its forces) states a group's size only when the group is
   * named before it in its sentence with no state body between: "حزب الله يمتلك ترسانة كبيرة وإن
   * عديد قواته يصل إلى 30 ألفا" (Hezbollah has a large arsenal and its forces number up to
   * 30,000) stays; "وقال الجيش إن عديد قواته يصل إلى 30 ألفا" (the army said its forces number
   * 30,000) is a state's. Its nouns are the {@code POSSESSED_UNIT} rows of {@code
   * force-cues.tsv}.
   */
  static final class ForcesOfGroup extends Filter {
    ForcesOfGroup() {
      super("forces/forces-of-group");
    }

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      int unit = f.unitFirst >= 0 ? f.unitFirst : f.sizeUnitEnd - 1;
      if (unit < 0 || !c.lexicon().possessedOnly(c.doc().tokens.get(unit))) {
        return false;
      }
      if (f.group == null || f.group.first() >= unit || c.doc().sentenceOf(f.group.first()) != f.sentence) {
        return true;
      }
      return c.hasIn(ForceLexicon.Role.BODY, f.group.end(), unit);
    }
  }

  /**
   * Rule {@code forces/bare-count}, run after the group links: a figure that no link ties to a
   * group and no estimate verb or size noun governs counts men at a scene, not a group's size:
   * "وتبحث الشرطة عن 3 مسلحين متورطين في الجريمة" (the police are looking for 3 gunmen involved
   * in the crime). With a verb it stays: "وتضم الحركة في صفوفها حوالي 12 ألف مقاتل".
   */
  static final class BareCount extends Filter {
    BareCount() {
      super("forces/bare-count");
    }

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      return f.group == null && !f.cue && !IncidentActors.hasCue(c, f, c.doc().sentence(f.sentence))
          && !cueAfter(c, f);
    }

    /** "أكثر من 10 آلاف مقاتل في صفوف الجماعات المسلحة": the cue after the unit. */
    private static boolean cueAfter(Ctx c, ForceExtractor.Found f) {
      int from = Math.max(f.figure.end(), f.unitEnd);
      return c.hasIn(ForceLexicon.Role.ESTIMATE_VERB, from, from + AFTER_UNIT + 1);
    }

    /** How far after the unit a cue such as "في صفوف" may start, in tokens. */
    static final int AFTER_UNIT = 2;
  }

  /**
   * Rule {@code forces/scene-count}, run after the group links: a small exact count of men that
   * no size noun and no verb of make-up ({@code MAKE_UP_VERB} rows of {@code force-cues.tsv}:
   * "تضم" comprises, "لديه" has, "حشد" massed) governs counts the men at one place or scene, not a
   * group's size, whatever group it is tied to: "دمرت الطائرات وكرا يتحصن فيه خمسة إرهابيين"
   * (the planes destroyed a den where five terrorists were holed up), "حاصرت القوات منزلا يختبئ
   * فيه ثلاثة عناصر من التنظيم" (forces surrounded a house where three of the organisation's
   * elements hid). With such a verb, or hedged, it stays: "تضم الكتيبة 40 مقاتلا" (the battalion
   * has 40 fighters), "ينتشر نحو 40 مسلحا من الحركة في الجبال" (about 40 of the movement's
   * gunmen are spread in the mountains).
   */
  static final class SceneCount extends Filter {
    /** Counts from this figure up may state a size without a verb of make-up. */
    static final long SIZE_FLOOR = 100;

    SceneCount() {
      super("forces/scene-count");
    }

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      Count count = f.figure.count();
      if (f.sizeNoun >= 0 || count.approximate() || count.qualifier() != Count.Qualifier.EXACT
          || count.max().isEmpty() || count.max().get() >= SIZE_FLOOR) {
        return false;
      }
      Sentence s = c.doc().sentence(f.sentence);
      int from = Math.max(s.firstToken(), f.figure.first() - IncidentActors.CUE_WINDOW);
      return !c.hasIn(ForceLexicon.Role.MAKE_UP_VERB, from, f.figure.first());
    }
  }

  /**
   * Rule {@code forces/cell-make-up}: a figure in a clause about a cell, a network or a gang
   * counts its make-up: "تفكيك خلية إرهابية موالية للتنظيم تتكون من أربعة عناصر" (a terrorist
   * cell loyal to the organisation, made up of four elements, was dismantled), "شبكة تضم 12
   * عنصرا" (a network of 12). The clause ends at a comma or a full stop, but for a clause that
   * opens with a verb of make-up right after the comma and describes the noun before it: "خلية
   * موالية لتنظيم داعش، تتكون من أربعة عناصر".
   */
  static final class CellMakeUp extends Filter {
    CellMakeUp() {
      super("forces/cell-make-up");
    }
    /** How far back the cell noun may stand, in tokens. */
    static final int WINDOW = 12;

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      Sentence s = c.doc().sentence(f.sentence);
      int to = f.sizeNoun >= 0 ? Math.min(f.sizeNoun, f.figure.first()) : f.figure.first();
      for (int i = to - 1; i >= Math.max(s.firstToken(), to - WINDOW); i--) {
        if (c.doc().isPunct(i, "،", ",") && !describes(c, i + 1, to)) {
          return false;
        }
        if (c.has(ForceLexicon.Role.CELL, i)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The clause from {@code from} to the figure opens with a verb of make-up ({@code
     * MAKE_UP_VERB}) and names no subject of its own: it describes the noun before the comma,
     * "خلية موالية لتنظيم داعش، تتكون من أربعة عناصر" (a cell loyal to IS, made up of four
     * elements). A verb of estimating opens no such clause: "يحتفظ التنظيم بخلايا نائمة، يقدر عدد
     * عناصرها بنحو ألف" (the organisation keeps sleeper cells whose members are put at about a
     * thousand) estimates the group's men.
     */
    private static boolean describes(Ctx c, int from, int figure) {
      Optional<PhraseTable.Hit<ForceLexicon.Role>> verb = c.at(ForceLexicon.Role.MAKE_UP_VERB, from);
      if (verb.isEmpty()) {
        return false;
      }
      for (int i = verb.get().end(); i < figure; i++) {
        if (c.doc().mentionAt(i).isPresent() || c.lexicon().unit(c.doc().tokens.get(i)).isPresent()
            || !c.words().isClosedClass(c.doc().tokens.get(i)) && !c.has(ForceLexicon.Role.HEDGE, i)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Rule {@code forces/incident-actors}: without an estimate verb or size noun, a figure next to
   * an incident word counts the men of one incident, not a group's size: "21 مقاتلا ... قتلوا"
   * (21 fighters ... were killed), "هاجم 30 مسلحا القرية" (30 gunmen attacked the village). With
   * one, it stays: "حشد التنظيم خمسة آلاف مقاتل على مشارف المدينة" (the organisation massed five
   * thousand fighters on the outskirts of the city).
   */
  static final class IncidentActors extends Filter {
    IncidentActors() {
      super("forces/incident-actors");
    }
    /** How far before the figure an incident word governs it, in tokens. */
    static final int BEFORE = 4;
    /** How far after the unit an incident verb takes the figure as its subject, in tokens. */
    static final int AFTER = 10;
    /** How far before the figure an estimate verb makes it a size, in tokens (a group's name may be long). */
    static final int CUE_WINDOW = 12;

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      Sentence s = c.doc().sentence(f.sentence);
      if (f.cue || hasCue(c, f, s)) {
        return false;
      }
      for (int i = Math.max(s.firstToken(), f.figure.first() - BEFORE); i < f.figure.first(); i++) {
        if (c.triggers().at(c.doc(), i).isPresent()) {
          return true;
        }
      }
      int from = Math.max(f.figure.end(), f.unitEnd);
      for (int i = from; i < Math.min(s.endToken(), from + AFTER); i++) {
        if (c.stop(i) || c.doc().isPunct(i, "،", ",") || c.has(ForceLexicon.Role.ESTIMATE_VERB, i)) {
          break; // "...، حسبما نقل عن": another clause
        }
        if (c.triggers().at(c.doc(), i).isPresent() || c.has(ForceLexicon.Role.NOT, i)) {
          return true; // "... قتلوا", "... محتجزين في السجون"
        }
      }
      return false;
    }

    static boolean hasCue(Ctx c, ForceExtractor.Found f, Sentence s) {
      return c.hasIn(ForceLexicon.Role.ESTIMATE_VERB, Math.max(s.firstToken(), f.figure.first() - CUE_WINDOW),
          f.figure.first());
    }
  }

  /**
   * Rule {@code forces/ranks-of-other}: a unit noun followed by the ranks of a body that is no
   * armed group counts that body's men: "ما يقارب 90 ألف عنصر في عديد الكشافة" (nearly 90,000
   * members in the ranks of the scouts), "نحو 500 عنصر في صفوف الحرس البلدي". The ranks of a
   * group, named or pointed back to, or of armed men keep it: "نحو 800 مقاتل في صفوف الحركة",
   * "أكثر من 3 آلاف مقاتل في صفوف الفصائل المسلحة". Its phrases are the {@code RANKS} rows of
   * {@code force-cues.tsv}.
   */
  static final class RanksOfOther extends Filter {
    RanksOfOther() {
      super("forces/ranks-of-other");
    }

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      int from = Math.max(f.figure.end(), f.unitEnd);
      Optional<PhraseTable.Hit<ForceLexicon.Role>> ranks = c.at(ForceLexicon.Role.RANKS, from);
      if (f.unitEnd < 0 || ranks.isEmpty() || ranks.get().end() >= c.doc().tokens.size()) {
        return false;
      }
      int body = ranks.get().end();
      return c.groupAt(body).isEmpty() && !SizeNoun.headNounOfGroup(c, body)
          && !c.has(ForceLexicon.Role.ARMED, body) && c.lexicon().unit(c.doc().tokens.get(body)).isEmpty()
          && c.doc().tokens.get(body).is(Token.Type.ARABIC);
    }
  }

  /**
   * Rule {@code forces/non-armed-body}: a unit noun that counts the members of a civilian or
   * state body names no armed group's size: "150 عضوا في البرلمان" (150 members of parliament),
   * "50 عنصرا من الحماية المدنية" (50 civil-protection agents), "3 آلاف عنصر أمن" (3,000
   * security agents); so does a body that is the subject of the figure's verb, whatever
   * qualifies it between ({@link ClauseSubject}): "قوات الجيش المنتشرة في المنطقة تزيد على عشرة
   * آلاف منتسب" (the army forces deployed in the area exceed ten thousand men), or the
   * antecedent of the relative clause whose possessive size noun states the figure ({@link
   * ClauseSubject#relativeOwner}): "تقاتل الحركة القوات الحكومية، التي يبلغ عديدها نحو عشرين
   * ألف عنصر" (the movement fights the government forces, whose strength is about twenty thousand).
   */
  static final class NonArmedBody extends Filter {
    NonArmedBody() {
      super("forces/non-armed-body");
    }
    /** How many tokens ("من", "في") may stand between the unit noun and the body. */
    static final int REACH = 2;

    /** How many tokens a body right before the figure may span ("حشدت الشرطة 2000 عنصر"). */
    static final int SUBJECT_REACH = 3;

    @Override
    boolean rejects(Ctx c, ForceExtractor.Found f) {
      return f.unitEnd >= 0 && bodyAfter(c, f.unitEnd) || f.sizeUnitEnd >= 0 && bodyAfter(c, f.sizeUnitEnd)
          || bodyBefore(c, f) || bodySubject(c, f);
    }

    private static final GroupAfterUnit AFTER_UNIT = new GroupAfterUnit();

    /**
     * The subject of the verb that governs the figure is a body ({@link ClauseSubject}), and no
     * group is named after the unit: "قوات الجيش المنتشرة في المنطقة تزيد على عشرة آلاف منتسب"
     * (the army forces deployed in the area exceed ten thousand men).
     */
    private static boolean bodySubject(Ctx c, ForceExtractor.Found f) {
      return (ClauseSubject.of(c, f).filter(ClauseSubject.Subject::body).isPresent()
          || ClauseSubject.relativeOwner(c, f).filter(ClauseSubject.Subject::body).isPresent())
          && AFTER_UNIT.group(c, f).isEmpty();
    }

    /**
     * The subject of the figure's clause is a body right before it, or before its verb: "ونشرت
     * السلطات نحو 10 آلاف عنصر", "الجيش يضم 300 ألف عنصر".
     */
    private static boolean bodyBefore(Ctx c, ForceExtractor.Found f) {
      Doc doc = c.doc();
      int to = f.sizeNoun >= 0 ? Math.min(f.sizeNoun, f.figure.first()) : f.figure.first();
      Sentence s = doc.sentence(f.sentence);
      int end = to;
      for (int i = to - 1; i >= s.firstToken() && i >= end - SUBJECT_REACH; i--) {
        Optional<PhraseTable.Hit<ForceLexicon.Role>> verb = c.at(ForceLexicon.Role.ESTIMATE_VERB, i);
        if (verb.isPresent() && verb.get().end() == end) {
          end = i; // "الجيش يضم 300 ألف عنصر": the body before the verb
          continue;
        }
        Optional<PhraseTable.Hit<ForceLexicon.Role>> body = c.at(ForceLexicon.Role.BODY, i);
        if (body.isPresent() && body.get().end() == end
            && doc.tokens.get(end - 1).segmentations().get(0).definite()) {
          // the body right before the figure: "حشدت الشرطة 2000", not "تقرير لمجلس الأمن الدولي
          // عدد"; an indefinite "قوات" is the object a description follows: "حشدت الحركة قوات
          // يتراوح عددها بين ألفين وأربعة آلاف" (the movement massed forces numbering 2,000 to 4,000)
          return true;
        }
      }
      return false;
    }

    static boolean bodyAfter(Ctx c, int from) {
      Doc doc = c.doc();
      for (int i = from; i < Math.min(doc.tokens.size(), from + REACH + 1); i++) {
        if (doc.mentionOfKind(i, EntryKind.GROUP)) {
          return false;
        }
        if (c.has(ForceLexicon.Role.BODY, i)) {
          return true;
        }
        Token t = doc.tokens.get(i);
        if (!(t.hasText("من") || t.hasText("في") || t.isDetachedClitic())) {
          return false;
        }
      }
      return false;
    }
  }

  // ------------------------------------------------------------------------------ group links

  /** A way to find the group an estimate is about. */
  abstract static class GroupLink extends Rule {
    GroupLink(String name) {
      super(name);
    }

    abstract Optional<Doc.Mention> group(Ctx c, ForceExtractor.Found f);
  }

  /**
   * Rule {@code forces/group-after-unit}: the group named right after the unit noun, in its noun
   * phrase: "نحو 4 آلاف عنصر من داعش" (about 4,000 IS elements), "عدد مقاتلي التنظيم" (the
   * number of the organisation's fighters), "أعداد المقاتلين الحوثيين" (the numbers of Houthi
   * fighters), "ألف مقاتل في صفوف الحركة" (a thousand fighters in the movement's ranks). A word
   * that opens another phrase ends the search: "وحداته التي تضم ألفي عنصر تطارد مسلحي الحركة"
   * (its units of two thousand pursue the movement's gunmen), "عشرين ألف عنصر في مواجهة
   * الحركة" (twenty thousand facing the movement).
   */
  static final class GroupAfterUnit extends GroupLink {
    GroupAfterUnit() {
      super("forces/group-after-unit");
    }
    /** How far after the unit a group may be named, in tokens. */
    static final int WINDOW = 4;

    @Override
    Optional<Doc.Mention> group(Ctx c, ForceExtractor.Found f) {
      if (f.possessive) {
        return Optional.empty(); // "مقاتليها": the pronoun names the group
      }
      if (f.sizeUnitEnd >= 0) {
        Optional<Doc.Mention> g = after(c, f.sizeUnitEnd, f.figure.first()); // "عدد مقاتلي التنظيم يبلغ ..."
        if (g.isPresent()) {
          return g;
        }
      }
      return after(c, f.unitEnd >= 0 ? f.unitEnd : f.figure.end(), Integer.MAX_VALUE);
    }

    private static Optional<Doc.Mention> after(Ctx c, int from, int before) {
      Sentence s = c.doc().sentence(c.doc().sentenceOf(Math.min(from, c.doc().tokens.size() - 1)));
      int ranksEnd = from;
      for (int i = from; i < Math.min(Math.min(s.endToken(), before), from + WINDOW); i++) {
        Optional<Doc.Mention> g = c.groupAt(i);
        if (g.isPresent()) {
          // "نحو ألف مقاتل يقاتلون ضد داعش" (a thousand fighters fighting against IS): an object
          return i > from && c.has(ForceLexicon.Role.OBJECT_MARKER, i - 1) ? Optional.empty() : g;
        }
        for (ForceLexicon.Role role : List.of(ForceLexicon.Role.RANKS, ForceLexicon.Role.ESTIMATE_VERB)) {
          ranksEnd = Math.max(ranksEnd, c.at(role, i).map(PhraseTable.Hit::end).orElse(i)); // "في صفوف"
        }
        if (i >= ranksEnd && !inPhrase(c, i)) {
          break; // "عنصر تطارد مسلحي الحركة", "في مواجهة الحركة": the group is another phrase's
        }
      }
      return Optional.empty();
    }

    /**
     * A word that may stand inside the unit's noun phrase before the group's name: a closed-class
     * word ("من", "في"), a quotation mark, a word with the article ("المنتمين إلى"), another unit
     * noun ("من مقاتلي"), a nisba adjective ("أجنبي", "إرهابي"), or a relation phrase ("تابعين
     * لـ", group-relations.tsv, marked by {@link Doc#isRelationObject}).
     */
    private static boolean inPhrase(Ctx c, int i) {
      Doc doc = c.doc();
      Token t = doc.tokens.get(i);
      if (doc.isQuote(i)) {
        return true;
      }
      if (!t.is(Token.Type.ARABIC)) {
        return false;
      }
      var seg = t.segmentations().get(0);
      String stem = seg.stem();
      if (c.words().isClosedClass(t) || seg.definite() || c.lexicon().unit(t).isPresent()
          || c.has(ForceLexicon.Role.ARMED, i) || stem.endsWith("ي") || stem.endsWith("يين")) {
        return true;
      }
      int next = i + 1;
      while (next < doc.tokens.size() && doc.isQuote(next)) {
        next++;
      }
      if (next < doc.tokens.size() && c.groupAt(next).isPresent()) {
        return true; // the head of the name's construct: "لتنظيم "حراس الدين"", "خلايا التنظيم"
      }
      return i + 2 < doc.tokens.size() && doc.mentionAt(i + 2).filter(doc::isRelationObject).isPresent();
    }
  }

  /**
   * Rule {@code forces/group-possessive}: a possessive pronoun on the size or unit noun refers to
   * the group of its clause: "الحركة التي يقدر عدد مقاتليها بخمسة آلاف" (the movement whose
   * fighters are estimated at five thousand) is the movement; else the group in focus of the
   * sentences before. Either way the group agrees with the pronoun in gender (rule {@code
   * forces/pronoun-agreement}, {@link PronounAgreement}), and in the sentences before a noun
   * pointing back to a group ("للتنظيم") is a referent as a name is: "لا يزال الفرع الإقليمي
   * للتنظيم يشكل التهديد الأكبر. ويقدر فريق المراقبة عدد عناصره بما بين أربعة آلاف وستة آلاف"
   * (the organisation's regional branch remains the main threat; the monitoring team puts its
   * elements at four to six thousand) is the organisation's, not a movement named before it.
   */
  static final class GroupPossessive extends GroupLink {
    GroupPossessive() {
      super("forces/group-possessive");
    }

    @Override
    Optional<Doc.Mention> group(Ctx c, ForceExtractor.Found f) {
      if (!f.possessive) {
        return Optional.empty();
      }
      Optional<ClauseSubject.Subject> relative = ClauseSubject.relativeOwner(c, f);
      if (relative.isPresent() && !relative.get().body()) {
        return Optional.of(relative.get().group()); // "حركة أحرار الشام التي يقدر عدد مقاتليها"
      }
      int owner = f.sizeNoun >= 0 ? f.sizeNoun : f.unitFirst;
      Sentence s = c.doc().sentence(f.sentence);
      Optional<PronounAgreement.Gender> pronoun = pronoun(c, f);
      if (pronoun.isEmpty()) {
        Optional<Doc.Mention> g = GroupBefore.nearest(c, owner, s);
        return g.isPresent() ? g : GroupInFocus.focus(c, s);
      }
      boolean[] passed = new boolean[1];
      Optional<Doc.Mention> g = agreeingBefore(c, owner, s, pronoun.get(), passed);
      if (g.isEmpty()) {
        g = agreeingFocus(c, s, pronoun.get(), passed);
      }
      if (g.isPresent() && passed[0]) {
        f.rules.add(PronounAgreement.RULE);
      }
      return g;
    }

    /** The gender of the pronoun on the size noun ("عددهم") or the unit noun ("عناصره"). */
    private static Optional<PronounAgreement.Gender> pronoun(Ctx c, ForceExtractor.Found f) {
      Doc doc = c.doc();
      for (int t : new int[] {f.sizeNoun, f.sizeUnitEnd - 1, f.unitFirst}) {
        if (t < 0 || t >= doc.tokens.size()) {
          continue;
        }
        Token token = doc.tokens.get(t);
        boolean owns = c.lexicon().sizeNoun(token).orElse(false)
            || c.lexicon().unit(token).map(ForceLexicon.UnitWord::possessive).orElse(false);
        if (owns) {
          return PronounAgreement.bundled().pronoun(token);
        }
      }
      return Optional.empty();
    }

    /** {@link GroupBefore#nearest}, passing over groups the pronoun does not agree with. */
    private static Optional<Doc.Mention> agreeingBefore(Ctx c, int to, Sentence s,
        PronounAgreement.Gender pronoun, boolean[] passed) {
      return GroupBefore.nearest(c, to, s, (i, m) -> {
        boolean agrees = PronounAgreement.bundled().agrees(pronoun, c.doc(), i, m);
        passed[0] |= !agrees;
        return agrees;
      });
    }

    /**
     * The first group named or pointed back to in the closest of the {@link
     * GroupInFocus#SENTENCES} sentences before that agrees with the pronoun.
     */
    private static Optional<Doc.Mention> agreeingFocus(Ctx c, Sentence s, PronounAgreement.Gender pronoun,
        boolean[] passed) {
      Doc doc = c.doc();
      for (int k = s.index() - 1; k >= Math.max(0, s.index() - GroupInFocus.SENTENCES); k--) {
        Sentence before = doc.sentence(k);
        for (int i = before.firstToken(); i < before.endToken(); i++) {
          Optional<Doc.Mention> g = c.groupAt(i);
          if (g.isEmpty() || doc.mentionOfKind(i, EntryKind.GROUP) && doc.isRelationObject(g.get())) {
            continue;
          }
          if (PronounAgreement.bundled().agrees(pronoun, doc, i, g.get())) {
            return g;
          }
          passed[0] = true;
          if (doc.mentionOfKind(i, EntryKind.GROUP)) {
            i = g.get().end() - 1;
          }
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Rule {@code forces/group-before}: the nearest group named before the estimate in its
   * sentence, passing over groups named as the object of a relation or after an object marker:
   * in "جماعة نصرة الإسلام، التابعة لتنظيم القاعدة، ... عناصرها" the count is JNIM's, in "فصيل
   * انشق عن داعش يضم 500 مقاتل" (a faction that split from IS has 500 fighters) not IS's; the
   * nearest object is taken only when no other group is named.
   */
  static final class GroupBefore extends GroupLink {
    GroupBefore() {
      super("forces/group-before");
    }

    @Override
    Optional<Doc.Mention> group(Ctx c, ForceExtractor.Found f) {
      int to = f.sizeNoun >= 0 ? Math.min(f.sizeNoun, f.figure.first()) : f.figure.first();
      return nearest(c, to, c.doc().sentence(f.sentence));
    }

    static Optional<Doc.Mention> nearest(Ctx c, int to, Sentence s) {
      return nearest(c, to, s, (i, m) -> true);
    }

    /** {@link #nearest(Ctx, int, Sentence)} over the groups {@code accept} takes (token, group). */
    static Optional<Doc.Mention> nearest(Ctx c, int to, Sentence s,
        java.util.function.BiPredicate<Integer, Doc.Mention> accept) {
      Doc.Mention object = null;
      for (int i = to - 1; i >= s.firstToken(); i--) {
        Optional<Doc.Mention> g = c.groupAt(i);
        if (g.isEmpty()) {
          continue;
        }
        Doc.Mention m = g.get();
        boolean named = c.named(i);
        int start = named ? m.first() : i;
        if (!accept.test(start, m)) {
          i = start;
          continue;
        }
        if (named && c.doc().isRelationObject(m)) {
          i = start;
          continue;
        }
        if (start > 0 && c.has(ForceLexicon.Role.OBJECT_MARKER, start - 1)) {
          if (object == null) {
            object = m;
          }
          i = start;
          continue;
        }
        return g;
      }
      return Optional.ofNullable(object);
    }
  }

  /**
   * Rule {@code forces/group-of-article}: when the article names one armed group only, an
   * estimate no other link ties to a group is about it: an article on the PKK that speaks of
   * "عناصر الحزب المنتشرين في الجبال" (the party's elements spread in the mountains) without
   * naming it again. A parent named beside its branch is not another group: in an article on
   * "الدولة الإسلامية - ولاية موزمبيق" (the Islamic State's Mozambique province), "يقدر محللون
   * عدد المسلحين الناشطين في الإقليم بما بين 200 و300" (analysts put the gunmen active in the
   * province at 200 to 300) is the branch's.
   */
  static final class GroupOfArticle extends GroupLink {
    GroupOfArticle() {
      super("forces/group-of-article");
    }

    @Override
    Optional<Doc.Mention> group(Ctx c, ForceExtractor.Found f) {
      return c.onlyGroup();
    }

    /** The one group the article names, if it names exactly one besides the parents of that one. */
    static Optional<Doc.Mention> only(Doc doc) {
      java.util.Map<String, Doc.Mention> first = new java.util.LinkedHashMap<>();
      java.util.Set<String> parents = new java.util.HashSet<>();
      for (Doc.Mention m : doc.mentions()) {
        if (m.kind() == EntryKind.GROUP) {
          first.putIfAbsent(m.entry().id(), m);
          if (m.entry() instanceof io.github.rasd.parsers.knowledge.GroupEntry g) {
            g.parent().ifPresent(parents::add);
          }
        }
      }
      List<Doc.Mention> groups = first.values().stream().filter(m -> first.size() == 1 || !parents.contains(m.entry().id()))
          .toList();
      return groups.size() == 1 ? Optional.of(groups.get(0)) : Optional.empty();
    }
  }

  /**
   * Rule {@code forces/group-in-focus}: the group in focus, the first one named in the closest
   * of the {@link #SENTENCES} sentences before: "هيئة تحرير الشام ... هذه الجماعة لديها ..."
   * (HTS ... this group has ...).
   */
  static final class GroupInFocus extends GroupLink {
    GroupInFocus() {
      super("forces/group-in-focus");
    }
    /** How many sentences back the group in focus is looked for. */
    static final int SENTENCES = 2;

    @Override
    Optional<Doc.Mention> group(Ctx c, ForceExtractor.Found f) {
      return focus(c, c.doc().sentence(f.sentence));
    }

    static Optional<Doc.Mention> focus(Ctx c, Sentence s) {
      Doc doc = c.doc();
      for (int k = s.index() - 1; k >= Math.max(0, s.index() - SENTENCES); k--) {
        Sentence before = doc.sentence(k);
        for (Doc.Mention m : doc.mentionsIn(before.firstToken(), before.endToken())) {
          if (m.kind() == EntryKind.GROUP && !doc.isRelationObject(m)) {
            return Optional.of(m);
          }
        }
      }
      return Optional.empty();
    }
  }
}
