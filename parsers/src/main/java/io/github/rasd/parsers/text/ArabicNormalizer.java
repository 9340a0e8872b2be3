package io.github.rasd.parsers.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * Turns Arabic text into its matching key, keeping a map back to the original offsets.
 *
 * <p>The rules, applied in one left-to-right pass:
 *
 * <ol>
 *   <li>Unpaired surrogates (broken UTF-16) become U+FFFD, one unit for one unit.
 *   <li>Invisible controls are dropped: zero-width space, joiners and directional marks
 *       (U+200B&ndash;U+200F), bidi embeddings and overrides (U+202A&ndash;U+202E), word joiner and
 *       invisible operators (U+2060&ndash;U+2064), bidi isolates (U+2066&ndash;U+2069), the byte
 *       order mark / zero-width no-break space (U+FEFF), the Arabic letter mark (U+061C) and the
 *       soft hyphen (U+00AD).
 *   <li>NFKC (ICU4J): the presentation forms (U+FB50&ndash;U+FDFF, U+FE70&ndash;U+FEFF) become
 *       plain letters and ligatures are expanded ({@code ﻻ} &rarr; {@code لا}, "lam-alef"),
 *       compatibility spaces become U+0020, full-width Latin becomes ASCII, the ellipsis
 *       {@code …} becomes three dots. A character that NFKC would turn into digits without
 *       being a digit itself is kept whole (superscripts {@code ²}, fractions {@code ¼}, circled
 *       and parenthesized numbers {@code ① ⑴ ⒈}, {@code ㋀}): its digits would join the numbers
 *       beside it ({@code "10²"} would read 102, {@code "¼"} two numbers 1 and 4 at one offset).
 *   <li>Tatweel (U+0640, the kashida in {@code لـ}) and every Arabic combining mark are removed:
 *       harakat (fatha, damma, kasra, tanween, shadda, sukun), superscript alef, Quranic annotation
 *       marks, and any remaining non-spacing mark of the Arabic or inherited script.
 *   <li>Alef variants {@code أ إ آ ٱ} (and wavy-hamza alefs U+0672, U+0673) become bare alef
 *       {@code ا}; alef maqsura {@code ى} becomes yeh {@code ي}; teh marbuta {@code ة} becomes heh
 *       {@code ه}. Hamza carriers {@code ؤ ئ} and the lone hamza {@code ء} are kept.
 *   <li>Persian, Urdu and Maghrebi letters are folded onto the Arabic letters they stand for:
 *       {@code ک گ ڭ} &rarr; {@code ك}, {@code ی ې ۍ} &rarr; {@code ي}, {@code ڤ ڢ} &rarr; {@code ف},
 *       {@code ڨ ڧ} &rarr; {@code ق}, {@code پ} &rarr; {@code ب}, {@code چ} &rarr; {@code ج},
 *       {@code ژ} &rarr; {@code ز}, {@code ھ ہ ە ۀ ۃ} &rarr; {@code ه}.
 *   <li>Every decimal digit (general category Nd: Arabic-Indic {@code ٠-٩}, extended/Persian
 *       {@code ۰-۹}, Devanagari, full-width, mathematical, ...) becomes its ASCII digit.
 * </ol>
 *
 * <p>Everything else is kept as it is: the Arabic comma {@code ،}, semicolon {@code ؛} and
 * question mark {@code ؟}, the Arabic decimal and thousands separators {@code ٫ ٬}, Latin case,
 * and whitespace runs (not collapsed). Example: {@code "قُتِلَ ٣ جنودٍ في الـمدينة"} ("three soldiers
 * were killed in the city") normalizes to {@code "قتل 3 جنود في المدينه"}.
 *
 * <p>Very long runs of combining marks are normalized in chunks of {@value #MAX_SEGMENT_LENGTH}
 * units (as in the stream-safe text format of UAX #15), which keeps the pass linear in the input.
 * The model for this class is Lucene's {@code ArabicNormalizer}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ArabicNormalizer {

  // Invisible controls (rule 2).
  static final char SOFT_HYPHEN = '\u00AD';
  static final char ARABIC_LETTER_MARK = '\u061C';
  static final char ZERO_WIDTH_SPACE = '\u200B';
  static final char RIGHT_TO_LEFT_MARK = '\u200F';
  static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
  static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
  static final char WORD_JOINER = '\u2060';
  static final char INVISIBLE_PLUS = '\u2064';
  static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
  static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
  static final char BYTE_ORDER_MARK = '\uFEFF';

  // Marks and tatweel (rule 4).
  static final char TATWEEL = '\u0640';
  static final char ARABIC_SIGN_SALLALLAHOU = '\u0610';
  static final char ARABIC_SMALL_KASRA = '\u061A';
  static final char FATHATAN = '\u064B';
  static final char ARABIC_WAVY_HAMZA_BELOW = '\u065F';
  static final char SUPERSCRIPT_ALEF = '\u0670';
  static final char ARABIC_SMALL_HIGH_LIGATURE_SAD_WITH_LAM = '\u06D6';
  static final char ARABIC_SMALL_HIGH_NOON = '\u06ED';
  static final char ARABIC_SMALL_HIGH_WORD_AR_RUB = '\u08D3';
  static final char ARABIC_MARK_SIDEWAYS_NOON_GHUNNA = '\u08FF';

  // Letters (rules 5 and 6).
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  static final char ALEF_MAQSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char KAF = '\u0643';
  static final char FEH = '\u0641';
  static final char QAF = '\u0642';
  static final char BEH = '\u0628';
  static final char JEEM = '\u062C';
  static final char ZAIN = '\u0632';
  static final char KEHEH = '\u06A9';
  static final char GAF = '\u06AF';
  static final char NG = '\u06AD';
  static final char FARSI_YEH = '\u06CC';
  static final char YEH_WITH_TAIL = '\u06CD';
  static final char E = '\u06D0';
  static final char VEH = '\u06A4';
  static final char FEH_WITH_DOT_BELOW = '\u06A2';
  static final char QAF_WITH_THREE_DOTS_ABOVE = '\u06A8';
  static final char QAF_WITH_DOT_ABOVE = '\u06A7';
  static final char PEH = '\u067E';
  static final char TCHEH = '\u0686';
  static final char JEH = '\u0698';
  static final char HEH_DOACHASHMEE = '\u06BE';
  static final char HEH_GOAL = '\u06C1';
  static final char TEH_MARBUTA_GOAL = '\u06C3';
  static final char AE = '\u06D5';
  static final char HEH_WITH_YEH_ABOVE = '\u06C0';

  static final char REPLACEMENT_CHARACTER = '\uFFFD';

  /**
   * Longest stretch of the input normalized as one NFKC unit; past it the stretch is cut, which
   * bounds the cost of canonical reordering on adversarial runs of combining marks (UAX #15
   * stream-safe format allows 30 non-starters).
   */
  static final int MAX_SEGMENT_LENGTH = 32;

  private static final ArabicNormalizer STANDARD = new ArabicNormalizer();

  private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();

  /**
   * By BMP code point: 1 when NFKC leaves it alone as a segment of its own (no decomposition, or
   * one that composes back to it and makes no digit: the hamza letters أ إ ؤ ئ آ), 2 when not, 0
   * until asked. Such a code point is folded at once, without the decomposition string, the
   * substring and the NFKC pass that {@link #run} would spend on it to the same result. Filled
   * lazily; a race writes the same value twice.
   */
  private final byte[] alone = new byte[Character.MAX_VALUE + 1];

  private ArabicNormalizer() {}

  /**
   * The shared standard normalizer.
   *
   * @return the immutable, thread-safe instance applying the rules listed in the class javadoc
   */
  public static ArabicNormalizer standard() {
    return STANDARD;
  }

  /**
   * The matching key of {@code s}. Example: {@code normalize("إِدلب")} ("Idlib") is {@code "ادلب"}.
   *
   * @param s any text, possibly holding broken UTF-16
   * @return the normalized text
   */
  public String normalize(CharSequence s) {
    Units out = new Units(s.length());
    run(s, out, null);
    return out.toString();
  }

  /**
   * Normalizes {@code original} and keeps the map from every normalized position back to it.
   *
   * @param original the caller's text; every span leaving the view points into it
   * @return the view of {@code original}
   */
  public TextView view(String original) {
    Units out = new Units(original.length());
    OffsetMap map = new OffsetMap(original.length());
    run(original, out, map);
    return new TextView(original, out.toString(), map.starts(), map.ends(), map.lastEnd());
  }

  /**
   * The normalized text being written: a {@code char} buffer of the input's length, grown when a
   * character folds into several. A {@code StringBuilder} begins in one byte per character and is
   * copied into two at the first Arabic letter; this one is written once.
   */
  private static final class Units {
    private char[] chars;
    private int length;

    Units(int capacity) {
      chars = new char[Math.max(16, capacity)];
    }

    void append(char c) {
      if (length == chars.length) {
        chars = java.util.Arrays.copyOf(chars, chars.length + (chars.length >> 1) + 1);
      }
      chars[length++] = c;
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /**
   * Growable int arrays: for every normalized unit, its original [start, end). The ends are kept
   * only once a unit ends elsewhere than where the next one starts (an invisible control dropped
   * between them, a character folded into several units); until then, and in most texts to the end,
   * the starts and the last unit's end say them all.
   */
  static final class OffsetMap {
    private int[] starts;
    /** Null while every unit ends where the next starts. */
    private int[] ends;
    /** The end of the last unit added. */
    private int lastEnd;
    private int size;

    OffsetMap(int capacity) {
      starts = new int[Math.max(16, capacity)];
    }

    void add(int start, int end) {
      if (size == starts.length) {
        int grown = starts.length + (starts.length >> 1) + 1;
        starts = java.util.Arrays.copyOf(starts, grown);
        if (ends != null) {
          ends = java.util.Arrays.copyOf(ends, grown);
        }
      }
      if (ends == null && size > 0 && lastEnd != start) {
        ends = new int[starts.length]; // the first unit that does not end where the next starts
        for (int k = 0; k + 1 < size; k++) {
          ends[k] = starts[k + 1];
        }
        ends[size - 1] = lastEnd;
      }
      starts[size] = start;
      if (ends != null) {
        ends[size] = end;
      }
      lastEnd = end;
      size++;
    }

    /** Extends the last unit's original end to {@code end} (a dropped mark joins its base). */
    void extendLast(int end) {
      if (size > 0 && lastEnd < end) {
        lastEnd = end;
        if (ends != null) {
          ends[size - 1] = end;
        }
      }
    }

    /** The starts, in an array of at least {@code size} units (the buffer itself: no copy). */
    int[] starts() {
      return starts;
    }

    /**
     * The ends, in an array of at least {@code size} units (the buffer itself: no copy), or null
     * when each unit ends where the next one starts and the last at {@link #lastEnd()}.
     */
    int[] ends() {
      return ends;
    }

    /** The end of the last unit. */
    int lastEnd() {
      return lastEnd;
    }
  }

  private void run(CharSequence s, Units out, OffsetMap map) {
    int length = s.length();
    int i = 0;
    while (i < length) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        int cp = Character.codePointAt(s, i);
        if (cp == c) { // unpaired: the code point is the surrogate unit itself
          emit(REPLACEMENT_CHARACTER, i, i + 1, out, map);
          i++;
          continue;
        }
      }
      int cp = Character.codePointAt(s, i);
      if (isInvisibleControl(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      if (cp <= Character.MAX_VALUE && isAlone(cp)) {
        int end = segmentEnd(s, i, length);
        if (end == i + 1) { // what the NFKC pass below would give back: the code point itself
          fold(cp, i, end, out, map);
          i = end;
          continue;
        }
      }
      String decomposition = nfkc.getDecomposition(cp);
      if (decomposition != null && makesDigits(cp, decomposition)) {
        fold(cp, i, i + Character.charCount(cp), out, map);
        i += Character.charCount(cp);
        continue;
      }
      int end = segmentEnd(s, i, length);
      if (end - i == Character.charCount(cp) && decomposition == null) {
        fold(cp, i, end, out, map);
      } else {
        String normalized = nfkc.normalize(withoutControls(s, i, end));
        for (int k = 0; k < normalized.length(); ) {
          int ncp = normalized.codePointAt(k);
          fold(ncp, i, end, out, map);
          k += Character.charCount(ncp);
        }
      }
      i = end;
    }
  }

  /** Whether the BMP code point {@code cp} is its own NFKC form as a segment alone ({@link #alone}). */
  private boolean isAlone(int cp) {
    byte known = alone[cp];
    if (known == 0) {
      String decomposition = nfkc.getDecomposition(cp);
      String self = String.valueOf((char) cp);
      boolean same = decomposition == null
          || !makesDigits(cp, decomposition) && nfkc.normalize(self).equals(self);
      known = same ? (byte) 1 : (byte) 2;
      alone[cp] = known;
    }
    return known == 1;
  }

  /**
   * End of the NFKC segment starting at {@code start}: the next code point with a normalization
   * boundary before it, an invisible control, a surrogate problem, or the length cap.
   */
  private int segmentEnd(CharSequence s, int start, int length) {
    int j = start + Character.charCount(Character.codePointAt(s, start));
    while (j < length && j - start < MAX_SEGMENT_LENGTH) {
      char c = s.charAt(j);
      if (Character.isSurrogate(c) && Character.codePointAt(s, j) == c) {
        break; // unpaired surrogate
      }
      int cp = Character.codePointAt(s, j);
      if (isInvisibleControl(cp)) {
        // a control between two marks is dropped, so the marks are one segment: normalized
        // apart, they would stay out of canonical order ("\u059A\u202C\u059B", a fuzz finding)
        int k = j + Character.charCount(cp);
        while (k < length && isInvisibleControl(Character.codePointAt(s, k))) {
          k += Character.charCount(Character.codePointAt(s, k));
        }
        if (k == length || k - start >= MAX_SEGMENT_LENGTH
            || Character.isSurrogate(s.charAt(k)) && Character.codePointAt(s, k) == s.charAt(k)
            || nfkc.hasBoundaryBefore(Character.codePointAt(s, k))) {
          break;
        }
        j = k;
        continue;
      }
      if (nfkc.hasBoundaryBefore(cp)) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  /** {@code s[start, end)} without its invisible controls (rule 2), the input of one NFKC pass. */
  private static CharSequence withoutControls(CharSequence s, int start, int end) {
    StringBuilder b = null;
    for (int j = start; j < end; ) {
      int cp = Character.codePointAt(s, j);
      int n = Character.charCount(cp);
      if (isInvisibleControl(cp)) {
        if (b == null) {
          b = new StringBuilder(end - start).append(s, start, j);
        }
      } else if (b != null) {
        b.append(s, j, j + n);
      }
      j += n;
    }
    return b == null ? s.subSequence(start, end) : b;
  }

  /** Rule 3: NFKC would make digits of {@code cp}, which is no decimal digit itself ({@code ²}). */
  private static boolean makesDigits(int cp, String decomposition) {
    if (UCharacter.getType(cp) == ECharacterCategory.DECIMAL_DIGIT_NUMBER) {
      return false;
    }
    for (int k = 0; k < decomposition.length(); k++) {
      char c = decomposition.charAt(k);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static void fold(int cp, int start, int end, Units out, OffsetMap map) {
    if (isRemovedMark(cp)) {
      if (map != null) {
        map.extendLast(end);
      }
      return;
    }
    if (UCharacter.getType(cp) == ECharacterCategory.DECIMAL_DIGIT_NUMBER) {
      int digit = UCharacter.digit(cp, 10);
      if (digit >= 0) {
        emit((char) ('0' + digit), start, end, out, map);
        return;
      }
    }
    int folded = foldLetter(cp);
    if (folded < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      emit((char) folded, start, end, out, map);
    } else {
      emit(Character.highSurrogate(folded), start, end, out, map);
      emit(Character.lowSurrogate(folded), start, end, out, map);
    }
  }

  private static void emit(char c, int start, int end, Units out, OffsetMap map) {
    out.append(c);
    if (map != null) {
      map.add(start, end);
    }
  }

  /** Rule 2: invisible controls that carry no letter. */
  static boolean isInvisibleControl(int cp) {
    return (cp >= ZERO_WIDTH_SPACE && cp <= RIGHT_TO_LEFT_MARK)
        || (cp >= LEFT_TO_RIGHT_EMBEDDING && cp <= RIGHT_TO_LEFT_OVERRIDE)
        || (cp >= WORD_JOINER && cp <= INVISIBLE_PLUS)
        || (cp >= LEFT_TO_RIGHT_ISOLATE && cp <= POP_DIRECTIONAL_ISOLATE)
        || cp == BYTE_ORDER_MARK
        || cp == ARABIC_LETTER_MARK
        || cp == SOFT_HYPHEN;
  }

  /** Rule 4: tatweel, harakat, Quranic marks and other Arabic or inherited non-spacing marks. */
  static boolean isRemovedMark(int cp) {
    if (cp == TATWEEL || cp == SUPERSCRIPT_ALEF) {
      return true;
    }
    if ((cp >= ARABIC_SIGN_SALLALLAHOU && cp <= ARABIC_SMALL_KASRA)
        || (cp >= FATHATAN && cp <= ARABIC_WAVY_HAMZA_BELOW)
        || (cp >= ARABIC_SMALL_HIGH_LIGATURE_SAD_WITH_LAM && cp <= ARABIC_SMALL_HIGH_NOON)
        || (cp >= ARABIC_SMALL_HIGH_WORD_AR_RUB && cp <= ARABIC_MARK_SIDEWAYS_NOON_GHUNNA)) {
      return true;
    }
    if (UCharacter.getType(cp) == ECharacterCategory.NON_SPACING_MARK) {
      int script = UScript.getScript(cp);
      return script == UScript.ARABIC || script == UScript.INHERITED;
    }
    return false;
  }

  /** Rules 5 and 6: letter folding; other code points are returned unchanged. */
  static int foldLetter(int cp) {
    switch (cp) {
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
      case ALEF_WAVY_HAMZA_ABOVE:
      case ALEF_WAVY_HAMZA_BELOW:
        return ALEF;
      case ALEF_MAQSURA:
      case FARSI_YEH:
      case YEH_WITH_TAIL:
      case E:
        return YEH;
      case TEH_MARBUTA:
      case HEH_DOACHASHMEE:
      case HEH_GOAL:
      case TEH_MARBUTA_GOAL:
      case AE:
      case HEH_WITH_YEH_ABOVE:
        return HEH;
      case KEHEH:
      case GAF:
      case NG:
        return KAF;
      case VEH:
      case FEH_WITH_DOT_BELOW:
        return FEH;
      case QAF_WITH_THREE_DOTS_ABOVE:
      case QAF_WITH_DOT_ABOVE:
        return QAF;
      case PEH:
        return BEH;
      case TCHEH:
        return JEEM;
      case JEH:
        return ZAIN;
      default:
        return cp;
    }
  }
}
