package io.github.rasd.parsers.knowledge;

import io.github.rasd.parsers.knowledge.KnowledgeDataException.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reader of the block format of the knowledge {@code README.md}: {@code [id]} then {@code key: value} lines,
 * blocks separated by blank lines, {@code #} comment lines. Package-private engine of {@link
 * KnowledgeLoader}; a hand-written line scanner, no regular expressions.
 */
final class BlockFile {

  /** Separator of several names on one line. */
  static final String LIST_SEPARATOR = "|";

  /** One value with the line it was read from. */
  record Value(String text, int line) {}

  /** One block. */
  record Block(String file, String id, int line, Map<String, Value> values) {

    Optional<String> optional(String key) {
      Value v = values.get(key);
      return v == null || v.text().isEmpty() ? Optional.empty() : Optional.of(v.text());
    }

    String required(String key) {
      return optional(key).orElseThrow(() -> new KnowledgeDataException(
          Reason.MISSING_KEY, file, line, "[" + id + "] has no " + key + ":"));
    }

    List<String> list(String key) {
      return optional(key).map(BlockFile::splitList).orElse(List.of());
    }

    int lineOf(String key) {
      Value v = values.get(key);
      return v == null ? line : v.line();
    }

    KnowledgeDataException error(Reason reason, String key, String message) {
      return new KnowledgeDataException(reason, file, lineOf(key), message);
    }
  }

  private BlockFile() {}

  /** Splits {@code a | b | c}, trimming and dropping empty parts and duplicates. */
  static List<String> splitList(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int bar = text.indexOf(LIST_SEPARATOR, from);
      int to = bar < 0 ? text.length() : bar;
      String part = text.substring(from, to).trim();
      if (!part.isEmpty() && !out.contains(part)) {
        out.add(part);
      }
      if (bar < 0) {
        break;
      }
      from = bar + LIST_SEPARATOR.length();
    }
    return out;
  }

  /** Parses {@code source}; keys outside {@code allowedKeys} are an error. */
  static List<Block> parse(DataSource source, Set<String> allowedKeys) {
    List<Block> blocks = new ArrayList<>();
    String id = null;
    int idLine = 0;
    Map<String, Value> values = new LinkedHashMap<>();
    List<String> lines = source.lines();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i).strip();
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        if (id != null) {
          blocks.add(new Block(source.name(), id, idLine, Map.copyOf(values)));
          id = null;
          values = new LinkedHashMap<>();
        }
        continue;
      }
      if (line.startsWith("[")) {
        if (id != null) {
          blocks.add(new Block(source.name(), id, idLine, Map.copyOf(values)));
          values = new LinkedHashMap<>();
        }
        if (!line.endsWith("]") || !isSlug(line.substring(1, line.length() - 1))) {
          throw new KnowledgeDataException(Reason.BAD_LINE, source.name(), lineNo,
              "bad block header " + line + " (expected [id], id of a-z 0-9 and -)");
        }
        id = line.substring(1, line.length() - 1);
        idLine = lineNo;
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new KnowledgeDataException(Reason.BAD_LINE, source.name(), lineNo,
            "expected key: value, a [block-id] or a # comment");
      }
      if (id == null) {
        throw new KnowledgeDataException(Reason.BAD_LINE, source.name(), lineNo,
            "key: value line outside a block");
      }
      String key = line.substring(0, colon).strip();
      if (!allowedKeys.contains(key)) {
        throw new KnowledgeDataException(Reason.UNKNOWN_KEY, source.name(), lineNo,
            "unknown key " + key + " (allowed: " + String.join(" ", sorted(allowedKeys)) + ")");
      }
      if (values.containsKey(key)) {
        throw new KnowledgeDataException(Reason.DUPLICATE_KEY, source.name(), lineNo,
            "key " + key + " given twice in [" + id + "]");
      }
      values.put(key, new Value(line.substring(colon + 1).strip(), lineNo));
    }
    if (id != null) {
      blocks.add(new Block(source.name(), id, idLine, Map.copyOf(values)));
    }
    return blocks;
  }

  static boolean isSlug(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static String[] sorted(Set<String> keys) {
    String[] a = keys.toArray(new String[0]);
    Arrays.sort(a);
    return a;
  }
}
