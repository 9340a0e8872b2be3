package io.github.rasd.testing;

import static io.github.rasd.model.EventType.ARREST;
import static io.github.rasd.testing.RasdAssertions.assertThat;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The test a user of Rasd can copy (it is the README's example): parse an article, then state
 * what an analyst would code from it. The article is written for this test.
 */
class ExampleAnalysisTest {

  private static final ArticleParser PARSER = ArticleParser.standard(); // build once, share

  // "The Moroccan authorities arrested four people suspected of belonging to ISIS in the city of
  // Tangier, and a security source told Reuters that those detained were planning attacks.
  // Security expert Mohamed Ben Ali said JNIM has about 1,700 fighters in the Sahel region."
  private static final String TEXT = "اعتقلت السلطات المغربية أربعة أشخاص يشتبه في انتمائهم إلى"
      + " تنظيم داعش في مدينة طنجة، وقال مصدر أمني لرويترز إن الموقوفين كانوا يخططون لتنفيذ هجمات.\n"
      + "وقال الخبير الأمني محمد بن علي إن جماعة نصرة الإسلام والمسلمين تضم نحو 1700 مقاتل في"
      + " منطقة الساحل.";

  @Test
  void anArrestInMoroccoASourceQuotedByReutersAndAForceEstimate() {
    Analysis analysis = PARSER.parse(ImmutableArticle.builder().id("example").text(TEXT)
        .published(LocalDate.of(2024, 6, 11)).build());

    assertThat(analysis).hasEventOfType(ARREST).withArrested(4).inCountry("MA");
    assertThat(analysis).hasClaimBy("مصدر أمني").givenTo("رويترز");
    assertThat(analysis).hasForceEstimate("jnim").about(1700);
    assertThat(analysis).hasGroup("islamic-state").hasPlace("طنجة");
  }
}
