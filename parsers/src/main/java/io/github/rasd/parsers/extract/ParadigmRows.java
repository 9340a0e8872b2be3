package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Paradigms;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of a lexicon whose first column may be a paradigm phrase ({@link Paradigms}: "هجوم{N|هجمات}
 * صاروخي{A}"), read into phrase → value, each generated form a phrase of its own with the value of
 * its row.
 *
 * <p>Precedence, so that a list stays readable and no form is silently given two meanings: rows
 * written as they stand are read first, in file order; then the forms of the paradigm rows. A
 * form that a literal row already lists (after normalization: "اصابة" is "إصابة") keeps the
 * literal row's value, which is how a lexicon gives one form of a paradigm another meaning; a form
 * two paradigm rows give with different values fails with {@code file:line}. Not thread-shared:
 * used once by a loader.
 */
final class ParadigmRows {

  /** What a row stands for, given the row and one of its forms. */
  interface Value<V> {
    V of(DataFile.Line row, String form);
  }

  private ParadigmRows() {}

  /**
   * The phrases of {@code file} beside {@code owner} and their values.
   *
   * @param uniqueLiterals whether a literal phrase listed twice is an error (otherwise the later
   *     row wins, as a map would)
   */
  static <V> Map<String, V> read(Class<?> owner, String file, boolean uniqueLiterals, Value<V> value) {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Map<String, V> out = new LinkedHashMap<>();
    Map<String, DataFile.Line> literalKeys = new HashMap<>();
    Map<String, DataFile.Line> generatedKeys = new HashMap<>();
    Iterable<DataFile.Line> rows = DataFile.read(owner, file);
    for (DataFile.Line r : rows) {
      String phrase = r.field(0);
      if (Paradigms.isParadigm(phrase)) {
        continue;
      }
      if (out.put(phrase, value.of(r, phrase)) != null && uniqueLiterals) {
        throw r.error("'" + phrase + "' is listed twice"); // a later row would silently win
      }
      literalKeys.put(n.normalize(phrase), r);
    }
    for (DataFile.Line r : rows) {
      String phrase = r.field(0);
      if (!Paradigms.isParadigm(phrase)) {
        continue;
      }
      List<String> forms;
      try {
        forms = Paradigms.expand(phrase);
      } catch (Paradigms.BadParadigmException e) {
        throw r.error(e.getMessage());
      }
      for (String form : forms) {
        String key = n.normalize(form);
        if (literalKeys.containsKey(key)) {
          continue; // the literal row decides this form
        }
        V v = value.of(r, form);
        DataFile.Line earlier = generatedKeys.putIfAbsent(key, r);
        if (earlier == null) {
          out.put(form, v);
        } else if (!Objects.equals(value.of(earlier, form), v)) {
          throw r.error("form '" + form + "' is also a form of line " + earlier.number()
              + " with another value; list it as a literal row to decide");
        }
      }
    }
    return out;
  }
}
