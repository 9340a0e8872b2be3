package io.github.rasd.parsers.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Cuts normalized text into tokens: Arabic words, other-script (Latin) words, digit runs, and one
 * token per punctuation mark or symbol.
 *
 * <p>Rules, in one left-to-right pass over {@link TextView#normalized()}:
 *
 * <ul>
 *   <li>whitespace separates tokens and is not a token; a line break in it sets {@link
 *       Token#paragraphBreakBefore()};
 *   <li>a token is a maximal run of one class: Arabic letters, other letters, or ASCII digits;
 *       combining marks continue the run they follow. A change of class cuts, so glued text is
 *       split: {@code "مارس2016"} ("March 2016") is {@code مارس | 2016}; {@code "F16"} is {@code F
 *       | 16};
 *   <li>every punctuation character and every symbol is a token of its own, glued or not: {@code
 *       بـ«الخلافة»} ("by the 'caliphate'") is {@code ب | « | الخلافه | »}, {@code "1,700"} is
 *       {@code 1 | , | 700}, {@code "..."} is three tokens;
 *   <li>a lone proclitic ({@code و ف ب ل ك}, or {@code وب ول وك فب فل فك}) glued to a following
 *       opening quote, opening bracket, number or non-Arabic word is marked {@link
 *       Token#isDetachedClitic()}, and the word it belongs to gets {@link Token#detachedPrefix()}.
 * </ul>
 *
 * <p>The pass is linear in the input. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Tokenizer {

  /**
   * Opening quotes and brackets after which a glued proclitic is a detached clitic; ” and ’ too,
   * as Arabic keyboards often type curly quotes the other way round: لـ”مدار اليوم” (to "Madar
   * al-Youm") is {@code ل | ” | مدار | اليوم | ”}.
   */
  private static final String OPENERS = "«\"'“‘‹„‚([{”’";
  /** Fewest UTF-16 units per token of news text, word and space (sizes the token list). */
  private static final int UNITS_PER_TOKEN = 5;
  /** How many tokens after a detached clitic may be openers before its word. */
  private static final int MAX_OPENERS_AFTER_CLITIC = 3;

  /** The word forms of every text tokenized, with their analyses by the standard segmenter. */
  private static final WordForms FORMS = new WordForms(CliticSegmenter.standard());

  private static final Tokenizer STANDARD = new Tokenizer(ArabicNormalizer.standard());

  private final ArabicNormalizer normalizer;

  private Tokenizer(ArabicNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /**
   * The shared standard tokenizer (standard normalizer, bundled clitic data).
   *
   * @return the immutable, thread-safe instance
   */
  public static Tokenizer standard() {
    return STANDARD;
  }

  /**
   * Normalizes {@code text} with the standard normalizer and tokenizes it.
   *
   * @param text the original text
   * @return the tokens, whose spans point into {@code text}
   */
  public List<Token> tokenize(String text) {
    return tokenize(normalizer.view(text));
  }

  /**
   * Tokenizes a view.
   *
   * @param view a normalized text with its offset map
   * @return the immutable list of tokens, indexed from 0
   */
  public List<Token> tokenize(TextView view) {
    Objects.requireNonNull(view, "view");
    WordForms forms = FORMS;
    String s = view.normalized();
    int length = s.length();
    // news text has a token per five or six units: sized once, not grown by copies
    List<Token> tokens = new ArrayList<>(length / UNITS_PER_TOKEN + 16);
    boolean space = false;
    boolean lineBreak = false;
    int i = 0;
    while (i < length) {
      int cp = s.codePointAt(i);
      CharClass cls = CharClass.of(cp);
      int next = i + Character.charCount(cp);
      if (cls == CharClass.SPACE || cls == CharClass.LINE_BREAK) {
        space = true;
        lineBreak |= cls == CharClass.LINE_BREAK;
        i = next;
        continue;
      }
      Token.Type type;
      int hash = hash(s, i, next); // the word's String.hashCode, carried on over a run
      switch (cls) {
        case ARABIC_LETTER:
          type = Token.Type.ARABIC;
          break;
        case OTHER_LETTER:
          type = Token.Type.LATIN;
          break;
        case DIGIT:
          type = Token.Type.NUMBER;
          break;
        case PUNCTUATION:
          type = Token.Type.PUNCTUATION;
          break;
        default:
          type = Token.Type.SYMBOL;
          break;
      }
      if (type == Token.Type.ARABIC || type == Token.Type.LATIN || type == Token.Type.NUMBER) {
        long run = run(s, next, cls, hash);
        next = (int) (run >>> 32);
        hash = (int) run;
      }
      tokens.add(new Token(view, forms.of(s, i, next, type, hash), tokens.size(), type, i, next, space,
          lineBreak, false, ""));
      space = false;
      lineBreak = false;
      i = next;
    }
    markDetachedClitics(tokens);
    return new TokenList(tokens);
  }

  /**
   * The tokenizer's immutable list of tokens, a view of a list nobody else holds: a reader that
   * would copy a caller's list to keep it unchanged ({@link SentenceSplitter#split(List)}) reads
   * this one as it is.
   */
  static final class TokenList extends AbstractList<Token> implements RandomAccess {
    /** The tokens in an array of their own: {@link #get} and {@link #size}, asked at every token by every matcher, read one object. */
    private final Token[] tokens;

    private TokenList(List<Token> tokens) {
      this.tokens = tokens.toArray(new Token[0]);
    }

    @Override
    public Token get(int index) {
      return tokens[index];
    }

    @Override
    public int size() {
      return tokens.length;
    }
  }

  /**
   * End of the run of {@code cls} (plus combining marks) starting before {@code from}, in the high
   * 32 bits, and in the low 32 the {@code String.hashCode} of the run, {@code hash} being that of
   * the units before {@code from}: the word form table ({@link WordForms#of}) is probed with it,
   * so the units are read once.
   */
  private static long run(String s, int from, CharClass cls, int hash) {
    int j = from;
    int h = hash;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      CharClass c = CharClass.of(cp);
      if (c != cls && (c != CharClass.MARK || cls == CharClass.DIGIT)) {
        break;
      }
      int n = Character.charCount(cp);
      h = 31 * h + s.charAt(j);
      if (n == 2) {
        h = 31 * h + s.charAt(j + 1);
      }
      j += n;
    }
    return (long) j << 32 | (h & 0xFFFFFFFFL);
  }

  /** {@code String.hashCode} of {@code s[from, end)}. */
  private static int hash(String s, int from, int end) {
    int h = 0;
    for (int k = from; k < end; k++) {
      h = 31 * h + s.charAt(k);
    }
    return h;
  }

  private static void markDetachedClitics(List<Token> tokens) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      Token clitic = tokens.get(k);
      if (clitic.type() != Token.Type.ARABIC || clitic.end() - clitic.start() > 2
          || !CliticSegmenter.isDetachableClitic(clitic.text())) {
        continue;
      }
      // Skip glued opening quotes and brackets, then expect a glued word or number.
      int w = k + 1;
      while (w < tokens.size() && w - k <= MAX_OPENERS_AFTER_CLITIC
          && !tokens.get(w).spaceBefore() && isOpener(tokens.get(w))) {
        w++;
      }
      if (w >= tokens.size() || tokens.get(w).spaceBefore() || w - k > MAX_OPENERS_AFTER_CLITIC) {
        continue;
      }
      Token word = tokens.get(w);
      boolean afterOpener = w > k + 1;
      boolean glued = word.type() == Token.Type.NUMBER || word.type() == Token.Type.LATIN
          || (afterOpener && word.type() == Token.Type.ARABIC);
      if (!glued) {
        continue;
      }
      tokens.set(k, clitic.withClitic(true, ""));
      tokens.set(w, word.withClitic(word.isDetachedClitic(), clitic.text()));
    }
  }

  private static boolean isOpener(Token t) {
    return t.type() == Token.Type.PUNCTUATION && t.end() - t.start() == 1
        && OPENERS.indexOf(t.view().normalized().charAt(t.start())) >= 0;
  }
}
