package io.github.rasd.parsers.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The event lexicons written as paradigm rows ({@link ParadigmRows}) lose no phrase the surface
 * lists had: every row of {@code paradigm-baseline/<file>} (the rows of the lexicon before its
 * paradigm rows, 2026-12-01) still loads with the same value; and the paradigms give forms no list
 * had ("صاروخي", the dual pronoun of "لقيا حتفهما").
 */
class ParadigmLexiconsTest {

  private static final ArabicNormalizer N = ArabicNormalizer.standard();

  /** The baseline rows as normalized phrase → value (the later row wins, as the old loaders did). */
  private static Map<String, String> baseline(String file, Function<DataFile.Line, String> value) {
    Map<String, String> out = new HashMap<>();
    for (DataFile.Line r : DataFile.read(ParadigmLexiconsTest.class, "paradigm-baseline/" + file)) {
      out.put(N.normalize(r.field(0)), value.apply(r));
    }
    return out;
  }

  private static <V> Map<String, String> loaded(Map<String, V> rows, Function<V, String> value) {
    Map<String, String> out = new HashMap<>();
    rows.forEach((phrase, v) -> out.putIfAbsent(N.normalize(phrase), value.apply(v)));
    return out;
  }

  private static List<String> lost(Map<String, String> before, Map<String, String> now) {
    List<String> lost = new ArrayList<>();
    before.forEach((phrase, v) -> {
      if (!v.equals(now.get(phrase))) {
        lost.add(phrase + " " + v + " → " + now.get(phrase));
      }
    });
    return lost;
  }

  @Test
  void triggersLoseNoForm() {
    Map<String, String> now = loaded(Lexicons.triggerRows(),
        t -> t.type() + " " + t.status() + " " + t.countRole());
    Map<String, String> before = baseline("event-triggers.tsv",
        r -> r.field(1) + " " + r.field(2) + " " + r.field(3));
    assertThat(lost(before, now)).isEmpty();
    assertThat(now).containsEntry(N.normalize("هجمات صاروخية"), "ATTACK OCCURRED KILLED")
        .containsEntry(N.normalize("لقيتا حتفهما"), "KILLING OCCURRED KILLED")
        .containsEntry(N.normalize("غارتين جويتين"), "AIR_STRIKE OCCURRED KILLED");
    assertThat(now.size()).isGreaterThan(before.size());
  }

  @Test
  void conflictFramesLoseNoForm() {
    Map<String, String> now = loaded(ConflictFrame.load(), Enum::name);
    Map<String, String> before = baseline("event-frames.tsv", r -> r.field(1));
    assertThat(lost(before, now)).isEmpty();
    assertThat(now).containsEntry(N.normalize("مسلحان"), "CONFLICT_AGENT").containsEntry(N.normalize("جنديين"), "STATE_FORCE");
  }

  @Test
  void consequenceWordsLoseNoForm() {
    Map<String, String> now = loaded(Lexicons.consequenceRows(), Enum::name);
    Map<String, String> before = baseline("consequence-words.tsv", r -> r.field(1));
    assertThat(lost(before, now)).isEmpty();
    assertThat(now).containsEntry(N.normalize("حتفهما"), "KILLED")
        .containsEntry(N.normalize("جريحان"), "INJURED");
  }
}
