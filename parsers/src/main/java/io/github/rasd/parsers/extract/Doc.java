package io.github.rasd.parsers.extract;

import io.github.rasd.model.Article;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.KnowledgeEntry;
import io.github.rasd.parsers.text.QuoteMarks;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article seen through the layers of the text engine: tokens, sentences and the entity
 * mentions of the knowledge base. Extractors read it and never reach back into the raw string.
 * Built per article, never shared.
 */
final class Doc {

  /** A knowledge-base entry named at tokens {@code [first, end)}. */
  record Mention(int first, int end, KnowledgeEntry entry, Span span, Optional<String> country) {
    EntryKind kind() {
      return entry.entryKind();
    }
  }

  final Article article;
  final TextView view;
  final List<Token> tokens;
  final List<Sentence> sentences;
  final Optional<LocalDate> anchor;
  private final int[] sentenceOfToken;
  private List<Mention> mentions = List.of();
  private Mention[] mentionAt;
  /** Each phrase table's matches over this article, computed on first use. */
  private TableHits<?>[] hits = new TableHits<?>[FirstWords.tables()]; // by PhraseTable.id()

  Doc(Article article, TextView view, List<Token> tokens, List<Sentence> sentences) {
    this.article = article;
    this.view = view;
    this.tokens = tokens;
    this.sentences = sentences;
    this.anchor = article.published();
    this.sentenceOfToken = new int[tokens.size()];
    for (Sentence s : sentences) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        sentenceOfToken[i] = s.index();
      }
    }
    this.mentionAt = new Mention[tokens.size()];
    this.quoteClose = pairQuotes(tokens);
  }

  /** For an opening quote mark, the index of its closing mark; -1 elsewhere. */
  private final int[] quoteClose;

  /**
   * Pairs quotation marks within each paragraph: « with », and straight or curly double
   * quotes in turn. An unclosed mark closes at the end of its paragraph.
   */
  private static int[] pairQuotes(List<Token> tokens) {
    int[] close = new int[tokens.size()];
    java.util.Arrays.fill(close, -1);
    int openStraight = -1;
    java.util.ArrayDeque<Integer> guillemets = new java.util.ArrayDeque<>();
    for (int i = 0; i <= tokens.size(); i++) {
      boolean paragraphEnd = i == tokens.size() || tokens.get(i).paragraphBreakBefore();
      if (paragraphEnd) {
        if (openStraight >= 0) {
          close[openStraight] = i;
          openStraight = -1;
        }
        while (!guillemets.isEmpty()) {
          close[guillemets.pop()] = i;
        }
        if (i == tokens.size()) {
          break;
        }
      }
      Token t = tokens.get(i);
      if (!t.is(Token.Type.PUNCTUATION)) {
        continue;
      }
      String x = t.text();
      if (x.equals("«")) {
        guillemets.push(i);
      } else if (x.equals("»") && !guillemets.isEmpty()) {
        close[guillemets.pop()] = i;
      } else if (x.equals("\"") || x.equals("“") || x.equals("”")) {
        if (openStraight < 0) {
          openStraight = i;
        } else {
          close[openStraight] = i;
          openStraight = -1;
        }
      }
    }
    return close;
  }

  /** The closing mark of the quotation opened at token {@code i}, or -1 when {@code i} opens none. */
  int quoteCloseOf(int i) {
    return i >= 0 && i < quoteClose.length ? quoteClose[i] : -1;
  }

  /**
   * True when token {@code i} names an outlet as the channel of a claim: "لرويترز",
   * "لـ"سبوتنيك"" (to Sputnik), "لوكالة رويترز".
   */
  boolean isChannelMention(int i) {
    Optional<Mention> m = mentionAt(i);
    if (m.isEmpty() || m.get().kind() != EntryKind.OUTLET) {
      return false;
    }
    Token first = tokens.get(m.get().first());
    if (first.segmentations().get(0).preposition().equals("ل") || first.detachedPrefix().contains("ل")) {
      return true;
    }
    int before = m.get().first() - 1;
    while (before >= 0 && isQuote(before)) {
      before--;
    }
    return before >= 0 && (tokens.get(before).isDetachedClitic() && tokens.get(before).text().contains("ل")
        || tokens.get(before).segmentations().get(0).preposition().equals("ل")
            && tokens.get(before).segmentations().get(0).stem().matches("وكاله|صحيفه|قناه|موقع|اذاعه"));
  }

  void setMentions(List<Mention> sortedNonOverlapping, Optional<String> mainCountry) {
    if (sortedNonOverlapping == this.mentions && mainCountry.equals(this.mainCountry)) {
      return; // a stage that changed nothing gives back the list it read
    }
    this.mainCountry = mainCountry;
    this.mentions = List.copyOf(sortedNonOverlapping);
    this.mentionAt = new Mention[tokens.size()];
    for (Mention m : mentions) {
      for (int i = m.first(); i < m.end(); i++) {
        mentionAt[i] = m;
      }
    }
  }

  /** Normalized canonical names of the entries asked about, computed once per article. */
  private final java.util.Map<String, String> normalizedNames = new java.util.HashMap<>();

  /** Mentions that stand right after a relation phrase ("التابعة لتنظيم القاعدة"). */
  private final java.util.Map<Mention, String> relationObjects = new java.util.HashMap<>();

  /**
   * Marks the groups named as the object of a relation ("التابعة لـ", "الموالية لـ", "المرتبطة
   * بـ"): they are not the subject a later pronoun or count refers to.
   */
  void markRelationObjects(PhraseTable<String> relations) {
    for (Mention m : mentions) {
      if (m.kind() != EntryKind.GROUP) {
        continue;
      }
      for (int k = Math.max(0, m.first() - 4); k <= m.first(); k++) {
        Optional<PhraseTable.Hit<String>> r = relations.at(this, k);
        if (r.isPresent() && r.get().end() >= m.first() - 1 && r.get().end() <= m.first() + 1
            && !r.get().value().equals("CLAIMED") && !r.get().value().equals("BLAMED")) {
          relationObjects.put(m, r.get().value());
        }
      }
    }
  }

  boolean isRelationObject(Mention m) {
    return relationObjects.containsKey(m);
  }

  /**
   * A group named as the whole a part belongs to ("الجناح العسكري لحركة حماس", the relation
   * PART_OF of {@code group-relations.tsv}): the part and the whole are one organisation's.
   */
  boolean isWholeOfPart(Mention m) {
    return "PART_OF".equals(relationObjects.get(m));
  }

  /** The resolver of nouns pointing back to a group; none until {@link #resolveAnaphoraWith}. */
  private GroupAnaphor anaphor;

  /** Sets the resolver of nouns pointing back to a group ("التنظيم", {@link GroupAnaphor}). */
  void resolveAnaphoraWith(GroupAnaphor resolver) {
    this.anaphor = resolver;
  }

  /**
   * The group a noun at token {@code i} points back to ({@link GroupAnaphor}): "التنظيم" (the
   * organisation) and, when {@code members} holds, "عناصر التنظيم" (its members); empty when
   * none starts there.
   */
  Optional<GroupAnaphor.Antecedent> antecedent(int i, boolean members) {
    return anaphor == null ? Optional.empty() : anaphor.resolve(this, i, members);
  }

  /** The group of {@link #antecedent}. */
  Optional<Mention> groupAnaphor(int i, boolean members) {
    return antecedent(i, members).map(GroupAnaphor.Antecedent::group);
  }

  /** The entry's canonical name, normalized, computed once per article and entry. */
  String normalizedName(Mention m) {
    return normalizedNames.computeIfAbsent(m.entry().id(),
        id -> io.github.rasd.parsers.text.ArabicNormalizer.standard().normalize(m.entry().name()));
  }

  /**
   * The matches of {@code table} over this article, each wrapped once, computed on first use.
   */
  @SuppressWarnings("unchecked")
  <V> TableHits<V> hits(PhraseTable<V> table) {
    int id = table.id(); // an array index, not a map probe: asked at almost every token
    TableHits<?> h = id < hits.length ? hits[id] : null;
    if (h == null) {
      if (firstWords == null) {
        firstWords = FirstWords.of(tokens); // the words looked up once for every table
      }
      h = table.scan(tokens, firstWords);
      if (id >= hits.length) {
        hits = java.util.Arrays.copyOf(hits, id + 1); // a table built after this article began
      }
      hits[id] = h;
    }
    return (TableHits<V>) h;
  }

  /** The first-word numbers of the tokens, read when the first table is scanned. */
  private FirstWords.Ids firstWords;

  List<Mention> mentions() {
    return mentions;
  }

  /**
   * The article's main country (ISO code), computed once when the mentions are set, by the
   * rule of {@link io.github.rasd.parsers.knowledge.PlaceRules#mainCountry}: every stage that
   * needs it (created places, events with no place of their own) reads this one value.
   */
  Optional<String> mainCountry() {
    return mainCountry;
  }

  private Optional<String> mainCountry = Optional.empty();

  /** The mentions that start in tokens {@code [first, end)}, in text order. */
  List<Mention> mentionsIn(int first, int end) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).first() < first) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int to = lo;
    while (to < mentions.size() && mentions.get(to).first() < end) {
      to++;
    }
    return mentions.subList(lo, to);
  }

  /** The mention covering token {@code i}, if any. */
  Optional<Mention> mentionAt(int i) {
    return i >= 0 && i < mentionAt.length ? Optional.ofNullable(mentionAt[i]) : Optional.empty();
  }

  boolean mentionOfKind(int i, EntryKind... kinds) {
    Mention m = i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    if (m == null) {
      return false;
    }
    for (EntryKind k : kinds) {
      if (m.kind() == k) {
        return true;
      }
    }
    return false;
  }

  int sentenceOf(int token) {
    return sentenceOfToken[token];
  }

  Sentence sentence(int index) {
    return sentences.get(index);
  }

  /** The original-text span of tokens {@code [first, end)}. */
  Span span(int first, int end) {
    return view.originalSpan(tokens.get(first).start(), tokens.get(end - 1).end());
  }

  /**
   * The original-text span of a token without its proclitics: {@code "رويترز"} of
   * {@code "لرويترز"}; the article stays when it is written out ({@code "الجزيرة"} of
   * {@code "لقناة الجزيرة"}).
   */
  Span stemSpan(int token, Segmentation seg) {
    int start = tokens.get(token).stemStart(seg);
    if (seg.definite() && seg.prefixes().endsWith("ال")) {
      start -= 2;
    }
    Token t = tokens.get(token);
    return view.originalSpan(Math.max(start, t.start()), t.end());
  }

  /** Index of the token whose original span contains {@code offset}, or the next one. */
  int tokenAtOriginal(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid); // its original offsets, without making its span
      if (t.originalEnd() <= offset) {
        lo = mid + 1;
      } else if (t.originalStart() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return lo;
  }

  /** Token {@code i} is a punctuation mark (the fixed-arity forms below: no array per call). */
  boolean isPunct(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).is(Token.Type.PUNCTUATION);
  }

  /** Token {@code i} is the punctuation mark {@code a}. */
  boolean isPunct(int i, String a) {
    return isPunct(i) && tokens.get(i).hasText(a);
  }

  /** Token {@code i} is one of the punctuation marks {@code a}, {@code b}. */
  boolean isPunct(int i, String a, String b) {
    return isPunct(i) && (tokens.get(i).hasText(a) || tokens.get(i).hasText(b));
  }

  /** Token {@code i} is one of the punctuation marks {@code a} to {@code c}. */
  boolean isPunct(int i, String a, String b, String c) {
    return isPunct(i, a, b) || isPunct(i, c);
  }

  /** Token {@code i} is one of the punctuation marks {@code a} to {@code d}. */
  boolean isPunct(int i, String a, String b, String c, String d) {
    return isPunct(i, a, b) || isPunct(i, c, d);
  }

  /** Token {@code i} is one of the punctuation marks {@code a} to {@code e}. */
  boolean isPunct(int i, String a, String b, String c, String d, String e) {
    return isPunct(i, a, b, c) || isPunct(i, d, e);
  }

  /** Token {@code i} is one of the punctuation marks {@code texts} (any mark when there is none). */
  boolean isPunct(int i, String... texts) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    if (!t.is(Token.Type.PUNCTUATION)) {
      return false;
    }
    if (texts.length == 0) {
      return true;
    }
    for (String s : texts) {
      if (t.hasText(s)) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code i} is a quotation mark of the text layer ({@link QuoteMarks}). */
  boolean isQuote(int i) {
    return i >= 0 && i < tokens.size() && QuoteMarks.is(tokens.get(i));
  }

}
