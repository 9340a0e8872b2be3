package io.github.rasd.parsers;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/**
 * Rule {@code article/arabic-text}: Rasd reads Arabic, so a text that is not Arabic gives an
 * empty analysis rather than records found in words it cannot read. A text is read as Arabic
 * when at least {@link #MIN_ARABIC_SHARE} of its letters are of the Arabic script and the letters
 * that Persian and Urdu write but Arabic does not ({@code پ چ ژ گ ٹ ڈ ڑ ں ے}) are fewer than
 * {@link #MIN_PERSIAN_URDU_LETTERS} or fewer than {@link #MAX_PERSIAN_URDU_SHARE} of the
 * Arabic-script letters.
 *
 * <p>Examples: {@code "The army said 3 soldiers were killed."} is not Arabic (no Arabic letter);
 * {@code "قتل 3 جنود في هجوم قرب حلب (Aleppo)"} ("three soldiers were killed in an attack near
 * Aleppo") is; {@code "ارتش پاکستان گفت که سه سرباز کشته شدند"} (Persian: "the Pakistani army
 * said three soldiers were killed") is not: پ and گ are one letter in fifteen. Arabic news
 * writes a foreign name with گ or چ now and then ({@code "گوگل"}, Google), below either limit;
 * a text written on a Persian keyboard ({@code ی ک} for {@code ي ك}) stays Arabic, as those two
 * letters are not counted.
 *
 * <p>One pass over the text, no allocation; stateless and thread-safe.
 */
final class LanguageGate {

  /** Least share of Arabic-script letters among all letters of an Arabic text. */
  static final double MIN_ARABIC_SHARE = 0.5;

  /**
   * Share of Persian- and Urdu-only letters among the Arabic-script letters from which a text is
   * Persian or Urdu: they are 3 to 7 in 100 letters there, about none in Arabic news.
   */
  static final double MAX_PERSIAN_URDU_SHARE = 0.02;

  /** Fewest Persian- and Urdu-only letters that make a text Persian or Urdu (a name has one). */
  static final int MIN_PERSIAN_URDU_LETTERS = 3;

  static final char PEH = '\u067E';
  static final char TCHEH = '\u0686';
  static final char JEH = '\u0698';
  static final char GAF = '\u06AF';
  static final char TTEH = '\u0679';
  static final char DDAL = '\u0688';
  static final char RREH = '\u0691';
  static final char NOON_GHUNNA = '\u06BA';
  static final char YEH_BARREE = '\u06D2';

  private LanguageGate() {}

  /** Whether {@code text} is Arabic by the rule of the class javadoc. */
  static boolean isArabic(String text) {
    long arabic = 0;
    long other = 0;
    long persianUrdu = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!UCharacter.isLetter(cp)) {
        continue;
      }
      if (UScript.getScript(cp) == UScript.ARABIC) {
        arabic++;
        if (isPersianOrUrduOnly(cp)) {
          persianUrdu++;
        }
      } else {
        other++;
      }
    }
    return arabic > 0
        && arabic >= MIN_ARABIC_SHARE * (arabic + other)
        && (persianUrdu < MIN_PERSIAN_URDU_LETTERS || persianUrdu < MAX_PERSIAN_URDU_SHARE * arabic);
  }

  private static boolean isPersianOrUrduOnly(int cp) {
    switch (cp) {
      case PEH:
      case TCHEH:
      case JEH:
      case GAF:
      case TTEH:
      case DDAL:
      case RREH:
      case NOON_GHUNNA:
      case YEH_BARREE:
        return true;
      default:
        return false;
    }
  }
}
