package io.github.rasd.parsers.knowledge;

/**
 * The rule {@code places/transliteration-key}: spelling variants of a transliterated name share
 * one key. "واجادوجو" and "واغادوغو" (Ouagadougou), "هونج كونج" and "هونغ كونغ" (Hong Kong),
 * "طوكيو" and "توكيو" (Tokyo) all reduce to the same consonant skeleton.
 *
 * <p>On normalized text ({@code ArabicNormalizer}: alef forms, ى/ي, ة/ه and ک گ ڭ → ك already
 * folded), the key: drops the article ال of the first word and the spaces between words
 * ("بوركينا فاسو" / "بوركينافاسو"); writes one letter G for غ ج ق ك (the sound g is written
 * with each); folds the emphatic letters to their plain ones (ط→ت ص→س ض→د ظ→ز ذ→ز ث→س),
 * which transliterations mix; drops the long vowels and glides ا و ي, the hamza seats ء ئ ؤ and
 * a final ه; and collapses doubled letters. A key that several names share stays ambiguous:
 * all their entries are candidates, and the gazetteer's resolver ranks them by context.
 *
 * <p>Only words that look transliterated take part ({@link #looksTransliterated}): Arabic
 * words of news prose have fewer long vowels than Latin-derived names.
 */
final class TransliterationKey {

  /** Shortest key kept: shorter skeletons match too many words. */
  static final int MIN_KEY = 4;
  /** Fewest letters of each word read through the key. */
  static final int MIN_WORD_LETTERS = 4;
  /** Most long vowels by which a spelling may differ from the data's ("شنغهاي", "شانغهاي"). */
  static final int MAX_VOWEL_DIFFERENCE = 1;
  /** Fewest letters of a word (or words) read through the key. */
  static final int MIN_LETTERS = 6;
  /** Fewest long vowels (ا و ي) after the first letter of a word read through the key. */
  static final int MIN_LONG_VOWELS = 2;

  /**
   * Countries whose place names are Arabic and spelled one way in the press: their places are
   * not read through the key (a plural such as "مدنيين", civilians, is not مدنين, Medenine).
   */
  static final java.util.Set<String> ARABIC_SPELLED = java.util.Set.of("DZ", "BH", "EG", "IQ",
      "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "AE", "YE", "EH");

  private TransliterationKey() {}

  /**
   * Whether a normalized text read through the key has the shape of a foreign name: no article
   * and no Arabic plural or nisba ending ين ون ات ية ("المسؤولين", the officials, is a word).
   */
  static boolean foreignShape(String normalized) {
    return !normalized.startsWith("ال") && !arabicEnding(normalized);
  }

  /** The word ends as Arabic plurals and nisbas do: ين، ون، ات، يه. */
  static boolean arabicEnding(String normalized) {
    return normalized.endsWith("ين") || normalized.endsWith("ون") || normalized.endsWith("ات")
        || normalized.endsWith("يه");
  }

  /**
   * The key of a normalized name, or the empty string when it is shorter than {@code MIN_KEY - 1}
   * (three-letter keys count only for long names, see {@link #close}).
   */
  static String of(String normalized) {
    String s = normalized.startsWith("ال") ? normalized.substring(2) : normalized;
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = fold(s.charAt(i));
      if (c == 0 || c == 'ه' && (i == s.length() - 1 || s.charAt(i + 1) == ' ')) {
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
        continue;
      }
      b.append(c);
    }
    return b.length() >= MIN_KEY - 1 ? b.toString() : "";
  }

  /**
   * The key of words joined by spaces, built word by word without the joined text: {@code state}
   * is 0 before the first word, and each call adds one word; {@link #hash} and {@link #length} of
   * the result are the {@code hashCode()} and length of what {@link #of} gives for the joined
   * words (before its {@code MIN_KEY - 1} cut). The gazetteer asks it before it joins the words of
   * a candidate name, which most candidates never need.
   *
   * @param state 0 before the first word, or what the call for the previous words returned
   * @param word one normalized word
   * @param first whether {@code word} is the first word (whose article the key drops)
   * @return the state after the word: hash, length and last letter of the key so far
   */
  static long extend(long state, String word, boolean first) {
    int hash = (int) (state >>> 32);
    int length = (int) (state >>> 16) & 0xFFFF;
    char last = (char) state;
    int from = first && word.startsWith("ال") ? 2 : 0;
    for (int i = from; i < word.length(); i++) {
      char c = fold(word.charAt(i));
      if (c == 0 || c == 'ه' && i == word.length() - 1 || length > 0 && last == c) {
        continue; // as in of(): a vowel, a final heh (before a space or the end), a doubled letter
      }
      hash = 31 * hash + c;
      length = Math.min(length + 1, 0xFFFF);
      last = c;
    }
    return (long) hash << 32 | (long) length << 16 | last;
  }

  /** The {@code hashCode()} of the key of {@link #extend}'s words. */
  static int hash(long state) {
    return (int) (state >>> 32);
  }

  /** The length of the key of {@link #extend}'s words. */
  static int length(long state) {
    return (int) (state >>> 16) & 0xFFFF;
  }

  private static char fold(char c) {
    switch (c) {
      case 'غ', 'ج', 'ق', 'ك':
        return 'G';
      case 'ط':
        return 'ت';
      case 'ص', 'ث':
        return 'س';
      case 'ض':
        return 'د';
      case 'ظ', 'ذ':
        return 'ز';
      case 'ا', 'و', 'ي', 'ء', 'ئ', 'ؤ', ' ':
        return 0;
      default:
        return c;
    }
  }

  /**
   * Whether a name read through the key may stand for a name in the data: their keys are equal
   * (checked by the caller), their long vowels differ by at most {@value #MAX_VOWEL_DIFFERENCE}
   * their first letters fold alike (a long vowel counts as any other: واجادوجو and آواگادوگو)
   * and their last letters are the same consonant class or the same long vowel ("هونج" and
   * "هونغ"; "فيكتور", Victor, is not "فكتوريا", Victoria; "بالوكيري" is not "بلغاريا"). A key of
   * three letters needs a long, vowel-rich name ("واجادوجو").
   */
  static boolean close(String text, String name) {
    String key = of(text);
    if (key.length() < MIN_KEY && !(key.length() == MIN_KEY - 1 && letters(text) >= MIN_LETTERS + 1
        && vowels(text) >= MIN_LONG_VOWELS + 1)) {
      return false;
    }
    return Math.abs(vowels(text) - vowels(name)) <= MAX_VOWEL_DIFFERENCE
        && letterClass(last(text)) == letterClass(last(name)) && fold(first(text)) == fold(first(name));
  }

  /** Fewest letters of each word when the text and the data split a name differently. */
  static final int MIN_SPLIT_WORD_LETTERS = 5;

  /**
   * Whether every word has at least {@value #MIN_SPLIT_WORD_LETTERS} letters: only such words
   * are read as one name written with another number of spaces ("واجا دوجو").
   */
  static boolean longWords(String normalized) {
    for (String w : normalized.split(" ")) {
      if (w.length() < MIN_SPLIT_WORD_LETTERS) {
        return false;
      }
    }
    return true;
  }

  /** The first letter, the article dropped: "ناسونجو" (Nassoumbou) is not "أنسونغو" (Ansongo). */
  private static char first(String s) {
    return s.startsWith("ال") && s.length() > 2 ? s.charAt(2) : s.charAt(0);
  }

  /** A consonant's folded letter (G for غ ج ق ك), a long vowel itself: و is not ا. */
  private static char letterClass(char c) {
    char f = fold(c);
    return f == 0 ? c : f;
  }

  private static char last(String s) {
    char c = s.charAt(s.length() - 1);
    return c == 'ه' && s.length() > 1 ? s.charAt(s.length() - 2) : c;
  }

  private static int letters(String s) {
    return s.replace(" ", "").length();
  }

  /**
   * Whether a normalized word (or words joined by spaces) looks transliterated: at least
   * {@value #MIN_LETTERS} letters, each word at least {@value #MIN_WORD_LETTERS}, and at least
   * {@value #MIN_LONG_VOWELS} long vowels after a word's first letter.
   */
  static boolean looksTransliterated(String normalized) {
    String s = normalized.startsWith("ال") ? normalized.substring(2) : normalized;
    int letters = 0;
    for (String w : s.split(" ")) {
      if (w.length() < MIN_WORD_LETTERS) {
        return false;
      }
      letters += w.length();
    }
    return letters >= MIN_LETTERS && vowels(normalized) >= MIN_LONG_VOWELS;
  }

  /** The long vowels ا و ي after the first letter of each word. */
  static int vowels(String normalized) {
    int from = normalized.startsWith("ال") ? 2 : 0; // read in place: asked at every candidate word
    int vowels = 0;
    for (int i = from + 1; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (normalized.charAt(i - 1) != ' ' && (c == 'ا' || c == 'و' || c == 'ي')) {
        vowels++;
      }
    }
    return vowels;
  }
}
