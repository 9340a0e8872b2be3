package io.github.rasd.parsers.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UScript;

/** Character classes of normalized text, as the tokenizer sees them. */
enum CharClass {
  /** Whitespace that does not end a line. */
  SPACE,
  /** A line terminator: LF, CR, VT, FF, NEL, U+2028, U+2029. */
  LINE_BREAK,
  /** A letter of the Arabic script. */
  ARABIC_LETTER,
  /** A letter of any other script. */
  OTHER_LETTER,
  /** An ASCII digit (all decimal digits are ASCII after normalization). */
  DIGIT,
  /** A combining mark: continues the word before it. */
  MARK,
  /** Unicode punctuation (categories Pc Pd Ps Pe Pi Pf Po). */
  PUNCTUATION,
  /** Anything else: symbols (percent signs included), other numbers, controls, U+FFFD. */
  SYMBOL;

  /** Percent and per-mille signs: symbols, though Unicode files them as punctuation (Po). */
  private static final String PERCENT_SIGNS = "%\u066A\u2030\u2031";

  /**
   * The classes of the Basic Multilingual Plane, each written at the first sight of its code point
   * (0: not yet; else the ordinal plus one): a text's characters are a few hundred code points read
   * again and again, and each costs up to four ICU lookups. Threads that race write the same value.
   */
  private static final byte[] BMP = new byte[0x10000];

  private static final CharClass[] VALUES = values();

  static CharClass of(int cp) {
    if (cp < BMP.length) {
      int known = BMP[cp];
      if (known != 0) {
        return VALUES[known - 1];
      }
      CharClass c = classify(cp);
      BMP[cp] = (byte) (c.ordinal() + 1);
      return c;
    }
    return classify(cp);
  }

  private static CharClass classify(int cp) {
    if (PERCENT_SIGNS.indexOf(cp) >= 0) {
      return SYMBOL;
    }
    if (cp < 0x80) {
      return ascii(cp);
    }
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
      return LINE_BREAK;
    }
    if (UCharacter.isUWhiteSpace(cp)) {
      return SPACE;
    }
    int type = UCharacter.getType(cp);
    switch (type) {
      case ECharacterCategory.UPPERCASE_LETTER:
      case ECharacterCategory.LOWERCASE_LETTER:
      case ECharacterCategory.TITLECASE_LETTER:
      case ECharacterCategory.MODIFIER_LETTER:
      case ECharacterCategory.OTHER_LETTER:
        return UScript.getScript(cp) == UScript.ARABIC ? ARABIC_LETTER : OTHER_LETTER;
      case ECharacterCategory.DECIMAL_DIGIT_NUMBER:
        return UCharacter.digit(cp, 10) >= 0 && cp <= '9' ? DIGIT : SYMBOL;
      case ECharacterCategory.NON_SPACING_MARK:
      case ECharacterCategory.COMBINING_SPACING_MARK:
      case ECharacterCategory.ENCLOSING_MARK:
        return MARK;
      case ECharacterCategory.CONNECTOR_PUNCTUATION:
      case ECharacterCategory.DASH_PUNCTUATION:
      case ECharacterCategory.START_PUNCTUATION:
      case ECharacterCategory.END_PUNCTUATION:
      case ECharacterCategory.INITIAL_PUNCTUATION:
      case ECharacterCategory.FINAL_PUNCTUATION:
      case ECharacterCategory.OTHER_PUNCTUATION:
        return PUNCTUATION;
      default:
        return SYMBOL;
    }
  }

  private static CharClass ascii(int c) {
    if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) {
      return LINE_BREAK;
    }
    if (c == ' ' || c == '\t' || (c >= 0x1C && c <= 0x1F)) {
      return SPACE;
    }
    if (c >= '0' && c <= '9') {
      return DIGIT;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return OTHER_LETTER;
    }
    if (c < 0x20 || c == 0x7F) {
      return SYMBOL;
    }
    int type = Character.getType(c);
    return type == Character.MATH_SYMBOL
            || type == Character.CURRENCY_SYMBOL
            || type == Character.MODIFIER_SYMBOL
        ? SYMBOL
        : PUNCTUATION;
  }
}
