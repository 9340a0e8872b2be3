package io.github.rasd.parsers.text;

/**
 * The quotation marks of the text layer: the one set every reader of quotations asks (claims,
 * scare quotes of the conflict frame, names of places in quotation marks).
 *
 * <p>A quotation mark is a punctuation token of one of {@code " « » “ ” ' ‘ ’}: the straight and
 * curly double and single marks and the guillemets of the Arabic press. Example: in {@code قال
 * «إن الوضع مستقر»} ("he said «the situation is stable»") the tokens {@code «} and {@code »} are
 * quotation marks; in {@code مخيم "زمزم"} ("the camp "Zamzam"") both {@code "} are.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.9.0
 */
public final class QuoteMarks {

  /** The marks, each one character (a punctuation token is one character). */
  static final String MARKS = "\"«»“”'‘’";

  private QuoteMarks() {}

  /**
   * Whether a token is a quotation mark.
   *
   * @param t a token
   * @return true for a punctuation token of {@code " « » “ ” ' ‘ ’}
   */
  public static boolean is(Token t) {
    return t.is(Token.Type.PUNCTUATION) && isMark(t.text());
  }

  /**
   * Whether a text is one quotation mark.
   *
   * @param text a token's text
   * @return true for one of {@code " « » “ ” ' ‘ ’}
   */
  public static boolean isMark(String text) {
    return text.length() == 1 && MARKS.indexOf(text.charAt(0)) >= 0;
  }
}
