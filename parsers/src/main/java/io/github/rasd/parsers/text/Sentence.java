package io.github.rasd.parsers.text;

import io.github.rasd.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One sentence: a range {@code [firstToken, endToken)} of a token list, with its paragraph.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Sentence {

  private final List<Token> allTokens;
  private final int index;
  private final int paragraph;
  private final int firstToken;
  private final int endToken;

  Sentence(List<Token> allTokens, int index, int paragraph, int firstToken, int endToken) {
    if (firstToken < 0 || endToken <= firstToken || endToken > allTokens.size()) {
      throw new IllegalArgumentException("bad sentence range [" + firstToken + ", " + endToken + ")");
    }
    this.allTokens = Objects.requireNonNull(allTokens);
    this.index = index;
    this.paragraph = paragraph;
    this.firstToken = firstToken;
    this.endToken = endToken;
  }

  /**
   * Position of this sentence in the text, from 0.
   *
   * @return the sentence index
   */
  public int index() {
    return index;
  }

  /**
   * Index of the paragraph holding this sentence, from 0 (a line break starts a paragraph).
   *
   * @return the paragraph index
   */
  public int paragraph() {
    return paragraph;
  }

  /**
   * Index of the first token of the sentence.
   *
   * @return a token index, inclusive
   */
  public int firstToken() {
    return firstToken;
  }

  /**
   * Index after the last token of the sentence.
   *
   * @return a token index, exclusive
   */
  public int endToken() {
    return endToken;
  }

  /**
   * The tokens of the sentence.
   *
   * @return an unmodifiable view of the token list range
   */
  public List<Token> tokens() {
    return allTokens.subList(firstToken, endToken);
  }

  /**
   * The span of the original text from the first token's start to the last token's end.
   *
   * @return the original span
   */
  public Span span() {
    Token first = allTokens.get(firstToken);
    return first.view().originalSpan(first.start(), allTokens.get(endToken - 1).end());
  }

  /**
   * Debug form: index, paragraph, token range.
   *
   * @return the sentence as text
   */
  @Override
  public String toString() {
    return "Sentence[" + index + ", paragraph " + paragraph + ", tokens " + firstToken + ".." + endToken + "]";
  }
}
