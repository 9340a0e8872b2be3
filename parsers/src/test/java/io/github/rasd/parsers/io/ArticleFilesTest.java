package io.github.rasd.parsers.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rasd.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article-file format: header, a line {@code ---}, body; or plain text. */
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

  @Test
  void crlfHeaderIsRead() {
    Article a = ArticleFiles.parse("x", "published: 2019-04-10\r\ntitle: عنوان\r\n---\r\nنص.\r\n");
    assertThat(a.published()).contains(LocalDate.of(2019, 4, 10));
    assertThat(a.title()).contains("عنوان");
    assertThat(a.text()).isEqualTo("نص.");
  }

  @Test
  void headerIdOverridesTheFileName() {
    assertThat(ArticleFiles.parse("file-name", "id: a-17\n---\nنص").id()).isEqualTo("a-17");
  }

  @Test
  void fileIdIsItsNameWithoutExtension(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("02-mali.txt");
    Files.writeString(file, "published: 2024-01-02\n---\nنص", StandardCharsets.UTF_8);
    Article a = ArticleFiles.read(file);
    assertThat(a.id()).isEqualTo("02-mali");
    assertThat(a.published()).contains(LocalDate.of(2024, 1, 2));
  }

  @Test
  void missingFileNamesItsPathOnceWithTheReason(@TempDir Path dir) {
    Path file = dir.resolve("missing.txt");
    assertThatThrownBy(() -> ArticleFiles.read(file))
        .isInstanceOfSatisfying(ArticleFileException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(file + ": no such file");
          assertThat(e.reason()).isEqualTo("no such file");
          assertThat(e.file()).isEqualTo(file);
        });
  }

  @Test
  void invalidUtf8GivesTheByteWhereItBreaks(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'a', 'b', (byte) 0xC3, (byte) 0x28});
    assertThatThrownBy(() -> ArticleFiles.read(file))
        .isInstanceOf(ArticleFileException.class).hasMessageContaining("UTF-8")
        .hasMessageContaining("byte 2");
  }

  @Test
  void folderStandsForItsTxtFilesInNameOrder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), "ب", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "أ", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "x", StandardCharsets.UTF_8);
    Files.createDirectory(dir.resolve("sub.txt"));
    Path named = dir.resolve("z.txt");
    assertThat(ArticleFiles.expand(List.of(dir, named)))
        .containsExactly(dir.resolve("a.txt"), dir.resolve("b.txt"), named);
  }
}
