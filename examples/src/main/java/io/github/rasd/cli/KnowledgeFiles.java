package io.github.rasd.cli;

import io.github.rasd.parsers.ArticleParser;
import io.github.rasd.parsers.knowledge.KnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The user's knowledge files of {@code --knowledge}: each adds groups, places, organisations,
 * outlets or titles beside the bundled ones, in the formats of the bundled files (see
 * {@code parsers/src/main/resources/io/github/rasd/parsers/knowledge/README.md}). The kind is
 * written before the path ({@code groups=my.txt}) or read from the file name, which then holds
 * one of {@code group}, {@code place}, {@code organization} / {@code organisation},
 * {@code outlet} or {@code title} ({@code my-groups.txt}, {@code titles-sahel.tsv}).
 */
final class KnowledgeFiles {

  /** The kinds a file may add, by the word that names them. */
  enum Kind {
    GROUPS("group"), PLACES("place"), ORGANIZATIONS("organi"), OUTLETS("outlet"), TITLES("title");

    private final String word;

    Kind(String word) {
      this.word = word;
    }
  }

  private KnowledgeFiles() {}

  /** The bundled parser when no file is named, else one with the files added. */
  static ArticleParser parser(List<String> specs) {
    if (specs.isEmpty()) {
      return ArticleParser.standard();
    }
    return ArticleParser.withKnowledge(knowledge(specs));
  }

  /**
   * The bundled knowledge with the named files added.
   *
   * @throws IllegalArgumentException when a file's kind cannot be told or it does not exist
   * @throws io.github.rasd.parsers.knowledge.KnowledgeDataException when a file is bad, with
   *     its {@code file:line}
   */
  static KnowledgeBase knowledge(List<String> specs) {
    KnowledgeBase.Builder builder = KnowledgeBase.builder().withBundledData();
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      Kind kind;
      Path file;
      if (eq > 0 && kindNamed(spec.substring(0, eq)) != null) {
        kind = kindNamed(spec.substring(0, eq));
        file = Path.of(spec.substring(eq + 1));
      } else {
        file = Path.of(spec);
        kind = kindOf(file);
      }
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("--knowledge " + file + ": no such file");
      }
      switch (kind) {
        case GROUPS -> builder.addGroups(file);
        case PLACES -> builder.addPlaces(file);
        case ORGANIZATIONS -> builder.addOrganizations(file);
        case OUTLETS -> builder.addOutlets(file);
        case TITLES -> builder.addTitles(file);
        default -> throw new AssertionError(kind);
      }
    }
    return builder.build();
  }

  private static Kind kindNamed(String name) {
    for (Kind k : Kind.values()) {
      if (k.name().equalsIgnoreCase(name)) {
        return k;
      }
    }
    return null;
  }

  /** The one kind whose word the file name holds. */
  static Kind kindOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Kind found = null;
    for (Kind k : Kind.values()) {
      if (name.contains(k.word)) {
        if (found != null) {
          found = null;
          break;
        }
        found = k;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("--knowledge " + file + ": say what it holds, as"
          + " groups=FILE, places=FILE, organizations=FILE, outlets=FILE or titles=FILE");
    }
    return found;
  }
}
