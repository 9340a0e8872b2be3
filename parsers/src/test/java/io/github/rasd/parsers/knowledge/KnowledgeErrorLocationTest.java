package io.github.rasd.parsers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rasd.parsers.knowledge.KnowledgeDataException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors found only when the knowledge base is built (an id used twice, a parent or allegiance
 * that no entry has) point at the file and line where the entry was written, as errors found
 * while reading a file do: never at the entry's source note and line 0.
 */
class KnowledgeErrorLocationTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String group(String id, String name, String extra) {
    return "[" + id + "]\nname: " + name + "\nen: " + id + "\nkind: REBEL\n" + extra
        + "source: written for this test\n\n";
  }

  @Test
  void idUsedTwiceAcrossFilesPointsAtTheSecondAndNamesTheFirst() throws IOException {
    Path first = write("first-groups.txt", group("hill-brigade", "كتيبة التلة", ""));
    Path second = write("second-groups.txt", "# comment\n\n" + group("hill-brigade", "لواء التلة", ""));
    assertThatThrownBy(() -> KnowledgeBase.builder().addGroups(first).addGroups(second).build())
        .isInstanceOfSatisfying(KnowledgeDataException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_ID);
          assertThat(e.file()).endsWith("second-groups.txt");
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.getMessage()).contains("first-groups.txt:1");
        });
  }

  @Test
  void unknownParentPointsAtItsParentLine() throws IOException {
    Path file = write("my-groups.txt", group("hill-brigade", "كتيبة التلة", "")
        + group("hill-brigade-south", "كتيبة التلة الجنوبية", "parent: no-such-group\n"));
    assertThatThrownBy(() -> KnowledgeBase.builder().addGroups(file).build())
        .isInstanceOfSatisfying(KnowledgeDataException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_REFERENCE);
          assertThat(e.getMessage()).startsWith(file + ":11: ").contains("no-such-group");
        });
  }

  @Test
  void unknownAllegiancePointsAtItsAllegianceLine() throws IOException {
    Path file = write("my-groups.txt",
        group("hill-brigade", "كتيبة التلة", "allegiance: no-such-group\n"));
    assertThatThrownBy(() -> KnowledgeBase.builder().addGroups(file).build())
        .isInstanceOfSatisfying(KnowledgeDataException.class,
            e -> assertThat(e.getMessage()).startsWith(file + ":5: "));
  }

  @Test
  void unknownPlaceParentPointsAtItsParentLine() throws IOException {
    Path file = write("my-places.txt", "[hill-village]\nname: قرية التلة\nen: Hill Village\n"
        + "kind: SITE\ncountry: TN\nparent: no-such-place\nsource: written for this test\n");
    assertThatThrownBy(() -> KnowledgeBase.builder().withBundledData().addPlaces(file).build())
        .isInstanceOfSatisfying(KnowledgeDataException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_REFERENCE);
          assertThat(e.getMessage()).startsWith(file + ":6: ");
        });
  }
}
