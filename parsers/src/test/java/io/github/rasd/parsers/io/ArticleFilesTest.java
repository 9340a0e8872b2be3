package io.github.rasd.parsers.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rasd.model.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleFilesTest {

  @Test
  void headerThenSeparatorGivesMetadataAndBody() {
    Article a = ArticleFiles.parse("x", "url: https://example.org/a\noutlet: Rasd\n"
        + "published: 2019-04-10\ntitle: عنوان\n---\n\nنص الخبر.\n\n");
    assertThat(a.url()).contains("https://example.org/a");
    assertThat(a.outlet()).contains("Rasd");
    assertThat(a.published()).contains(LocalDate.of(2019, 4, 10));
    assertThat(a.title()).contains("عنوان");
    assertThat(a.text()).isEqualTo("نص الخبر.");
  }

  @Test
  void unknownPublicationDateGivesNone() {
    Article a = ArticleFiles.parse("x", "published: unknown\n---\nنص");
    assertThat(a.published()).isEmpty();
    assertThat(a.text()).isEqualTo("نص");
  }

  @Test
  void plainTextHasNoHeader() {
    Article a = ArticleFiles.parse("x", "قال المتحدث: هذا نص.\n---\nوليس ترويسة.");
    assertThat(a.text()).startsWith("قال المتحدث");
    assertThat(a.published()).isEmpty();
  }

  @Test
  void byteOrderMarkIsDropped() {
    assertThat(ArticleFiles.parse("x", "\uFEFFنص").text()).isEqualTo("نص");
  }

  @Test
  void badDateIsAClearError() {
    assertThatThrownBy(() -> ArticleFiles.parse("x", "published: 10 April\n---\nنص"))
        .hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void unknownHeaderKeysAreSkipped() {
    Article a = ArticleFiles.parse("x", "url: u\nnote: the date is assumed\npublished: 2019-04-10\n---\nنص");
    assertThat(a.text()).isEqualTo("نص");
    assertThat(a.published()).contains(LocalDate.of(2019, 4, 10));
  }
}
