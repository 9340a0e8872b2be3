package io.github.rasd.parsers.extract;

import io.github.rasd.model.OrganizationKind;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.OrganizationEntry;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The channel of a claim that the knowledge base does not name: the outlet, platform or page the
 * words were given to or published on, never the speaker's own organisation. Each alternative is
 * a named rule, tried in this order over the clause before the content; the first outlet found
 * wins, a platform only when no outlet is named, a page only when neither is.
 *
 * <ol>
 *   <li>{@value #OUTLET_NOUN}: an outlet's head noun glued to ل and its name: "قال المسؤول
 *       لوكالة الساحل إن" (the official told the Sahel agency that): "وكالة الساحل"; a definite
 *       head names the article's own outlet: "في تصريح للإذاعة" (in a statement to the radio):
 *       "الإذاعة".
 *   <li>{@value #QUOTED_OUTLET}: an outlet's name in quotation marks after ل or after a head
 *       noun glued to ل: "قال مصدر أمني لـ«الوطن» إن" (a security source told al-Watan that),
 *       "لموقع "العراق الآن"" (to the site "Iraq Now"): the quoted name.
 *   <li>{@value #OWN_OUTLET}: an outlet noun with the first-person pronoun, the reporting outlet
 *       itself: "قال لوكالتنا" (he told our agency), "في اتصال مع شبكتنا" (in a call with our
 *       network): "وكالتنا"، "شبكتنا".
 *   <li>{@value #LINKED_OUTLET}: an outlet that carried the statement or took the call, after a
 *       link word ({@code CHANNEL_LINK} of {@code claim-words.tsv}): "في بيان بثته إذاعة الأندلس"
 *       (in a statement broadcast by al-Andalus radio), "في رسالة نشرتها مؤسسة الزلاقة"، "في اتصال
 *       هاتفي مع إذاعة موزمبيق"; the name stops before its affiliation ("الناطقة باسمها").
 *   <li>{@value #PLATFORM}: a social platform the words were posted on, by its name: "في بيان
 *       على منصة إكس" (in a statement on the X platform): "إكس"; "على صفحتها في فيسبوك":
 *       "فيسبوك"; after the outlet that posted them, {@value #PLATFORM_OVER_PUBLISHER}.
 *   <li>{@value #PAGE}: the speaker's own page or account, when no platform is named: "في بيان
 *       نشرته على صفحتها الرسمية" (in a statement posted on its official page): "صفحتها
 *       الرسمية"; "في تغريدة على حسابه الرسمي"، "عبر معرفاتها".
 * </ol>
 *
 * The words live in {@code claim-words.tsv} (OUTLET_NOUN, MEDIUM_NOUN, CHANNEL_LINK, OUTLET_STOP,
 * PLATFORM, PLATFORM_HEAD, PAGE_NOUN, PAGE_LINK, PRONOUN_SUFFIX). Immutable and thread-safe.
 */
final class ChannelGrammar {

  static final String OUTLET_NOUN = "claims/channel-outlet-noun";
  static final String QUOTED_OUTLET = "claims/channel-quoted-outlet";
  static final String OWN_OUTLET = "claims/channel-own-outlet";
  static final String LINKED_OUTLET = "claims/channel-linked-outlet";
  static final String PLATFORM = "claims/channel-platform";
  static final String PAGE = "claims/channel-page";
  /**
   * The platform the words were posted on wins over the outlet that posted them: "في بيان نشرته
   * مؤسسة الأنفال الذراع الإعلامية للجماعة على تطبيق تلغرام" (in a statement the group's media
   * arm al-Anfal posted on the Telegram app): "تلغرام"; with no platform the outlet stays.
   */
  static final String PLATFORM_OVER_PUBLISHER = "claims/channel-platform-over-publisher";

  /** Most name words after an unknown outlet's head noun: "لوكالة أفريقيا برس". */
  static final int MAX_OUTLET_NAME = 3;
  /** Longest outlet name in quotation marks, in tokens: "لـ"سودان اليوم"". */
  static final int MAX_QUOTED_OUTLET = 4;
  /** How far before a platform name its head noun or quotation mark may stand, in tokens. */
  static final int PLATFORM_HEAD_REACH = 2;
  /** The first-person pronoun of the reporting outlet: "وكالتنا" (our agency). */
  private static final String OUR = "نا";

  /** A channel found, with the rule that read it. */
  record Hit(Doc.Mention mention, String rule) {}

  private final ClaimWords claimWords;
  private final Words words;
  private final PhraseTable<ClaimCue> cues;
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

  ChannelGrammar(ClaimWords claimWords, Words words, PhraseTable<ClaimCue> cues) {
    this.claimWords = claimWords;
    this.words = words;
    this.cues = cues;
  }

  /**
   * The channel read in tokens {@code [from, to)}, skipping the tokens {@code skip} accepts (the
   * speaker and the content); {@code contentFirst} ends an outlet's name.
   */
  Optional<Hit> find(Doc doc, int from, int to, int contentFirst, IntPredicate skip) {
    int lo = Math.max(0, from);
    int hi = Math.min(to, doc.tokens.size());
    for (int i = lo; i < hi; i++) {
      if (!skip.test(i)) {
        Optional<Hit> h = outlet(doc, i, contentFirst);
        if (h.isPresent()) {
          // {@value #PLATFORM_OVER_PUBLISHER}: "نشرته وكالة أعماق على تلغرام": the platform
          return h.get().rule().equals(LINKED_OUTLET)
              ? platformAfter(doc, h.get().mention().end(), hi, skip).or(() -> h) : h;
        }
      }
    }
    for (int i = lo; i < hi; i++) {
      if (!skip.test(i) && claimWords.end(ClaimWords.WordList.PLATFORM, doc, i) > i) {
        return Optional.of(platform(doc, i, lo));
      }
    }
    for (int i = lo; i < hi; i++) {
      if (!skip.test(i) && i > lo && claimWords.end(ClaimWords.WordList.PAGE_LINK, doc, i - 1) == i
          && withPronoun(doc, i, ClaimWords.WordList.PAGE_NOUN, false)) {
        int e = i + 1;
        if (e < hi && !skip.test(e) && official(doc.tokens.get(e))) {
          e++; // "صفحتها الرسمية" (its official page)
        }
        return Optional.of(hit(doc, i, e, PAGE));
      }
    }
    return Optional.empty();
  }

  /** The first analysis of {@code t} with ل glued to it, or null (an index loop: asked at every word). */
  private static io.github.rasd.parsers.text.Segmentation gluedLam(Token t) {
    List<io.github.rasd.parsers.text.Segmentation> segs = t.segmentations();
    for (int k = 0; k < segs.size(); k++) {
      if (segs.get(k).preposition().equals("ل")) {
        return segs.get(k);
      }
    }
    return null;
  }

  /** The outlet rules at token {@code i}: glued to ل, quoted after ل, our own, or linked. */
  private Optional<Hit> outlet(Doc doc, int i, int contentFirst) {
    Token t = doc.tokens.get(i);
    if (t.isDetachedClitic() && t.text().contains("ل")) {
      int[] q = quoted(doc, i + 1);
      return q == null ? Optional.empty() : Optional.of(hit(doc, q[0], q[1], QUOTED_OUTLET));
    }
    if (!t.is(Token.Type.ARABIC) || doc.mentionAt(i).isPresent()) {
      return Optional.empty();
    }
    io.github.rasd.parsers.text.Segmentation glued = gluedLam(t); // null: no ل glued to the word
    boolean lam = glued != null;
    boolean linked = i > 0 && claimWords.end(ClaimWords.WordList.CHANNEL_LINK, doc, i - 1) == i;
    if ((lam || linked) && withPronoun(doc, i, ClaimWords.WordList.OUTLET_NOUN, true)) {
      return Optional.of(hit(doc, i, i + 1, OWN_OUTLET)); // "لوكالتنا" (to our agency)
    }
    boolean head = claimWords.end(ClaimWords.WordList.OUTLET_NOUN, doc, i) == i + 1;
    if (lam && head) {
      int[] q = quoted(doc, i + 1);
      if (q != null) {
        return Optional.of(hit(doc, q[0], q[1], QUOTED_OUTLET)); // "لموقع "العراق الآن""
      }
      int e = nameEnd(doc, i + 1, contentFirst);
      boolean definite = glued.definite();
      boolean closed = e < doc.tokens.size() && (doc.isPunct(e) || e == contentFirst
          || words.is(doc.tokens.get(e), Words.Category.COMPLEMENTIZER)
          || claimWords.end(ClaimWords.WordList.OUTLET_STOP, doc, e) == e + 1); // "لوكالة ميزان التابعة للقضاء"
      return closed && (e > i + 1 || definite) ? Optional.of(hit(doc, i, e, OUTLET_NOUN)) : Optional.empty();
    }
    if (linked && t.segmentations().get(0).prefixes().replace("ال", "").isEmpty()
        && (head || claimWords.end(ClaimWords.WordList.MEDIUM_NOUN, doc, i) == i + 1)) {
      int[] q = quoted(doc, i + 1);
      if (q != null) {
        return Optional.of(hit(doc, q[0], q[1], LINKED_OUTLET)); // "عبر مؤسسة "الزلاقة""
      }
      int e = nameEnd(doc, i + 1, contentFirst);
      if (e > i + 1 || t.segmentations().get(0).definite()) {
        return Optional.of(hit(doc, i, e, LINKED_OUTLET)); // "بثته إذاعة الأندلس الناطقة باسمها"
      }
    }
    return Optional.empty();
  }

  /**
   * The platform at {@code i}, by its name alone: "على منصة "إكس"" (on the X platform) is "إكس",
   * its head noun and quotation marks left out, as the platform is named in every style.
   */
  private Hit platform(Doc doc, int i, int lo) {
    return hit(doc, i, claimWords.end(ClaimWords.WordList.PLATFORM, doc, i), PLATFORM);
  }

  /**
   * The platform named in tokens {@code [from, to)} after the outlet that published the words:
   * {@value #PLATFORM_OVER_PUBLISHER}.
   */
  Optional<Hit> platformAfter(Doc doc, int from, int to, IntPredicate skip) {
    for (int i = Math.max(0, from); i < Math.min(to, doc.tokens.size()); i++) {
      if (doc.isPunct(i) && !doc.isQuote(i) || cues.at(doc, i).isPresent()) {
        return Optional.empty(); // the platform of another clause
      }
      if (!skip.test(i) && claimWords.end(ClaimWords.WordList.PLATFORM, doc, i) > i) {
        return Optional.of(new Hit(platform(doc, i, from).mention(), PLATFORM_OVER_PUBLISHER));
      }
    }
    return Optional.empty();
  }

  /**
   * True when a platform, a platform's head noun or a page with its pronoun follows {@code i}
   * within {@value #PLATFORM_HEAD_REACH} tokens, quotation marks aside: "على منصة إكس"، "على
   * تلغرام"، "عبر حسابها": the preposition at {@code i} opens a channel, not the content.
   */
  boolean opensPlatform(Doc doc, int i) {
    for (int k = i + 1; k < Math.min(doc.tokens.size(), i + 1 + PLATFORM_HEAD_REACH); k++) {
      if (doc.isQuote(k)) {
        continue;
      }
      return claimWords.end(ClaimWords.WordList.PLATFORM, doc, k) > k
          || claimWords.end(ClaimWords.WordList.PLATFORM_HEAD, doc, k) == k + 1
          || withPronoun(doc, k, ClaimWords.WordList.PAGE_NOUN, false);
    }
    return false;
  }

  /** Up to {@value #MAX_QUOTED_OUTLET} words in quotation marks opened at {@code q}, or null. */
  private static int[] quoted(Doc doc, int q) {
    if (q >= doc.tokens.size() || !doc.isQuote(q)) {
      return null;
    }
    int close = doc.quoteCloseOf(q);
    if (close <= q + 1 || close - q - 1 > MAX_QUOTED_OUTLET) {
      return null;
    }
    Optional<Doc.Mention> m = doc.mentionAt(q + 1);
    if (m.isPresent() && m.get().end() >= close && m.get().kind() != EntryKind.OUTLET) {
      return null; // "لـ"داعش"" (to ISIS) names no outlet; "لـ"سودان اليوم"" does
    }
    return new int[] {q + 1, close};
  }

  /**
   * The end of an outlet's name from {@code e}: up to {@value #MAX_OUTLET_NAME} plain words, before
   * a preposition, an opener, a cue, a glued word or an affiliation ("الناطقة باسمها").
   */
  private int nameEnd(Doc doc, int e, int contentFirst) {
    int start = e;
    while (e < doc.tokens.size() && e - start < MAX_OUTLET_NAME && e != contentFirst) {
      Token w = doc.tokens.get(e);
      if (!w.is(Token.Type.ARABIC) || w.isDetachedClitic() || claimWords.end(ClaimWords.WordList.OUTLET_STOP, doc, e) == e + 1
          || !w.segmentations().get(0).prefixes().replace("ال", "").isEmpty()
          || words.is(w, Words.Category.COMPLEMENTIZER) || words.is(w, Words.Category.PREPOSITION)
          || words.is(w, Words.Category.TIME) || cues.at(doc, e).isPresent()) {
        break;
      }
      e++;
    }
    return e;
  }

  /**
   * True when token {@code i} is a noun of {@code list} with an attached pronoun: "وكالتنا" (our
   * agency) when {@code ours}, else "صفحتها" (its page), "حسابه" (his account).
   */
  private boolean withPronoun(Doc doc, int i, ClaimWords.WordList list, boolean ours) {
    Token t = doc.tokens.get(i);
    if (!t.is(Token.Type.ARABIC)) {
      return false;
    }
    for (var seg : t.segmentations()) { // "وكالتنا" is no و + "كالتنا"
      String stem = seg.stem();
      for (String suffix : ours ? List.of(OUR) : claimWords.words(ClaimWords.WordList.PRONOUN_SUFFIX)) {
        if (stem.length() > suffix.length() + 2 && stem.endsWith(suffix)) {
          String base = stem.substring(0, stem.length() - suffix.length());
          String noun = base.endsWith("ت") ? base.substring(0, base.length() - 1) + "ة" : base;
          if (claimWords.has(list, normalizer.normalize(noun)) || claimWords.has(list, normalizer.normalize(base))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A definite adjective of office: "الرسمية" (official). */
  private boolean official(Token t) {
    String x = t.text();
    return t.is(Token.Type.ARABIC) && t.segmentations().get(0).definite()
        && t.segmentations().get(0).preposition().isEmpty() && (x.endsWith("ي") || x.endsWith("ية") || x.endsWith("يه"));
  }

  private static Hit hit(Doc doc, int first, int end, String rule) {
    String name = doc.span(first, end).text();
    return new Hit(new Doc.Mention(first, end, new OrganizationEntry("outlet-unlisted", name, name,
        List.of(), List.of(), OrganizationKind.NEWS_OUTLET, Optional.empty(), false, rule),
        doc.span(first, end), Optional.empty()), rule);
  }
}
