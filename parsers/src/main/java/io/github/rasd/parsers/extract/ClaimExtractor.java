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
  /** Fewest words in quotation marks that make a direct quote ("داعش" in quotes is a name). */
  private static final int MIN_QUOTE_WORDS = 3;
  /** How far after a speaker's title its person may be named, in tokens. */
  private static final int FORWARD_NAME_REACH = 8;
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
        if (negated(doc, h.first())) {
          continue; // "ولم تعلن أي جهة مسؤوليتها" (no one has claimed it) attributes nothing
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
    if (opener == speakerEnd && speakerEnd < limit && tokens.get(speakerEnd).hasText("عن")
        && words.in(Words.WordList.REPORTING_VERB, tokens.get(h.first()).segmentations().get(0).stem())) {
      // "ونقلت وكالة رويترز عن مصدر أمني قوله إن ...": the source speaks, the agency carries it
      int from = speakerEnd + 1;
      int to = from;
      while (to < limit && to - from < MAX_SPEAKER_TOKENS && !tokens.get(to).text().startsWith("قول")
          && !words.is(tokens.get(to), Words.Category.COMPLEMENTIZER) && !doc.isPunct(to)) {
        to++;
      }
      if (to > from && to < limit) {
        Doc.Mention outlet = c.speakerEntity;
        Found source = new Found();
        setSpeaker(doc, source, from, to, persons);
        copySpeaker(source, c);
        if (outlet != null && outlet.kind() == EntryKind.OUTLET) {
          c.channel = outlet;
        }
        opener = tokens.get(to).text().startsWith("قول") && to + 1 < limit
            && words.is(tokens.get(to + 1), Words.Category.COMPLEMENTIZER) ? to + 1 : to;
      }
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
      } else if (doc.isPunct(h.first() - 1, "،", ",") && h.first() >= 2) {
        // "المتحدث باسم الجيش، العقيد عبد القادر حرسي، قال إن": the named person before the comma
        int p = h.first() - 2;
        for (int m = p; m >= Math.max(s.firstToken(), p - 5); m--) {
          if (persons.at()[m] != null && persons.endAt()[m] == p + 1) {
            Found before = new Found();
            setSpeaker(doc, before, m, p + 1, persons);
            copySpeaker(before, c);
            break;
          }
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
      // "قدر تقرير لمجلس الأمن عدد مقاتلي ..." (a report of the Security Council estimated the
      // number of ...): with no أن, the speaker is the noun phrase right after the verb and the
      // words after it are the content
      int np = c.speakerFirst >= 0 ? speakerPhraseEnd(doc, c.speakerFirst, persons) : -1;
      if (c.person != null && c.speakerEnd > np) {
        np = c.speakerEnd; // "المتحدث العسكري ...، العقيد غريب عبد الحافظ، مقتل ...": after the name
        while (np < limit && doc.isPunct(np, "،", ",")) {
          np++;
        }
      }
      if (c.speakerKind == Claim.Speaker.Kind.UNKNOWN || np <= c.speakerFirst || np >= limit - 2) {
        return null;
      }
      Found cut = new Found();
      setSpeaker(doc, cut, c.speakerFirst, np, persons);
      copySpeaker(cut, c);
      opener = np - 1;
    }
    if (quote) {
      int close = closingQuote(doc, opener);
      c.kind = Claim.Kind.DIRECT_QUOTE;
      c.contentFirst = opener + 1;
      c.contentEnd = close;
    } else if (opener + 1 < tokens.size() && doc.quoteCloseOf(opener + 1) > opener + MIN_QUOTE_WORDS + 1) {
      // "قال X إن "..."": the words after إن are quoted, the speaker's own
      c.kind = Claim.Kind.DIRECT_QUOTE;
      c.contentFirst = opener + 2;
      c.contentEnd = doc.quoteCloseOf(opener + 1);
    } else {
      c.kind = Claim.Kind.REPORTED_SPEECH;
      c.contentFirst = opener + 1;
      c.contentEnd = contentEnd(doc, s, opener + 1);
    }
    trimContent(doc, c);
    if (c.channel == null) {
      c.channel = channel(doc, s.firstToken(), c.contentFirst, c);
    }
    return c;
  }

  /** A negation particle (لم، لا، لن، ما) right before the verb. */
  private boolean negated(Doc doc, int cue) {
    return cue > 0 && doc.tokens.get(cue - 1).is(Token.Type.ARABIC) && doc.tokens.get(cue - 1)
        .segmentations().stream().anyMatch(seg -> words.in(Words.WordList.NEGATION, seg.stem()));
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
    // "وذلك وفق ما أكده مصدر أمني": ما and the verb belong to the cue, not to the speaker
    int speakerStart = h.end();
    if (speakerStart < s.endToken() && tokens.get(speakerStart).hasText("ما")) {
      int v = speakerStart + 1;
      Optional<PhraseTable.Hit<ClaimCue>> verb = v < s.endToken() ? cues.at(doc, v) : Optional.empty();
      speakerStart = verb.map(PhraseTable.Hit::end).orElse(v + 1);
    }
    // the speaker: up to a comma, فإن / إن, a channel, or the end of the sentence
    int j = speakerStart;
    while (j < s.endToken() && j - speakerStart < MAX_SPEAKER_TOKENS) {
      Token t = tokens.get(j);
      if (doc.isPunct(j) && !doc.isPunct(j, "(", ")", "\"", "«", "»")
          || words.is(t, Words.Category.COMPLEMENTIZER) || channelCues.at(doc, j).isPresent()
          || speakerStop(doc, j) && (doc.isChannelMention(j) || t.isDetachedClitic())) {
        break;
      }
      j++;
    }
    int speakerEnd = trimSpeaker(doc, speakerStart, j);
    boolean cut = false;
    if (fronted && (j >= s.endToken() || !words.is(tokens.get(j), Words.Category.COMPLEMENTIZER))) {
      // "بحسب الخبير يسعى التنظيم ..." : no comma, the known speaker ends the phrase
      int known = knownPhraseEnd(doc, speakerStart, persons);
      boolean delimited = j < s.endToken() && doc.isPunct(j) && j - speakerStart <= 6;
      if (!delimited && known > speakerStart && known < speakerEnd && speakerEnd - speakerStart > 3) {
        speakerEnd = known;
        cut = true;
      }
    }
    if (speakerEnd <= speakerStart) {
      return null;
    }
    setSpeaker(doc, c, speakerStart, speakerEnd, persons);
    boolean explicit = speakerStart > h.end() || h.end() - h.first() >= 2; // "حسبما أفاد", "وفق ما ذكرت"
    if (c.speakerKind == Claim.Speaker.Kind.UNKNOWN && !explicit) {
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
    c.channel = channel(doc, speakerStart, Math.max(j + 4, speakerEnd), c);
    return c;
  }

  /**
   * The end of the speaker's noun phrase at {@code first}: a known phrase (a person, a title, a
   * collective, an entity), then an entity it is of ("تقرير لمجلس الأمن الدولي") and a
   * nationality ("مسؤولون عراقيون"); {@code first} itself when nothing is known there.
   */
  private int speakerPhraseEnd(Doc doc, int first, People persons) {
    int e = knownPhraseEnd(doc, first, persons);
    if (e <= first) {
      // "هيئة الأركان العامة للجيش المالي": an unknown head noun and the organisation it is of
      for (int k = first + 1; k < Math.min(doc.tokens.size(), first + 4); k++) {
        Optional<Doc.Mention> m = doc.mentionAt(k);
        if (m.isPresent() && m.get().first() == k && m.get().kind() == EntryKind.ORGANIZATION) {
          return m.get().end();
        }
        if (doc.isPunct(k)) {
          break;
        }
      }
      return first;
    }
    while (e < doc.tokens.size()) {
      Optional<Doc.Mention> m = doc.mentionAt(e);
      if (m.isPresent() && m.get().first() == e && (m.get().kind() == EntryKind.NATIONALITY
          || m.get().kind() == EntryKind.ORGANIZATION || m.get().kind() == EntryKind.GROUP
          || m.get().kind() == EntryKind.COUNTRY)) {
        e = m.get().end();
        continue;
      }
      if (doc.tokens.get(e).text().endsWith("يون") || doc.tokens.get(e).text().endsWith("يين")) {
        e++; // a plural nisba: "مسؤولون عراقيون", "خبراء أمميين"
        continue;
      }
      break;
    }
    return e;
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
      if (e < doc.tokens.size() && persons.at()[e] != null) {
        e = persons.endAt()[e]; // "الخبير الأمني منير الورتاني": the title and its person
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
      if (best == null) {
        // "الباحث المغربي في شؤون الجماعات يوسف أزروال": the title's person is named just after
        int sentence = doc.sentenceOf(first);
        for (int k = end; k < Math.min(doc.tokens.size(), end + FORWARD_NAME_REACH); k++) {
          if (doc.sentenceOf(k) != sentence || doc.isPunct(k, ":") || words.is(doc.tokens.get(k),
              Words.Category.COMPLEMENTIZER)) {
            break;
          }
          if (persons.at()[k] != null) {
            best = persons.at()[k];
            c.speakerEnd = persons.endAt()[k];
            c.speakerText = doc.span(first, c.speakerEnd).text();
            break;
          }
        }
      }
      if (best != null) {
        c.person = best;
        c.speakerKind = Claim.Speaker.Kind.PERSON;
        c.role = title.get().value().role();
        return;
      }
      c.role = title.get().value().role();
      if (collectives.at(doc, first).isEmpty()) {
        c.speakerKind = Claim.Speaker.Kind.PERSON; // an unnamed person: "الخبير"، "مسؤول عسكري"
      }
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
    if (col.isPresent() && (c.speakerKind == Claim.Speaker.Kind.UNKNOWN || col.get().first() == first)) {
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
      boolean inSpeaker = i >= c.speakerFirst && i < c.speakerEnd;
      boolean sameOutlet = c.speakerEntity != null && m.isPresent()
          && m.get().entry() == c.speakerEntity.entry(); // "وكالة الأنباء السورية (سانا)"
      if (m.isPresent() && m.get().kind() == EntryKind.OUTLET && !inSpeaker && !sameOutlet) {
        return m.get();
      }
    }
    return null;
  }

  /** A claim inside the span of an according-to clause naming an outlet is nested in it. */
  private static void nest(Doc doc, List<Found> claims) {
    java.util.Map<Integer, List<Found>> bySentence = new java.util.HashMap<>();
    for (Found c : claims) {
      bySentence.computeIfAbsent(c.sentence, k -> new ArrayList<>()).add(c);
    }
    for (List<Found> same : bySentence.values()) {
      for (Found outer : same) {
        if (outer.kind != Claim.Kind.ACCORDING_TO || outer.speakerKind != Claim.Speaker.Kind.OUTLET) {
          continue;
        }
        for (Found inner : same) {
          if (inner != outer && inner.parent == null && inner.kind != Claim.Kind.ACCORDING_TO) {
            inner.parent = outer;
          }
        }
      }
    }
  }
}
