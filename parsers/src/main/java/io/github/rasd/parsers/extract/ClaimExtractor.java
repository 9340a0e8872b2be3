package io.github.rasd.parsers.extract;

import io.github.rasd.model.Claim;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.Nationality;
import io.github.rasd.parsers.knowledge.TitleCategory;
import io.github.rasd.parsers.knowledge.TitleEntry;
import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds attributed statements: direct quotes ({@code قال X: «...»}), reported speech ({@code قال
 * X إن ...}, {@code أكد X أن ...}, also with the speaker before the verb) and according-to
 * clauses ({@code بحسب X}, fronted or postposed). Resolves the speaker to a person, an
 * organisation or a collective source, carries it over to continuation verbs ({@code وأضاف}),
 * finds the channel (the outlet the words were given to) and the exact content span.
 * Immutable and thread-safe.
 */
final class ClaimExtractor {

  /** Longest speaker phrase read after a speech verb, in tokens. */
  private static final int MAX_SPEAKER_TOKENS = 12;
  /** How far after the speaker the content opener (أن، إن، :) may stand, in tokens. */
  private static final int MAX_OPENER_DISTANCE = 16;
  /** Longest direct quote followed to its closing mark, in tokens. */
  private static final int MAX_QUOTE_TOKENS = 400;
  /** How many sentences a speaker is carried over to a continuation verb. */
  private static final int CARRY_OVER_SENTENCES = 4;

  /** A claim found in one article. */
  static final class Found {
    Claim.Kind kind;
    int cueFirst;
    int cueEnd;
    int speakerFirst = -1;
    int speakerEnd = -1;
    String speakerText;
    Claim.Speaker.Kind speakerKind = Claim.Speaker.Kind.UNKNOWN;
    PersonExtractor.Found person;
    Doc.Mention speakerEntity;
    String role;
    int channelToken = -1;
    Doc.Mention channel;
    int contentFirst;
    int contentEnd;
    Found parent;
    String rule;
    int sentence;
  }

  private final PhraseTable<ClaimCue> cues;
  private final PhraseTable<String> channelCues;
  private final PhraseTable<String> collectives;
  private final PhraseTable<TitleEntry> titles;
  private final Words words;

  ClaimExtractor(PhraseTable<ClaimCue> cues, PhraseTable<String> channelCues,
      PhraseTable<String> collectives, PhraseTable<TitleEntry> titles, Words words) {
    this.cues = cues;
    this.channelCues = channelCues;
    this.collectives = collectives;
    this.titles = titles;
    this.words = words;
  }

  /** Where the persons of an article are named: token to person and to the mention's end. */
  private record People(List<PersonExtractor.Found> all, PersonExtractor.Found[] at, int[] endAt) {
    static People of(Doc doc, List<PersonExtractor.Found> persons) {
      PersonExtractor.Found[] at = new PersonExtractor.Found[doc.tokens.size()];
      int[] endAt = new int[doc.tokens.size()];
      for (PersonExtractor.Found p : persons) {
        for (int[] m : p.mentions) {
          at[m[0]] = p;
          endAt[m[0]] = m[1];
        }
      }
      return new People(persons, at, endAt);
    }
  }

  List<Found> extract(Doc doc, List<PersonExtractor.Found> found) {
    People persons = People.of(doc, found);
    List<Found> claims = new ArrayList<>();
    int quotedUntil = -1;
    for (Sentence s : doc.sentences) {
      List<PhraseTable.Hit<ClaimCue>> hits = cues.findAll(doc, s.firstToken(), s.endToken());
      for (PhraseTable.Hit<ClaimCue> h : hits) {
        if (h.first() < quotedUntil) {
          continue; // a cue inside a quotation belongs to the quoted words
        }
        Found c = h.value().kind() == ClaimCue.Kind.ACCORDING_TO
            ? accordingTo(doc, s, h, persons, claims)
            : speech(doc, s, h, persons, claims);
        if (c != null && c.contentEnd > c.contentFirst) {
          c.sentence = s.index();
          claims.add(c);
          if (c.kind == Claim.Kind.DIRECT_QUOTE) {
            quotedUntil = c.contentEnd;
          }
        }
      }
    }
    nest(doc, claims);
    return claims;
  }

  // ---------------------------------------------------------------- reported speech and quotes

  private Found speech(Doc doc, Sentence s, PhraseTable.Hit<ClaimCue> h,
      People persons, List<Found> previous) {
    List<Token> tokens = doc.tokens;
    Found c = new Found();
    c.cueFirst = h.first();
    c.cueEnd = h.end();
    c.rule = "claims/" + h.value().kind().name().toLowerCase(java.util.Locale.ROOT);
    int limit = s.endToken();
    // the speaker after the verb (VSO), up to a comma, an opener, a channel or a preposition
    int j = h.end();
    while (j < limit && j - h.end() < MAX_SPEAKER_TOKENS
        && (persons.at()[j] != null || !speakerStop(doc, j))) {
      j++;
    }
    int speakerEnd = j;
    // then look for what opens the content
    int opener = -1;
    boolean quote = false;
    int k = j;
    int searchLimit = Math.min(doc.tokens.size(), j + MAX_OPENER_DISTANCE);
    while (k < searchLimit) {
      Token t = tokens.get(k);
      if (doc.isPunct(k, ":")) {
        int q = k + 1;
        if (q < tokens.size() && words.is(tokens.get(q), Words.Category.COMPLEMENTIZER)) {
          opener = q; // "قال ...: إن ..." is reported speech
        } else if (q < tokens.size() && doc.isQuote(q)) {
          opener = q;
          quote = true;
        } else {
          opener = k;
        }
        break;
      }
      if (words.is(t, Words.Category.COMPLEMENTIZER)) {
        opener = k;
        break;
      }
      if (doc.isQuote(k) && quoteLength(doc, k) >= 4) {
        opener = k;
        quote = true;
        break;
      }
      if (k >= limit) {
        break;
      }
      if (k == j && isPrepositionOpener(t) && speakerEnd > h.end()) {
        opener = k; // أكد على / حذر من / كشف عن
        break;
      }
      if (cues.at(doc, k).isPresent() && k > h.end()) {
        break;
      }
      k++;
    }
    int trimmed = trimSpeaker(doc, h.end(), speakerEnd);
    if (trimmed > h.end()) {
      setSpeaker(doc, c, h.end(), trimmed, persons);
    }
    if (c.speakerFirst < 0 || c.speakerKind == Claim.Speaker.Kind.UNKNOWN && c.speakerEnd - c.speakerFirst > 6) {
      // SVO: "الخبير التونسي أوضح ... أن" — the speaker stands before the verb
      int b = h.first();
      while (b > s.firstToken() && !doc.isPunct(b - 1) && h.first() - b < 8) {
        b--;
      }
      while (b < h.first() && words.isClosedClass(tokens.get(b))) {
        b++;
      }
      if (b < h.first()) {
        Found before = new Found();
        setSpeaker(doc, before, b, h.first(), persons);
        if (before.speakerKind != Claim.Speaker.Kind.UNKNOWN) {
          copySpeaker(before, c);
        }
      }
    }
    if (c.speakerFirst < 0) {
      // "وأضاف أن ..." — the speaker of the previous claim carries on
      Optional<Found> last = previous.isEmpty() ? Optional.empty() : Optional.of(previous.get(previous.size() - 1));
      if (last.isEmpty() || doc.sentenceOf(h.first()) - last.get().sentence > CARRY_OVER_SENTENCES
          || last.get().speakerText == null) {
        return null;
      }
      copySpeaker(last.get(), c);
      c.speakerFirst = -1;
      c.speakerEnd = -1;
      c.rule += "/carried-over";
    }
    if (opener < 0) {
      if (c.speakerKind == Claim.Speaker.Kind.UNKNOWN || j >= limit - 2) {
        return null;
      }
      opener = j - 1; // "كشفت الحكومة معلومات تشير إلى ...": the rest of the sentence
    }
    if (quote) {
      int close = closingQuote(doc, opener);
      c.kind = Claim.Kind.DIRECT_QUOTE;
      c.contentFirst = opener + 1;
      c.contentEnd = close;
    } else {
      c.kind = Claim.Kind.REPORTED_SPEECH;
      c.contentFirst = opener + 1;
      c.contentEnd = contentEnd(doc, s, opener + 1);
    }
    trimContent(doc, c);
    c.channel = channel(doc, s.firstToken(), c.contentFirst, c);
    return c;
  }

  private boolean isPrepositionOpener(Token t) {
    String x = t.text();
    return x.equals("علي") || x.equals("من") || x.equals("عن");
  }

  /** Where a speaker phrase after a verb ends. */
  private boolean speakerStop(Doc doc, int j) {
    Token t = doc.tokens.get(j);
    if (t.is(Token.Type.PUNCTUATION)) {
      return !doc.isPunct(j, "(", ")", "\"", "«", "»") || doc.isQuote(j) && quoteLength(doc, j) >= 4;
    }
    if (channelCues.at(doc, j).isPresent()) {
      return true;
    }
    Words.Category c = words.category(t);
    if (c == Words.Category.COMPLEMENTIZER || c == Words.Category.TIME) {
      return true;
    }
    if (c == Words.Category.PREPOSITION && doc.mentionOfKind(j + 1, EntryKind.ORGANIZATION, EntryKind.GROUP)) {
      return false; // "الضابط في الشرطة الصومالية عبد الله محمد" goes on to the name
    }
    if (c == Words.Category.PREPOSITION && !t.text().equals("باسم")) {
      // "الشرطة في نيجيريا" keeps its place; "في حديثه" / "في بيان" does not
      return j + 1 >= doc.tokens.size() || !doc.mentionOfKind(j + 1, EntryKind.COUNTRY, EntryKind.PLACE);
    }
    return doc.isChannelMention(j) || t.isDetachedClitic() && j + 2 < doc.tokens.size()
        && (doc.isChannelMention(j + 1) || doc.isChannelMention(j + 2));
  }

  private int trimSpeaker(Doc doc, int from, int end) {
    while (end > from && (doc.isPunct(end - 1) || words.isClosedClass(doc.tokens.get(end - 1)))) {
      end--;
    }
    return end;
  }

  /** Tokens between an opening quote mark and its closing mark; 0 when {@code q} opens none. */
  private int quoteLength(Doc doc, int q) {
    int close = doc.quoteCloseOf(q);
    return close < 0 ? 0 : close - q - 1;
  }

  private int closingQuote(Doc doc, int q) {
    int close = doc.quoteCloseOf(q);
    return close < 0 ? q + 1 : Math.min(close, q + MAX_QUOTE_TOKENS);
  }

  /** The content runs to the end of the sentence, or to a postposed according-to cue. */
  private int contentEnd(Doc doc, Sentence s, int from) {
    for (int i = from; i < s.endToken(); i++) {
      Optional<PhraseTable.Hit<ClaimCue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value().kind() == ClaimCue.Kind.ACCORDING_TO && i > from + 2
          && doc.isPunct(i - 1, "،", ",")) {
        return i;
      }
    }
    return s.endToken();
  }

  private void trimContent(Doc doc, Found c) {
    while (c.contentEnd > c.contentFirst && doc.isPunct(c.contentEnd - 1)) {
      c.contentEnd--;
    }
    while (c.contentFirst < c.contentEnd && (doc.isPunct(c.contentFirst)
        || words.is(doc.tokens.get(c.contentFirst), Words.Category.COMPLEMENTIZER))) {
      c.contentFirst++; // "، فإن الخلية ..." : the content starts after فإن
    }
  }

  // ---------------------------------------------------------------- according to

  private Found accordingTo(Doc doc, Sentence s, PhraseTable.Hit<ClaimCue> h,
      People persons, List<Found> previous) {
    List<Token> tokens = doc.tokens;
    Found c = new Found();
    c.kind = Claim.Kind.ACCORDING_TO;
    c.cueFirst = h.first();
    c.cueEnd = h.end();
    int lead = s.firstToken();
    while (lead < h.first() && (doc.isPunct(lead) || words.isClosedClass(tokens.get(lead)))) {
      lead++;
    }
    boolean fronted = lead == h.first();
    // the speaker: up to a comma, فإن / إن, a channel, or the end of the sentence
    int j = h.end();
    while (j < s.endToken() && j - h.end() < MAX_SPEAKER_TOKENS) {
      Token t = tokens.get(j);
      if (doc.isPunct(j) && !doc.isPunct(j, "(", ")", "\"", "«", "»")
          || words.is(t, Words.Category.COMPLEMENTIZER) || channelCues.at(doc, j).isPresent()
          || speakerStop(doc, j) && (doc.isChannelMention(j) || t.isDetachedClitic())) {
        break;
      }
      j++;
    }
    int speakerEnd = trimSpeaker(doc, h.end(), j);
    boolean cut = false;
    if (fronted && (j >= s.endToken() || !words.is(tokens.get(j), Words.Category.COMPLEMENTIZER))) {
      // "بحسب الخبير يسعى التنظيم ..." : no comma, the known speaker ends the phrase
      int known = knownPhraseEnd(doc, h.end(), persons);
      if (known > h.end() && known < speakerEnd && speakerEnd - h.end() > 3) {
        speakerEnd = known;
        cut = true;
      }
    }
    if (speakerEnd <= h.end()) {
      return null;
    }
    setSpeaker(doc, c, h.end(), speakerEnd, persons);
    if (c.speakerKind == Claim.Speaker.Kind.UNKNOWN) {
      return null; // "حسب الظروف" (depending on the circumstances) attributes nothing
    }
    if (fronted && cut) {
      c.contentFirst = speakerEnd;
      c.contentEnd = contentEnd(doc, s, speakerEnd);
      c.rule = "claims/according-to-fronted";
    } else if (fronted) {
      int k = speakerEnd;
      while (k < s.endToken() && k - speakerEnd < MAX_OPENER_DISTANCE
          && !words.is(tokens.get(k), Words.Category.COMPLEMENTIZER) && !doc.isPunct(k, "،", ",")) {
        k++;
      }
      if (k >= s.endToken() || k - speakerEnd >= MAX_OPENER_DISTANCE) {
        k = speakerEnd - 1;
      }
      c.contentFirst = k + 1;
      c.contentEnd = contentEnd(doc, s, k + 1);
      c.rule = "claims/according-to-fronted";
    } else {
      c.contentFirst = lead;
      for (Found p : previous) {
        if (p.sentence == s.index() && p.contentFirst > lead && p.contentFirst < h.first()) {
          c.contentFirst = p.contentFirst; // "وقال X إن ...، حسب تقديرات": inside X's words
        }
      }
      c.contentEnd = h.first();
      c.rule = "claims/according-to-postposed";
    }
    trimContent(doc, c);
    c.channel = channel(doc, h.end(), Math.max(j + 4, speakerEnd), c);
    return c;
  }

  /** The end of a known speaker phrase at {@code i}: a person, a title, a collective, an entity. */
  private int knownPhraseEnd(Doc doc, int i, People persons) {
    if (persons.at()[i] != null) {
      return persons.endAt()[i];
    }
    Optional<PhraseTable.Hit<TitleEntry>> t = titles.at(doc, i);
    if (t.isPresent()) {
      int e = t.get().end();
      if (doc.mentionOfKind(e, EntryKind.NATIONALITY)) {
        e = doc.mentionAt(e).get().end();
      }
      return e;
    }
    Optional<PhraseTable.Hit<String>> col = collectives.at(doc, i);
    if (col.isPresent()) {
      return col.get().end();
    }
    return doc.mentionAt(i).map(Doc.Mention::end).orElse(i);
  }

  // ---------------------------------------------------------------- speakers and channels

  private void setSpeaker(Doc doc, Found c, int first, int end, People persons) {
    c.speakerFirst = first;
    c.speakerEnd = end;
    c.speakerText = doc.span(first, end).text();
    // a named person inside the phrase
    for (int i = first; i < end; i++) {
      PersonExtractor.Found p = persons.at()[i];
      if (p != null && persons.endAt()[i] <= end) {
        c.person = p;
        c.speakerKind = Claim.Speaker.Kind.PERSON;
        c.role = p.role;
        return;
      }
    }
    // a title standing for a person named earlier: "الخبير التونسي" (the Tunisian expert)
    Optional<PhraseTable.Hit<TitleEntry>> title = titles.at(doc, first);
    if (title.isPresent()) {
      String nationality = null;
      int e = title.get().end();
      if (doc.mentionOfKind(e, EntryKind.NATIONALITY)) {
        nationality = ((Nationality) doc.mentionAt(e).get().entry()).countryCode();
      }
      TitleCategory cat = title.get().value().category();
      PersonExtractor.Found best = null;
      int bestAt = -1;
      for (PersonExtractor.Found p : persons.all()) {
        if (!p.categories.contains(cat)) {
          continue;
        }
        if (nationality != null && p.nationality != null && !nationality.equals(p.nationality)) {
          continue;
        }
        int firstMention = p.mentions.stream().mapToInt(m -> m[0]).min().orElse(Integer.MAX_VALUE);
        if (firstMention < first && firstMention > bestAt) {
          best = p;
          bestAt = firstMention;
        }
      }
      if (best != null) {
        c.person = best;
        c.speakerKind = Claim.Speaker.Kind.PERSON;
        c.role = title.get().value().role();
        return;
      }
      c.role = title.get().value().role();
    }
    Optional<PhraseTable.Hit<String>> col = collectives.at(doc, first);
    if (col.isEmpty() && first + 1 < end) {
      col = collectives.at(doc, first + 1); // "حديث الخبراء", "تقارير لوسائل الإعلام"
    }
    for (int i = first; i < end; i++) {
      Optional<Doc.Mention> m = doc.mentionAt(i);
      if (m.isPresent()) {
        EntryKind k = m.get().kind();
        if (k == EntryKind.ORGANIZATION || k == EntryKind.GROUP) {
          c.speakerEntity = m.get();
          c.speakerKind = Claim.Speaker.Kind.ORGANIZATION;
          return;
        }
        if (k == EntryKind.OUTLET && !doc.isChannelMention(i)) {
          c.speakerEntity = m.get();
          c.speakerKind = Claim.Speaker.Kind.OUTLET;
          return;
        }
      }
    }
    if (col.isPresent()) {
      c.speakerKind = Claim.Speaker.Kind.COLLECTIVE;
      c.role = c.role == null ? col.get().value().toLowerCase(java.util.Locale.ROOT) : c.role;
    }
  }

  private static void copySpeaker(Found from, Found to) {
    to.speakerFirst = from.speakerFirst;
    to.speakerEnd = from.speakerEnd;
    to.speakerText = from.speakerText;
    to.speakerKind = from.speakerKind;
    to.person = from.person;
    to.speakerEntity = from.speakerEntity;
    to.role = from.role;
  }

  /** The outlet named between {@code from} and {@code to} that is not the speaker itself. */
  private Doc.Mention channel(Doc doc, int from, int to, Found c) {
    for (int i = Math.max(0, from); i < Math.min(to, doc.tokens.size()); i++) {
      if (i >= c.contentFirst && i < c.contentEnd) {
        continue;
      }
      Optional<Doc.Mention> m = doc.mentionAt(i);
      if (m.isPresent() && m.get().kind() == EntryKind.OUTLET && m.get() != c.speakerEntity) {
        c.channelToken = m.get().first();
        return m.get();
      }
    }
    return null;
  }

  /** A claim inside the span of an according-to clause naming an outlet is nested in it. */
  private static void nest(Doc doc, List<Found> claims) {
    for (Found outer : claims) {
      if (outer.kind != Claim.Kind.ACCORDING_TO || outer.speakerKind != Claim.Speaker.Kind.OUTLET) {
        continue;
      }
      for (Found inner : claims) {
        if (inner != outer && inner.sentence == outer.sentence && inner.parent == null
            && inner.kind != Claim.Kind.ACCORDING_TO) {
          inner.parent = outer;
        }
      }
    }
  }
}
