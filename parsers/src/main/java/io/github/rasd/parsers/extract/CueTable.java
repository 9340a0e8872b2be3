package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.internal.DataFile;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a cue file ("phrase TAB CUE TAB gloss", the cue one of an enum's names in any case) into
 * an ordered map; a phrase listed twice or an unknown cue fails with {@code file:line}.
 */
final class CueTable {

  private CueTable() {}

  /** The phrases of {@code file} beside {@code owner}, each with its cue of {@code type}. */
  static <E extends Enum<E>> Map<String, E> load(Class<?> owner, String file, Class<E> type) {
    Map<String, E> map = new LinkedHashMap<>();
    for (DataFile.Line r : DataFile.read(owner, file)) {
      try {
        if (map.put(r.field(0), Enum.valueOf(type, r.field(1).toUpperCase(Locale.ROOT))) != null) {
          throw r.error("'" + r.field(0) + "' is listed twice");
        }
      } catch (IllegalArgumentException e) {
        throw r.error("column 2: '" + r.field(1) + "' is not a cue");
      }
    }
    return map;
  }
}
