package io.github.rasd.parsers.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.model.Place;
import io.github.rasd.parsers.ArticleParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A place, group or organisation with no English name has none ({@code "nameEn": null}), never
 * an empty one: places named in the text after a place noun (قرية village, حي quarter, بلدة
 * town), whose names no table holds. Sentences written for the test.
 */
class EnglishNameTest {

  private static final ArticleParser PARSER = ArticleParser.standard();

  @ParameterizedTest
  @ValueSource(strings = {
    // "Gunmen killed three civilians in the village of Tallat al-Safsaf north of the country"
    "قتل مسلحون ثلاثة مدنيين في قرية تلة الصفصاف شمال البلاد.",
    // "Clashes broke out yesterday in the western Sanawbar quarter of the city"
    "اندلعت اشتباكات أمس في حي الصنوبر الغربي بالمدينة.",
    // "The army shelled the town of Kafr Nabudah al-Gharbiya" (a made-up town)
    "قصف الجيش بلدة كفر نبوذة الغربية بالمدفعية الثقيلة."
  })
  void aPlaceNamedInTheTextHasNoEnglishName(String text) {
    Analysis a = PARSER.parse(Article.of("t", text));
    assertThat(a.places()).anySatisfy(p -> {
      assertThat(p.canonicalId()).hasValueSatisfying(id -> assertThat(id).startsWith("text:"));
      assertThat(p.nameEn()).isEmpty();
    });
    assertThat(a.places()).extracting(Place::nameEn)
        .allSatisfy(en -> en.ifPresent(name -> assertThat(name).isNotBlank()));
    assertThat(RasdJson.write(a)).doesNotContain("\"nameEn\":\"\"").contains("\"nameEn\":null");
  }
}
