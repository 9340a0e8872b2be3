package io.github.rasd.parsers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.parsers.text.ArabicNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule {@code places/transliteration-key} as a table: spellings of one transliterated name
 * share a key and are close; words and other names are not.
 */
class TransliterationKeyTest {

  private static String norm(String s) {
    return ArabicNormalizer.standard().normalize(s);
  }

  private static boolean same(String text, String name) {
    String t = norm(text);
    String n = norm(name);
    return !TransliterationKey.of(t).isEmpty() && TransliterationKey.of(t).equals(TransliterationKey.of(n))
        && TransliterationKey.looksTransliterated(t) && TransliterationKey.foreignShape(t)
        && TransliterationKey.close(t, n);
  }

  /** غ ج ق ك for g; و for o/u; long vowels doubled or dropped; ة/ه; ي/ى; emphatics. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      واجادوجو      | واغادوغو
      هونج كونج     | هونغ كونغ
      شنغهاي        | شانغهاي
      جوهانسبيرغ    | جوهانسبرغ
      كوالا لامبور  | كوالا لمبور
      تيلابيري      | تيلابيرى
      كاتماندو      | كاتمندو
      """)
  void spellingVariantsShareTheKey(String text, String name) {
    assertThat(same(text, name)).isTrue();
  }

  /** Words, names of persons and other places do not. */
  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(delimiter = '|', textBlock = """
      فيكتور        | فكتوريا
      ناسونجو       | أنسونغو
      المسؤولين     | مسلن
      بالوكيري      | بلغاريا
      اسيوية        | أسيوط
      قال قروي      | كالغاري
      """)
  void wordsAndOtherNamesDoNot(String text, String name) {
    assertThat(same(text, name)).isFalse();
  }

  /**
   * The key built word by word ({@link TransliterationKey#extend}, what the gazetteer reads before
   * it joins a candidate's words) hashes and counts as the key of the joined words: articles,
   * final heh, vowels, letters doubled across a space, a first word of vowels alone.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      واجادوجو
      هونج كونج
      الدار البيضاء
      كوالا لامبور بيتالينغ
      بوركينا فاسو
      ماكيه هيرو
      نيامي يامبا
      او البيرو
      اي
      """)
  void keyBuiltWordByWordIsTheKeyOfTheJoinedWords(String text) {
    String t = norm(text);
    long state = 0;
    boolean first = true;
    for (String w : t.split(" ")) {
      state = TransliterationKey.extend(state, w, first);
      first = false;
    }
    String key = TransliterationKey.of(t);
    if (key.isEmpty()) {
      assertThat(TransliterationKey.length(state)).isLessThan(TransliterationKey.MIN_KEY - 1);
    } else {
      assertThat(TransliterationKey.hash(state)).isEqualTo(key.hashCode());
      assertThat(TransliterationKey.length(state)).isEqualTo(key.length());
    }
  }
}
