package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.Token;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@value #RULE}: the group a figure of men is about is the subject of the verb that governs
 * the figure, not the nearest group name. The verb is the nearest phrase before the figure of a
 * role that states what a group has, fields or amounts to ({@code ESTIMATE_VERB}, {@code
 * MAKE_UP_VERB} and the bound verbs of {@code force-cues.tsv}: "تضم" comprises, "لديه" has,
 * "حشد" massed, "تزيد على" exceeds). Its subject is found in either word order:
 *
 * <ul>
 *   <li>after the verb (verb, subject, object): "وتضم القوة المشتركة التي تقودها حركة تحرير
 *       السودان وحركة العدل والمساواة نحو عشرة آلاف مقاتل" (the joint force, led by the SLM and
 *       JEM, has about ten thousand fighters) is the joint force's, not JEM's, the group named
 *       last: the subject stands at most {@link #SUBJECT_AFTER} words after the verb;
 *   <li>before it (subject, verb, object), over the words that qualify the subject: a relative
 *       clause ("جبهة النصرة التي انشقت عن داعش تضم نحو 700 مقاتل": the front that split from IS
 *       has about 700 fighters; the antecedent of التي/الذي/الذين is the subject), an apposition
 *       between commas, a participle or an adjective with the article and its prepositional
 *       phrase ("قوات الجيش المنتشرة في المنطقة تزيد على عشرة آلاف منتسب": the army forces
 *       deployed in the area exceed ten thousand men), places, quotation marks; at most {@link
 *       #SUBJECT_BEFORE} words.
 * </ul>
 *
 * <p>A subject that is a state or civilian body ({@code BODY} rows: "الجيش", "السلطات") makes the
 * figure that body's strength: rule {@code forces/non-armed-body} drops it. No subject is taken
 * after a verb of estimating ({@code ESTIMATOR_VERB}: "قدر خبراء": its subject is the estimator,
 * not the group), for a figure a size noun governs ("يبلغ عدد مقاتلي الحركة": the size phrase is
 * the subject), or where the noun phrase follows a preposition or an attribution ("بحسب الجيش
 * تضم ..." according to the army: {@code ATTRIBUTION} rows). Stateless.
 */
final class ClauseSubject extends ForceRules.GroupLink {

  static final String RULE = "forces/clause-subject";
  /** How far before the figure the governing verb may stand, in tokens (a long name between). */
  static final int VERB_REACH = 16;
  /** How many words (adverbs, particles) may stand between the verb and a subject after it. */
  static final int SUBJECT_AFTER = 2;
  /** How many qualifying words may stand between a subject before the verb and the verb. */
  static final int SUBJECT_BEFORE = 12;

  private static final List<ForceLexicon.Role> VERBS = List.of(ForceLexicon.Role.MAKE_UP_VERB,
      ForceLexicon.Role.ESTIMATE_VERB, ForceLexicon.Role.MORE_THAN_VERB, ForceLexicon.Role.AT_MOST_VERB,
      ForceLexicon.Role.AT_LEAST_VERB);

  ClauseSubject() {
    super(RULE);
  }

  /** The subject of the figure's verb: a group, or a state body ({@code group} null), from token {@code first}. */
  record Subject(int first, Doc.Mention group) {
    boolean body() {
      return group == null;
    }
  }

  @Override
  Optional<Doc.Mention> group(ForceRules.Ctx c, ForceExtractor.Found f) {
    return of(c, f).map(Subject::group);
  }

  /** The subject of the verb that governs the figure of {@code f}, when one is found. */
  static Optional<Subject> of(ForceRules.Ctx c, ForceExtractor.Found f) {
    if (f.sizeNoun >= 0 || f.coordinatedWith != null) {
      return Optional.empty();
    }
    Doc doc = c.doc();
    Sentence s = doc.sentence(f.sentence);
    int to = f.figure.first();
    // "الذي يزيد على ثلاثمئة ألف": the number parser may have read the verb into the figure
    int start = verbAt(c, to).isPresent() ? to : to - 1;
    for (int k = start; k >= Math.max(s.firstToken(), to - VERB_REACH); k--) {
      if (c.stop(k)) {
        return Optional.empty();
      }
      Optional<PhraseTable.Hit<ForceLexicon.Role>> verb = verbAt(c, k);
      if (verb.isEmpty() || verb.get().end() > to && k != to) {
        continue;
      }
      if (c.has(ForceLexicon.Role.ESTIMATOR_VERB, k)) {
        return Optional.empty(); // "قدرت مصادر ... بنحو": the subject is the estimator
      }
      Optional<Subject> after = after(c, verb.get().end(), to);
      return after.isPresent() ? after : before(c, k, s);
    }
    return Optional.empty();
  }

  private static Optional<PhraseTable.Hit<ForceLexicon.Role>> verbAt(ForceRules.Ctx c, int k) {
    for (ForceLexicon.Role role : VERBS) {
      Optional<PhraseTable.Hit<ForceLexicon.Role>> h = c.at(role, k);
      if (h.isPresent()) {
        return h;
      }
    }
    return Optional.empty();
  }

  /** Verb, subject, object: a group or a body right after the verb. */
  private static Optional<Subject> after(ForceRules.Ctx c, int from, int to) {
    Doc doc = c.doc();
    for (int j = from; j < Math.min(to, from + SUBJECT_AFTER + 1); j++) {
      Optional<Subject> np = nounPhrase(c, j);
      if (np.isPresent()) {
        return np;
      }
      Token t = doc.tokens.get(j);
      if (!(doc.isQuote(j) || t.is(Token.Type.ARABIC) && c.words().isClosedClass(t)
          && !c.words().is(t, Words.Category.COMPLEMENTIZER))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Subject, verb, object: the noun phrase before the verb at {@code verb}, passing over what
   * qualifies it; the antecedent of a relative pronoun when one opens the qualifier.
   */
  private static Optional<Subject> before(ForceRules.Ctx c, int verb, Sentence s) {
    Doc doc = c.doc();
    int from = Math.max(s.firstToken(), verb - SUBJECT_BEFORE);
    int relative = relativeBefore(c, verb, from);
    if (relative >= 0) {
      int k = relative - 1;
      while (k >= from && (doc.isQuote(k) || doc.isPunct(k, "،", ","))) {
        k--;
      }
      return k >= from ? antecedent(c, k) : Optional.empty(); // the relative's antecedent
    }
    for (int i = verb - 1; i >= from; i--) {
      Token t = doc.tokens.get(i);
      if (doc.isPunct(i, "،", ",")) {
        int open = appositionOpen(c, i, from);
        if (open < 0) {
          return Optional.empty();
        }
        i = open; // "جبهة النصرة، التي انشقت عن داعش، تضم": the words between the commas qualify
        continue;
      }
      Optional<Subject> np = nounPhraseEndingAt(c, i);
      if (np.isPresent()) {
        return np;
      }
      if (!qualifier(c, i)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The relative pronoun that opens the clause the verb at {@code verb} follows, or -1: in
   * "القوة المشتركة التي تقودها حركة العدل والمساواة تضم" (the joint force that JEM leads has)
   * JEM is inside the clause of التي, and the subject is that pronoun's antecedent; so in "قوات
   * الجيش التي تتولى حماية الحدود لا تقل عن" (the army forces that guard the border are no
   * fewer than). A sentence stop or a complementizer (أن، إن) ends the search: the relative
   * pronoun belongs to another clause.
   */
  private static int relativeBefore(ForceRules.Ctx c, int verb, int from) {
    Doc doc = c.doc();
    for (int k = verb - 1; k >= from; k--) {
      Token t = doc.tokens.get(k);
      if (c.stop(k) || t.is(Token.Type.ARABIC) && c.words().is(t, Words.Category.COMPLEMENTIZER)) {
        return -1;
      }
      if (t.is(Token.Type.ARABIC) && c.words().is(t, Words.Category.RELATIVE)) {
        return k;
      }
    }
    return -1;
  }

  /** How many words the antecedent of a relative pronoun may span ("قوات الاتحاد الأفريقي"). */
  static final int ANTECEDENT_WORDS = 6;
  /** How many words (verbs of size, negation) may stand between a relative pronoun and the size noun. */
  static final int OWNER_REACH = 4;

  /**
   * The antecedent of the relative clause in which a possessive size or unit noun stands, when
   * the relative pronoun opens the clause of the noun's verb: in "القوات الحكومية، التي يبلغ
   * عديدها نحو عشرين ألفا" (the government forces, whose strength is about twenty thousand) the
   * pronoun of عديدها is the forces', a state body; in "حركة أحرار الشام التي يقدر عدد
   * مقاتليها" the movement's. Between the pronoun and the noun stand only verbs of size
   * ("يبلغ", "لا يتجاوز") and closed-class words.
   */
  static Optional<Subject> relativeOwner(ForceRules.Ctx c, ForceExtractor.Found f) {
    if (!f.possessive) {
      return Optional.empty();
    }
    Doc doc = c.doc();
    int owner = f.sizeNoun >= 0 ? f.sizeNoun : f.unitFirst;
    Sentence s = doc.sentence(f.sentence);
    for (int k = owner - 1; k >= Math.max(s.firstToken(), owner - OWNER_REACH); k--) {
      Token t = doc.tokens.get(k);
      if (t.is(Token.Type.ARABIC) && c.words().is(t, Words.Category.RELATIVE)) {
        int j = k - 1;
        while (j >= s.firstToken() && (doc.isQuote(j) || doc.isPunct(j, "،", ","))) {
          j--;
        }
        return j >= s.firstToken() ? antecedent(c, j) : Optional.empty();
      }
      if (verbAt(c, k).isEmpty() && !(t.is(Token.Type.ARABIC) && c.words().isClosedClass(t))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The noun phrase that ends at token {@code last}, read back over its definite words,
   * adjectives and names to its head ("القوات المسلحة العراقية", "قوات الاتحاد الأفريقي", "حركة
   * أحرار الشام"), at most {@link #ANTECEDENT_WORDS} words: the group it names, else a body
   * when a word of it is one ({@code BODY} rows), else empty.
   */
  static Optional<Subject> antecedent(ForceRules.Ctx c, int last) {
    Optional<Subject> exact = nounPhraseEndingAt(c, last);
    if (exact.isPresent()) {
      return exact;
    }
    Doc doc = c.doc();
    int first = last;
    int words = 0;
    for (int i = last; i >= 0 && words < ANTECEDENT_WORDS; i--, words++) {
      Token t = doc.tokens.get(i);
      Optional<Doc.Mention> m = doc.mentionAt(i);
      if (m.isPresent() && m.get().end() == last + 1) {
        first = m.get().first(); // "قوات الاتحاد الأفريقي": the phrase ends with a name
        i = first;
        continue;
      }
      if (m.isPresent()) {
        break; // "تقاتل حركة الشباب القوات الحكومية": the name before is another phrase
      }
      if (!t.is(Token.Type.ARABIC) || c.words().isClosedClass(t)) {
        break;
      }
      first = i;
      if (!t.segmentations().get(0).definite()) {
        break; // the head of a construct: "قوات" in "قوات الاتحاد الأفريقي"
      }
    }
    for (int i = first; i <= last; i++) {
      Optional<Doc.Mention> g = c.groupAt(i);
      if (g.isPresent()) {
        return Optional.of(new Subject(i, g.get()));
      }
    }
    for (int i = first; i <= last; i++) {
      if (c.has(ForceLexicon.Role.BODY, i)) {
        return Optional.of(new Subject(first, null));
      }
    }
    return Optional.empty();
  }

  /** A word that may qualify a subject between it and its verb. */
  private static boolean qualifier(ForceRules.Ctx c, int i) {
    Doc doc = c.doc();
    Token t = doc.tokens.get(i);
    if (doc.isQuote(i) || doc.mentionAt(i).isPresent()) {
      return true; // a place: "في الجنوب الليبي"
    }
    if (!t.is(Token.Type.ARABIC) || c.words().is(t, Words.Category.COMPLEMENTIZER)) {
      return false;
    }
    var seg = t.segmentations().get(0);
    if (c.words().is(t, Words.Category.PREPOSITION) || seg.definite() || !seg.preposition().isEmpty()) {
      return true; // "المنتشرة في المنطقة", "بالمنطقة"
    }
    // an indefinite noun after a preposition: "في منطقة"
    return i > 0 && doc.tokens.get(i - 1).is(Token.Type.ARABIC)
        && c.words().is(doc.tokens.get(i - 1), Words.Category.PREPOSITION);
  }

  /** The opening comma of an apposition whose closing comma is at {@code close}, or -1. */
  private static int appositionOpen(ForceRules.Ctx c, int close, int from) {
    for (int k = close - 1; k >= Math.max(from, close - ForceRules.SizeNoun.APPOSITION_WORDS - 1); k--) {
      if (c.stop(k) || c.figureAt(k).isPresent()) {
        return -1;
      }
      if (c.doc().isPunct(k, "،", ",")) {
        return k < close - 1 ? k : -1;
      }
    }
    return -1;
  }

  /** A group or body whose last word is at {@code i}, not governed by a preposition. */
  private static Optional<Subject> nounPhraseEndingAt(ForceRules.Ctx c, int i) {
    Optional<Doc.Mention> g = c.groupAt(i);
    if (g.isPresent()) {
      int first = c.named(i) ? g.get().first() : i;
      return free(c, first) ? Optional.of(new Subject(first, g.get())) : Optional.empty();
    }
    for (int k = Math.max(0, i - 2); k <= i; k++) {
      Optional<PhraseTable.Hit<ForceLexicon.Role>> body = c.at(ForceLexicon.Role.BODY, k);
      if (body.isPresent() && body.get().end() == i + 1 && definite(c, i)) {
        int first = k;
        while (first > 0 && c.at(ForceLexicon.Role.BODY, first - 1).filter(h -> h.end() >= i).isPresent()) {
          first--; // "قوات الجيش": the construct head before the body
        }
        return free(c, first) ? Optional.of(new Subject(first, null)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A group or body that starts at {@code j}, right after the verb. */
  private static Optional<Subject> nounPhrase(ForceRules.Ctx c, int j) {
    Optional<Doc.Mention> g = c.groupAt(j);
    if (g.isPresent()) {
      return j > 0 && c.has(ForceLexicon.Role.OBJECT_MARKER, j - 1)
          ? Optional.empty() : Optional.of(new Subject(j, g.get()));
    }
    Optional<PhraseTable.Hit<ForceLexicon.Role>> body = c.at(ForceLexicon.Role.BODY, j);
    if (body.isEmpty() || !c.doc().tokens.get(j).segmentations().get(0).preposition().isEmpty()
        || !definite(c, body.get().end() - 1)) {
      return Optional.empty();
    }
    return Optional.of(new Subject(j, null));
  }

  /**
   * The last word of a body's phrase has the article: "السلطات", "قوات الجيش" are bodies; an
   * indefinite "قوات" (forces) opens a description, "حشدت الحركة قوات يتراوح عددها" (the
   * movement massed forces whose number ranges), and is the object, not a subject.
   */
  private static boolean definite(ForceRules.Ctx c, int last) {
    return c.doc().tokens.get(last).segmentations().get(0).definite();
  }

  /** The noun phrase at {@code first} is not the object of a preposition or an attribution. */
  private static boolean free(ForceRules.Ctx c, int first) {
    Doc doc = c.doc();
    if (!doc.tokens.get(first).segmentations().get(0).preposition().isEmpty()) {
      return false; // "للتنظيم", "بالجيش"
    }
    if (first == 0) {
      return true;
    }
    Token before = doc.tokens.get(first - 1);
    return !(before.is(Token.Type.ARABIC) && c.words().is(before, Words.Category.PREPOSITION))
        && !c.has(ForceLexicon.Role.ATTRIBUTION, first - 1) && !c.has(ForceLexicon.Role.OBJECT_MARKER, first - 1);
  }
}
