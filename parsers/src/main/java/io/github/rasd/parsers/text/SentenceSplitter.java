package io.github.rasd.parsers.text;

import io.github.rasd.parsers.internal.DataFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits a token list into sentences and paragraphs.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>a line break before a token ({@link Token#paragraphBreakBefore()}) always ends the
 *       sentence and starts a new paragraph;
 *   <li>a sentence ends after a terminator {@code . ؟ ? ! …} together with the terminators and
 *       closing quotes or brackets right after it ({@code ?!}, {@code ...}, {@code .»}, {@code
 *       .")});
 *   <li>a dot between glued digit runs is part of a number ({@code 1.5}, {@code 3.000});
 *   <li>a glued dot after an abbreviation does not end the sentence: any single letter ({@code د.
 *       سمير}, "Dr. Samir"; {@code J. Smith}) and the words of {@value #ABBREVIATIONS_RESOURCE}
 *       ({@code Gen.}, {@code Prof.}). After a number, a single letter is an era marker ({@code
 *       عام 2016 م.}, "in 2016 AD.") and the dot does end the sentence;
 *   <li>a dot after a number opening the sentence is a list marker ({@code 1.}), not an end;
 *   <li>a terminator glued on both sides to Latin words or digits is part of a URL or code
 *       ({@code www.example.com}, {@code index.php?q=1}), not an end;
 *   <li>no sentence ends inside a quotation that closes later in the same paragraph: {@code «...»},
 *       {@code “...”} and pairs of {@code "}. Unclosed quotes and quotations longer than {@value
 *       #MAX_QUOTED_TOKENS} tokens are ignored (they are most likely typing errors);
 *   <li>no sentence is longer than {@value #MAX_SENTENCE_TOKENS} tokens: a longer run (a page
 *       without full stops, an unclosed quotation) is cut after the last comma, semicolon or
 *       closing quote of the window ({@code ، ؛ , ; » ”}), or at the limit when the window has
 *       none. Every later stage works inside a sentence, so this bounds their cost per token.
 * </ul>
 *
 * <p>The pass is linear in the number of tokens. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SentenceSplitter {

  /** The bundled list of abbreviations, relative to this class. */
  static final String ABBREVIATIONS_RESOURCE = "abbreviations.txt";

  /** Longest quotation, in tokens, that keeps its inner terminators from ending a sentence. */
  static final int MAX_QUOTED_TOKENS = 400;

  /**
   * Longest sentence, in tokens. The longest of the 1,200 sentences of the development articles
   * has 381 tokens (a run-on list with commas); a run past this is not one sentence of a news
   * article but a page without full stops, and cutting it keeps every per-sentence stage
   * linear in the length of the text.
   */
  public static final int MAX_SENTENCE_TOKENS = 600;

  /** Clause boundaries where an over-long run is cut, the cut falling after them. */
  private static final String CLAUSE_BOUNDARIES = "،؛,;»”";

  private static final String TERMINATORS = ".؟?!…";
  private static final String CLOSERS = "»”’)]›";
  private static final char GUILLEMET_OPEN = '«';
  private static final char GUILLEMET_CLOSE = '»';
  private static final char CURLY_OPEN = '“';
  private static final char CURLY_CLOSE = '”';
  private static final char STRAIGHT_QUOTE = '"';
  private static final char FULL_STOP = '.';

  /** Lazy holder of the standard splitter. */
  private static final class StandardHolder {
    static final SentenceSplitter INSTANCE = new SentenceSplitter(loadAbbreviations());
  }

  private final Set<String> abbreviations;

  private SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  /**
   * The shared standard splitter (bundled abbreviations).
   *
   * @return the immutable, thread-safe instance
   */
  public static SentenceSplitter standard() {
    return StandardHolder.INSTANCE;
  }

  /**
   * Tokenizes {@code view} with {@link Tokenizer#standard()} and splits the tokens.
   *
   * @param view a normalized text
   * @return the sentences, in order
   */
  public List<Sentence> split(TextView view) {
    return split(Tokenizer.standard().tokenize(view));
  }

  /**
   * Splits tokens (as produced by a {@link Tokenizer}, indexed from 0) into sentences.
   *
   * @param tokens the tokens of one text
   * @return the sentences, in order, covering every token exactly once; empty for no tokens
   */
  public List<Sentence> split(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    // the tokenizer's own list is immutable already: a copy only for a caller's list
    List<Token> all = tokens instanceof Tokenizer.TokenList ? tokens : List.copyOf(tokens);
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int paragraphStart = 0;
    for (int k = 1; k <= all.size(); k++) {
      if (k == all.size() || all.get(k).paragraphBreakBefore()) {
        splitParagraph(all, paragraphStart, k, paragraph, sentences);
        paragraph++;
        paragraphStart = k;
      }
    }
    return List.copyOf(sentences);
  }

  private void splitParagraph(List<Token> all, int from, int to, int paragraph, List<Sentence> out) {
    int[] straddling = quotationDepthOfGaps(all, from, to);
    boolean[] quoteCloser = new boolean[to - from];
    markStraightQuoteClosers(all, from, to, quoteCloser);
    int sentenceStart = from;
    int k = from;
    while (k < to) {
      if (!isTerminator(all.get(k)) || !endsSentence(all, k, sentenceStart)) {
        k++;
        continue;
      }
      int e = k;
      while (e + 1 < to && (isTerminator(all.get(e + 1)) || isCloser(all.get(e + 1), quoteCloser[e + 1 - from]))) {
        e++;
      }
      if (e + 1 < to && straddling[e - from] == 0) {
        addCapped(all, paragraph, sentenceStart, e + 1, out);
        sentenceStart = e + 1;
      }
      k = e + 1;
    }
    if (sentenceStart < to) {
      addCapped(all, paragraph, sentenceStart, to, out);
    }
  }

  /**
   * Adds the sentence {@code [start, end)}, cut into pieces of at most {@link
   * #MAX_SENTENCE_TOKENS} tokens, each cut after the last clause boundary of its window (or at
   * the limit when the window has none). Linear: each token is looked at once per window.
   */
  private static void addCapped(List<Token> all, int paragraph, int start, int end, List<Sentence> out) {
    int s = start;
    while (end - s > MAX_SENTENCE_TOKENS) {
      int cut = s + MAX_SENTENCE_TOKENS;
      for (int k = s + MAX_SENTENCE_TOKENS - 1; k > s + MAX_SENTENCE_TOKENS / 2; k--) {
        char c = singlePunctuation(all.get(k));
        if (c != 0 && CLAUSE_BOUNDARIES.indexOf(c) >= 0) {
          cut = k + 1;
          break;
        }
      }
      out.add(new Sentence(all, out.size(), paragraph, s, cut));
      s = cut;
    }
    out.add(new Sentence(all, out.size(), paragraph, s, end));
  }

  /** Whether the terminator at {@code k} ends the sentence (dots may be numbers or abbreviations). */
  private boolean endsSentence(List<Token> all, int k, int sentenceStart) {
    if (isGluedInsideLatin(all, k)) {
      return false; // www.example.com, index.php?q=1
    }
    Token dot = all.get(k);
    if (!dot.hasText(String.valueOf(FULL_STOP)) || k == 0 || dot.spaceBefore()) {
      return true;
    }
    Token before = all.get(k - 1);
    if (before.type() == Token.Type.NUMBER) {
      if (k + 1 < all.size() && all.get(k + 1).type() == Token.Type.NUMBER && !all.get(k + 1).spaceBefore()) {
        return false; // 1.5, 3.000
      }
      return k - 1 != sentenceStart; // "1." opening a sentence is a list marker
    }
    if (before.type() != Token.Type.ARABIC && before.type() != Token.Type.LATIN) {
      return true;
    }
    if (before.end() - before.start() == 1) {
      boolean afterNumber = k >= 2 && all.get(k - 2).type() == Token.Type.NUMBER;
      return afterNumber; // era marker after a year ends; otherwise an initial or abbreviation
    }
    return !abbreviations.contains(before.text().toLowerCase(Locale.ROOT));
  }

  /** A terminator glued on both sides to Latin words or digits: part of a URL or a code. */
  private static boolean isGluedInsideLatin(List<Token> all, int k) {
    if (k == 0 || k + 1 >= all.size() || all.get(k).spaceBefore() || all.get(k + 1).spaceBefore()
        || all.get(k + 1).paragraphBreakBefore()) {
      return false;
    }
    return isLatinOrNumber(all.get(k - 1)) && isLatinOrNumber(all.get(k + 1));
  }

  private static boolean isLatinOrNumber(Token t) {
    return t.type() == Token.Type.LATIN || t.type() == Token.Type.NUMBER;
  }

  /**
   * For every gap after token {@code from + g}, how many valid quotations straddle it. A
   * quotation is a pair of matching quotes inside the paragraph, at most {@link
   * #MAX_QUOTED_TOKENS} tokens apart.
   */
  private static int[] quotationDepthOfGaps(List<Token> all, int from, int to) {
    int[] delta = new int[to - from + 1];
    Deque<Integer> guillemets = new ArrayDeque<>();
    Deque<Integer> curly = new ArrayDeque<>();
    int straight = -1;
    for (int k = from; k < to; k++) {
      char c = singlePunctuation(all.get(k));
      if (c == GUILLEMET_OPEN) {
        guillemets.push(k);
      } else if (c == CURLY_OPEN) {
        curly.push(k);
      } else if (c == GUILLEMET_CLOSE && !guillemets.isEmpty()) {
        addQuotation(delta, from, guillemets.pop(), k);
      } else if (c == CURLY_CLOSE && !curly.isEmpty()) {
        addQuotation(delta, from, curly.pop(), k);
      } else if (c == STRAIGHT_QUOTE) {
        if (straight < 0) {
          straight = k;
        } else {
          addQuotation(delta, from, straight, k);
          straight = -1;
        }
      }
    }
    int depth = 0;
    for (int g = 0; g < delta.length; g++) {
      depth += delta[g];
      delta[g] = depth;
    }
    return delta;
  }

  private static void addQuotation(int[] delta, int from, int open, int close) {
    if (close - open <= MAX_QUOTED_TOKENS) {
      delta[open - from]++; // gaps open .. close-1 lie inside the quotation
      delta[close - from]--;
    }
  }

  /** Marks the straight quotes that close a pair, so that {@code ."} ends with its quote. */
  private static void markStraightQuoteClosers(List<Token> all, int from, int to, boolean[] closer) {
    boolean open = false;
    for (int k = from; k < to; k++) {
      if (singlePunctuation(all.get(k)) == STRAIGHT_QUOTE) {
        closer[k - from] = open;
        open = !open;
      }
    }
  }

  private static char singlePunctuation(Token t) {
    return t.type() == Token.Type.PUNCTUATION && t.end() - t.start() == 1
        ? t.view().normalized().charAt(t.start())
        : 0;
  }

  private static boolean isTerminator(Token t) {
    char c = singlePunctuation(t);
    return c != 0 && TERMINATORS.indexOf(c) >= 0;
  }

  private static boolean isCloser(Token t, boolean straightCloser) {
    char c = singlePunctuation(t);
    return c != 0 && (CLOSERS.indexOf(c) >= 0 || (c == STRAIGHT_QUOTE && straightCloser));
  }

  /**
   * Reads the bundled abbreviations. Format: one word per line, anything after {@code #} is a
   * comment, blank lines ignored; entries are normalized and lower-cased.
   */
  static Set<String> loadAbbreviations() {
    Set<String> words = new HashSet<>();
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    for (DataFile.Line line : DataFile.read(SentenceSplitter.class, ABBREVIATIONS_RESOURCE)) {
      String entry = line.field(0);
      String word = normalizer.normalize(entry).toLowerCase(Locale.ROOT);
      if (!isLetters(word)) {
        throw line.error("not one word of letters: " + entry);
      }
      if (!words.add(word)) {
        throw line.error("duplicate abbreviation: " + entry);
      }
    }
    return words;
  }

  private static boolean isLetters(String s) {
    if (s.isEmpty()) {
      return false;
    }
    CharClass first = CharClass.of(s.codePointAt(0));
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      CharClass c = CharClass.of(cp);
      if (c != first || (c != CharClass.ARABIC_LETTER && c != CharClass.OTHER_LETTER)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
