package io.github.rasd.testing;

import static io.github.rasd.testing.RasdAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The assertions pass on what a hand-made analysis holds and fail, with the records they saw,
 * on what it does not. Text written for the test: "Three soldiers were killed in an ambush that
 * JNIM laid near Timbuktu, a security source told Reuters; the group has about 1,700 fighters."
 */
class AnalysisAssertTest {

  private static final String TEXT = "قتل ثلاثة جنود في كمين نصبته جماعة نصرة الإسلام والمسلمين"
      + " قرب تمبكتو، قال مصدر أمني لرويترز، وتضم الجماعة نحو 1700 مقاتل.";

  private static Analysis fixture() {
    return AnalysisFixture.article("a1", TEXT)
        .group("jnim", "جماعة نصرة الإسلام والمسلمين")
        .place("timbuktu", "تمبكتو", "ML")
        .event(EventType.AMBUSH, "كمين").killed("ثلاثة", 3).at("timbuktu").by("jnim")
        .claim("مصدر أمني", "رويترز", "قتل ثلاثة جنود")
        .forceEstimate("jnim", "نحو 1700", 1700)
        .build();
  }

  @Test
  void conditionsThatHoldTogetherPass() {
    Analysis a = fixture();
    assertThat(a).hasEvents(1).hasEventOfType(EventType.AMBUSH).withKilled(3).inCountry("ML")
        .inPlace("تمبكتو").byGroup("jnim").triggeredBy("كمين");
    assertThat(a).hasClaimBy("مصدر").givenTo("رويترز").saying("ثلاثة جنود");
    assertThat(a).hasForceEstimate("jnim").about(1700);
  }

  @Test
  void aMissingTypeFailsAndListsTheEvents() {
    assertThatThrownBy(() -> assertThat(fixture()).hasEventOfType(EventType.ARREST))
        .isInstanceOf(AssertionError.class).hasMessageContaining("ARREST")
        .hasMessageContaining("AMBUSH");
  }

  @Test
  void aConditionNoCandidateMeetsFailsWithWhatWasAsked() {
    assertThatThrownBy(() -> assertThat(fixture()).hasEventOfType(EventType.AMBUSH).withKilled(3)
        .inCountry("MA"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("in country MA")
        .hasMessageContaining("with 3 killed");
    assertThatThrownBy(() -> assertThat(fixture()).hasEventOfType(EventType.AMBUSH).withKilled(4))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(fixture()).hasClaimBy("مصدر أمني").givenTo("الجزيرة"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("رويترز");
    assertThatThrownBy(() -> assertThat(fixture()).hasForceEstimate("jnim").about(2000))
        .isInstanceOf(AssertionError.class).hasMessageContaining("نحو 1700");
    assertThatThrownBy(() -> assertThat(fixture()).hasForceEstimate("islamic-state"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void noEventsFailsWhenThereIsOne() {
    assertThatThrownBy(() -> assertThat(fixture()).hasNoEvents())
        .isInstanceOf(AssertionError.class).hasMessageContaining("expected 0 events");
  }

  @Test
  void theFixtureRefusesWordsNotInTheText() {
    assertThatThrownBy(() -> AnalysisFixture.article("a", TEXT).group("x", "تنظيم غير مذكور"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not occur");
    assertThatThrownBy(() -> AnalysisFixture.article("a", TEXT).event(EventType.AMBUSH, "كمين")
        .at("nowhere")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFixtureIsAValidAnalysisThatSurvivesItsJsonForm() {
    Analysis a = fixture();
    org.assertj.core.api.Assertions.assertThat(a.events().get(0).killed().orElseThrow().span()
        .orElseThrow().text()).isEqualTo("ثلاثة");
    org.assertj.core.api.Assertions.assertThat(RasdJson.readAnalysis(RasdJson.write(a))).isEqualTo(a);
  }
}
