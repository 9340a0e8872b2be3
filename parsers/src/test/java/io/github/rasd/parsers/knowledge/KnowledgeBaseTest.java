package io.github.rasd.parsers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rasd.model.PlaceKind;
import io.github.rasd.parsers.knowledge.KnowledgeDataException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseTest {

  @ParameterizedTest(name = "{0} is a country")
  @CsvSource({
    // every Arab League member and the Sahel, Horn and neighbours of the brief
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA",
    "SO", "SD", "SY", "TN", "AE", "YE", "ML", "NE", "BF", "TD", "NG", "CM", "SN", "MR", "ET", "ER",
    "KE", "SS", "UG", "IR", "TR", "IL", "AF", "PK", "MZ", "CD", "CF", "BJ", "TG", "GH", "CI", "GN",
    "FR", "US", "RU", "GB"
  })
  void countriesOfTheRegion(String code) {
    assertThat(KnowledgeBase.bundled().country(code)).hasValueSatisfying(c -> {
      assertThat(c.kind()).isEqualTo(PlaceKind.COUNTRY);
      assertThat(c.entryKind()).isEqualTo(EntryKind.COUNTRY);
    });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "الجزائر, DZ", "المغرب, MA", "المملكة المغربية, MA", "مصر, EG", "جمهورية مصر العربية, EG",
    "أثيوبيا, ET", "اثيوبيا, ET", "الولايات المتحدة الأمريكية, US", "بوركينا فاسو, BF"
  })
  void arabicCountryVariants(String name, String code) {
    assertThat(KnowledgeBase.bundled().lookup(name))
        .anySatisfy(e -> {
          assertThat(e.entryKind()).isEqualTo(EntryKind.COUNTRY);
          assertThat(e.country()).hasValue(code);
        });
  }

  @ParameterizedTest(name = "{0} -> nationality {1}")
  @CsvSource({
    "تونسي, TN", "تونسية, TN", "التونسي, TN", "التونسية, TN", "تونسيين, TN", "تونسيون, TN",
    "التونسيين, TN", "تونسيات, TN", "الجزائريون, DZ", "المصرية, EG", "الأتراك, TR", "الأفغان, AF",
    "الأميركية, US", "جنوب سوداني, SS", "السوريين, SY", "النيجرية, NE"
  })
  void nationalityAdjectivesResolveToTheirCountry(String form, String code) {
    List<KnowledgeEntry> found = KnowledgeBase.bundled().lookup(form);
    assertThat(found).anySatisfy(e -> {
      assertThat(e).isInstanceOf(Nationality.class);
      assertThat(e.country()).hasValue(code);
    });
    assertThat(found).noneMatch(e -> e.entryKind() == EntryKind.PLACE);
  }

  @Test
  void nisbaInflections() {
    assertThat(KnowledgeLoader.nisbaForms("ليبي")).contains("ليبي", "ليبية", "ليبيين", "ليبيون",
        "ليبيات", "الليبي", "الليبية", "الليبيين", "الليبيون", "الليبيات");
  }

  @Test
  void curatedLandmarksCarryTheirSource() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    assertThat(kb.byId("jebel-chaambi")).hasValueSatisfying(e -> {
      assertThat(e.name()).isEqualTo("جبل الشعانبي");
      assertThat(((PlaceEntry) e).kind()).isEqualTo(PlaceKind.MOUNTAIN);
      assertThat(((PlaceEntry) e).parent()).hasValue("tn-kasserine");
      assertThat(e.source()).isNotBlank();
    });
    assertThat(kb.places()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
  }

  @Test
  void geoNamesPlacesHaveArabicNamesAndAttribution() {
    List<PlaceEntry> geo = KnowledgeBase.bundled().places().stream().filter(PlaceEntry::fromGeoNames).toList();
    assertThat(geo).hasSizeGreaterThan(2000);
    assertThat(geo).allSatisfy(p -> {
      assertThat(p.source()).contains("GeoNames").contains("CC BY 4.0");
      assertThat(p.name()).containsPattern("[\\u0621-\\u064A]");
    });
    assertThat(KnowledgeBase.bundled().lookup("القصرين"))
        .extracting(KnowledgeEntry::id).contains("tn-kasserine", "geonames-2473457");
  }

  @Test
  void stopNamesAreNotPlaces() {
    for (String word : List.of("الحرب", "السبت", "مصدر", "الحكومة", "المدينة", "خبر", "بيان")) {
      assertThat(KnowledgeBase.bundled().lookup(word)).as(word)
          .noneMatch(e -> e instanceof PlaceEntry p && p.fromGeoNames());
    }
  }

  @Test
  void userFilesAreAdded() {
    KnowledgeBase kb = Fixtures.knowledge();
    assertThat(kb.byId("test-isis")).hasValueSatisfying(e -> assertThat(e.englishName()).isEqualTo("Islamic State"));
    assertThat(kb.lookup("داعش")).extracting(KnowledgeEntry::id).contains("test-isis");
    assertThat(kb.lookup("isis")).extracting(KnowledgeEntry::id).contains("test-isis");
    assertThat(kb.byId("test-reuters")).hasValueSatisfying(e -> assertThat(e.entryKind()).isEqualTo(EntryKind.OUTLET));
    assertThat(kb.titles()).extracting(TitleEntry::role).contains("spokesperson");
  }

  @Test
  void bundledKnowledgeIsLoadedOnce() {
    assertThat(KnowledgeBase.bundled()).isSameAs(KnowledgeBase.bundled());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "bad-unknown-key.txt, UNKNOWN_KEY, 5",
    "bad-kind.txt, BAD_VALUE, 4",
  })
  void badBlockLinesFailWithFileAndLine(String file, Reason reason, int line) {
    assertThatThrownBy(() -> KnowledgeBase.builder().addGroups(Fixtures.file(file)))
        .isInstanceOfSatisfying(KnowledgeDataException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.getMessage()).contains(file + ":" + line + ": ");
        });
  }

  @Test
  void unknownParentIsAnError() {
    assertThatThrownBy(() -> KnowledgeBase.builder().addGroups(Fixtures.file("bad-parent.txt")).build())
        .isInstanceOfSatisfying(KnowledgeDataException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_REFERENCE));
  }

  @Test
  void wrongColumnCountIsAnError() {
    assertThatThrownBy(() -> KnowledgeBase.builder().addCountries(Fixtures.file("bad-columns.tsv")))
        .isInstanceOfSatisfying(KnowledgeDataException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.BAD_COLUMNS);
          assertThat(e.getMessage()).contains("bad-columns.tsv:1: ");
        });
  }

  @Test
  void missingFileIsAnError() {
    assertThatThrownBy(() -> DataSource.bundled("no-such-file.txt"))
        .isInstanceOfSatisfying(KnowledgeDataException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_FILE));
  }
}
