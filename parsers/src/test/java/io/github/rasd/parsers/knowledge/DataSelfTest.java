package io.github.rasd.parsers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The data tests itself: every name and alias of every entry, put in a press-style sentence
 * bare, with و+ب (or و+ب+ال) clitics attached and after a detached لـ before a quote, must be
 * found with that entry among the candidates. Names that genuinely cannot be found are listed
 * with their reason in {@code data-collisions.tsv} (columns: entry id, name, reason).
 */
class DataSelfTest {

  private static final String BEFORE = "وقال مصدر إن الحادث وقع ";
  private static final String AFTER = " صباح أمس";

  @ParameterizedTest(name = "{0}")
  @EnumSource(EntryKind.class)
  void everyNameInASentenceFindsItsEntry(EntryKind kind) throws IOException {
    Gazetteer g = Fixtures.gazetteer();
    Map<String, String> allowed = allowlist();
    Map<String, String> failures = new TreeMap<>();
    int checked = 0;
    for (KnowledgeEntry e : g.knowledgeBase().entries()) {
      if (e.entryKind() != kind) {
        continue;
      }
      for (String name : e.names()) {
        for (String form : forms(name, contextWord(g, e, name))) {
          checked++;
          String text = BEFORE + form + AFTER;
          boolean found = g.find(text).stream().anyMatch(m -> m.candidates().contains(e));
          if (!found && !allowed.containsKey(e.id() + "\t" + name)) {
            failures.put(e.id() + "\t" + name, form);
          }
        }
      }
    }
    assertThat(failures).as("%s names not found (%d forms checked); add to data-collisions.tsv with a reason"
        + " only when the collision is genuine", kind, checked).isEmpty();
  }

  /**
   * For a name of ambiguous.tsv, the first context word its rule asks for (ولاية, مدينة...),
   * else null.
   */
  private static String contextWord(Gazetteer g, KnowledgeEntry e, String name) {
    String key = KnowledgeBase.key(name);
    AmbiguityRule found = null;
    for (AmbiguityRule rule : g.knowledgeBase().ambiguityRules()) {
      String ruleKey = KnowledgeBase.key(rule.name());
      if (!rule.kinds().contains(e.entryKind())) {
        continue;
      }
      if (ruleKey.equals(key)) {
        found = rule;
        break;
      }
      if (found == null && ("ال" + ruleKey).equals(key)) {
        found = rule;
      }
    }
    if (found == null) {
      return null;
    }
    // مدينة (city) when allowed: ولاية X is the name of the governorate itself
    List<String> triggers = found.triggers();
    return triggers.contains("مدينة") ? "مدينة"
        : triggers.stream().filter(t -> !t.equals(AmbiguityRule.PREPOSITION)).findFirst().orElse("في");
  }

  /**
   * The bare name, و+ب+name (the article kept), و+ل+name and لـ"name"; for an ambiguous name,
   * the name after its context word only.
   */
  static List<String> forms(String name, String contextWord) {
    if (contextWord != null) {
      return List.of(contextWord + " " + name);
    }
    List<String> out = new ArrayList<>();
    out.add(name);
    char c = name.charAt(0);
    boolean arabic = c >= '\u0621' && c <= '\u064A';
    if (arabic) {
      out.add("وب" + name);
      out.add(name.startsWith("ال") ? "ول" + name.substring(1) : "ول" + name);
    }
    out.add("لـ\"" + name + "\"");
    return out;
  }

  private static Map<String, String> allowlist() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        DataSelfTest.class.getResourceAsStream("data-collisions.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        assertThat(c).as("data-collisions.tsv: id, name, reason: %s", line).hasSize(3);
        out.put(c[0] + "\t" + c[1], c[2]);
      }
    }
    return out;
  }
}
