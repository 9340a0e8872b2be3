package io.github.rasd.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The forms {@link Paradigms} generates, one test per paradigm class and phenomenon. */
class ParadigmsTest {

  @Test
  void phraseWithoutBracesIsItself() {
    assertThat(Paradigms.expand("إطلاق النار")).containsExactly("إطلاق النار");
  }

  @Test
  void nounWithBrokenPlural() {
    assertThat(Paradigms.expand("هجوم{N|هجمات}"))
        .contains("هجوم", "هجوما", "هجومان", "هجومين", "هجومه", "هجومهم", "هجمات")
        .doesNotContain("هجماتا", "هجماتهم");
  }

  @Test
  void nounWithTehMarbutaTakesTehBeforeSuffixes() {
    assertThat(Paradigms.expand("غارة{N|ات}"))
        .contains("غارة", "غارتان", "غارتين", "غارات", "غارته")
        .doesNotContain("غارةا", "غارةين");
  }

  @Test
  void soundMasculinePluralWithConstructForms() {
    assertThat(Paradigms.expand("مسلح{N|ون}")).contains("مسلحون", "مسلحين", "مسلحو", "مسلحي").doesNotContain("مسلحيه");
  }

  @Test
  void nounOfPersonsWithoutPronouns() {
    assertThat(Paradigms.expand("مسلح{N|ون|-PRON|-مسلح}"))
        .contains("مسلحان", "مسلحين", "مسلحون")
        .doesNotContain("مسلح", "مسلحه", "مسلحيه");
  }

  @Test
  void nisbaAdjective() {
    assertThat(Paradigms.expand("صاروخي{A}"))
        .contains("صاروخي", "صاروخيا", "صاروخية", "صاروخيان", "صاروخيين", "صاروخيتين", "صاروخيات");
  }

  @Test
  void phraseIsTheCrossProductOfItsWords() {
    assertThat(Paradigms.expand("هجوم{N|هجمات} صاروخي{A}"))
        .contains("هجوم صاروخي", "هجوما صاروخيا", "هجمات صاروخية", "هجومين صاروخيين");
  }

  @Test
  void possessedNounAgreesWithItsSubject() {
    assertThat(Paradigms.expand("لقي{V} حتف{P}"))
        .contains("لقي حتفه", "لقيت حتفها", "لقوا حتفهم", "لقيا حتفهما", "لقين حتفهن")
        .doesNotContain("لقي حتف");
  }

  @Test
  void soundVerbPerfectAndImperfect() {
    assertThat(Paradigms.expand("قتل{V|يقتل}"))
        .contains("قتل", "قتلت", "قتلوا", "قتلا", "قتلتا", "قتلن", "يقتل", "تقتل", "يقتلون", "يقتلان", "نقتل");
  }

  @Test
  void passiveWithOtherLetters() {
    assertThat(Paradigms.expand("هاجم{V|يهاجم|هوجم}")).contains("هاجموا", "هوجم", "هوجمت", "هوجموا");
  }

  @Test
  void defectiveVerbInA() {
    assertThat(Paradigms.expand("أردى{V|يردي|+O}"))
        .contains("أردى", "أردت", "أردوا", "أرديا", "يردي", "يردون", "أرداه", "أردوه", "أرداهم")
        .doesNotContain("أردىت");
  }

  @Test
  void defectiveVerbInI() {
    assertThat(Paradigms.expand("لقي{V|يلقى}")).contains("لقيت", "لقوا", "لقيا", "يلقى", "يلقون");
  }

  @Test
  void objectPronouns() {
    assertThat(Paradigms.expand("اعتقل{V|يعتقل|+O}")).contains("اعتقله", "اعتقلوهم", "اعتقلتهم").doesNotContain("يعتقلونه");
  }

  @Test
  void removedFormIsAnotherWord() {
    assertThat(Paradigms.expand("فجر{V|يفجر|-فجرا}")).contains("فجروا", "فجرت").doesNotContain("فجرا");
  }

  @Test
  void badClassAndBadRemovalFail() {
    assertThatThrownBy(() -> Paradigms.expand("هجوم{X}")).isInstanceOf(Paradigms.BadParadigmException.class)
        .hasMessageContaining("not N, A, P or V");
    assertThatThrownBy(() -> Paradigms.expand("هجوم{N|-قتل}")).hasMessageContaining("no form");
    assertThatThrownBy(() -> Paradigms.expand("هجوم{N")).hasMessageContaining("expected lemma");
  }
}
