package io.github.rasd.parsers.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled name model: its files load, and each kind of word reads as documented. */
class NameModelTest {

  private static final NameModel NAMES = NameModel.bundled();

  private static Token token(String word) {
    return Tokenizer.standard().tokenize(TextView.of(word)).get(0);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "محمد|SURE", "مامادو|SURE", "فرزاد|SURE", "باتريك|SURE", "عبدي|SURE", "وعلي|AMBIGUOUS",
      "أمين|AMBIGUOUS", "نصر|AMBIGUOUS", "أمل|AMBIGUOUS", "لمحمد|SURE", "أسامة|SURE",
      "عليه|NONE", "على|NONE", "لدينا|NONE", "كانا|NONE", "داناً|NONE", "موظف|NONE", "أبو|NONE"})
  void givenNames(String word, NameModel.Given expected) {
    assertThat(NAMES.given(token(word))).isEqualTo(expected);
  }

  @Test
  void namePartsOfEachKind() {
    assertThat(NAMES.is(NameModel.Part.KUNYA, "ابو")).isTrue();
    assertThat(NAMES.is(NameModel.Part.NASAB, "ولد")).isTrue();
    assertThat(NAMES.is(NameModel.Part.DIVINE, "الرحمن")).isTrue();
    assertThat(NAMES.is(NameModel.Part.DIN, "الدين")).isTrue();
    assertThat(NAMES.is(NameModel.Part.DEFINITE_GIVEN, "الحبيب")).isTrue();
    assertThat(NAMES.is(NameModel.Part.AGE, "عاما")).isTrue();
    assertThat(NAMES.is(NameModel.Part.NOT_FAMILY, "الماضي")).isTrue();
    assertThat(NAMES.is(NameModel.Part.DIVINE, "الماضي")).isFalse();
  }

  @Test
  void generatedListIsLargeAndCuratedListsAreThere() {
    // about 2,250 names from arabic-name-to-en, the regional names beside them
    assertThat(NAMES.isGiven("زينب")).isTrue();
    assertThat(NAMES.isGiven("ساليف")).isTrue();
    assertThat(NAMES.isGiven("هوشيار")).isTrue();
    assertThat(NAMES.isGiven("الله")).isFalse();
  }
}
