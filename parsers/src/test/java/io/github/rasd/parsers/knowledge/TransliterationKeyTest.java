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
}
