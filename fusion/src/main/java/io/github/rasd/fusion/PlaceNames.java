package io.github.rasd.fusion;

import io.github.rasd.model.Place;
import java.util.HashSet;
import java.util.Set;

/**
 * Comparison keys of place names across articles that spell them differently: diacritics and
 * tatweel dropped, alef forms (أ إ آ ٱ) to ا, ة to ه, ى to ي, and the division nouns of {@code
 * admin-nouns.txt} dropped ("ولاية القصرين" and "القصرين" give one key). English names are
 * lower-cased. Thread-safe: the noun list is loaded once.
 */
final class PlaceNames {

  private static final char TATWEEL = '\u0640';
  private static final char FIRST_HARAKA = '\u064B';
  private static final char LAST_HARAKA = '\u065F';
  private static final char SUPERSCRIPT_ALEF = '\u0670';

  private PlaceNames() {}

  private static final class Holder {
    static final Set<String> ADMIN_NOUNS = load();
  }

  private static Set<String> load() {
    Set<String> nouns = new HashSet<>();
    for (DataLines.Line line : DataLines.read("admin-nouns.txt")) {
      nouns.add(letters(line.columns()[0]));
    }
    return Set.copyOf(nouns);
  }

  /** The keys a place answers to: its Arabic name and its English name. */
  static Set<String> keys(Place p) {
    Set<String> keys = new HashSet<>();
    String ar = key(p.name());
    if (!ar.isEmpty()) {
      keys.add(ar);
    }
    p.nameEn().map(PlaceNames::key).filter(k -> !k.isEmpty()).ifPresent(keys::add);
    return keys;
  }

  /** The comparison key of one name. */
  static String key(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : letters(name).split(" ")) {
      if (word.isEmpty() || Holder.ADMIN_NOUNS.contains(word)) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  /** The letters of {@code s} folded as the class javadoc says, words split by one space. */
  private static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == TATWEEL || c >= FIRST_HARAKA && c <= LAST_HARAKA || c == SUPERSCRIPT_ALEF) {
        continue;
      }
      char f = switch (c) {
        case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
        case '\u0629' -> '\u0647';
        case '\u0649' -> '\u064A';
        default -> c;
      };
      if (Character.isLetterOrDigit(f)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(f));
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}
