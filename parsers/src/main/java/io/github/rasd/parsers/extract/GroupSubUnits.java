package io.github.rasd.parsers.extract;

import io.github.rasd.model.Span;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.GroupEntry;
import io.github.rasd.parsers.knowledge.KnowledgeBase;
import io.github.rasd.parsers.knowledge.KnowledgeEntry;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rule {@value #RULE}: a sub-unit of an armed group written as its head noun and its own name
 * in quotes is the sub-unit the knowledge base knows by the noun and the name together: in
 * "أعلنت غرفة عمليات "الفتح المبين" أنها قصفت" (the "al-Fatah al-Mubin" operations room announced
 * it shelled) the group is the operations room; in "وتبنت قوة "الرضوان" الهجوم" (the "Radwan"
 * force claimed the attack) it is Hezbollah's Radwan Force. The quotes split the name, so the
 * gazetteer, which matches names as written, does not see it. A noun and a quoted name that the
 * knowledge base does not know together ("قوة "الردع"" when no such entry exists) stay as they
 * are: the rule names no group the data does not hold. The head nouns are in {@code
 * sub-unit-nouns.tsv}; at most {@link #MAX_NAME_WORDS} words stand between the quotes.
 *
 * <p>Immutable and thread-safe.
 */
final class GroupSubUnits {

  /** The rule's name, written into the provenance of the groups it names. */
  static final String RULE = "groups/quoted-sub-unit";

  /** Most words of the quoted name. */
  static final int MAX_NAME_WORDS = 4;

  private static final Set<String> OPENING_QUOTES = Set.of("\"", "«", "“");
  private static final Set<String> CLOSING_QUOTES = Set.of("\"", "»", "”");

  /** A head noun: its first word (a set, as {@link Token#analysisIn} reads it) and its words. */
  private record Noun(Set<String> first, List<String> words) {}

  /** The head nouns, longest first. */
  private final List<Noun> nouns;
  /** The first word of every head noun: a token with none of them starts no sub-unit. */
  private final Set<String> firsts;
  private final KnowledgeBase knowledge;

  GroupSubUnits(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    ArabicNormalizer n = ArabicNormalizer.standard();
    List<Noun> read = new ArrayList<>();
    Set<String> first = new HashSet<>();
    for (DataFile.Line r : DataFile.read(GroupSubUnits.class, "sub-unit-nouns.tsv")) {
      List<String> words = List.of(n.normalize(r.field(0).strip()).split(" "));
      read.add(new Noun(Set.of(words.get(0)), words));
      first.add(words.get(0));
    }
    read.sort((a, b) -> b.words().size() - a.words().size()); // "غرفة عمليات" before "غرفة"
    this.nouns = List.copyOf(read);
    this.firsts = Set.copyOf(first);
  }

  /**
   * The mentions of {@code doc} with the quoted sub-units added; the ids of the groups added go
   * into {@code named}.
   */
  List<Doc.Mention> apply(Doc doc, Set<String> named) {
    List<Doc.Mention> added = new ArrayList<>();
    for (int i = 0; i < doc.tokens.size(); i++) {
      if (doc.mentionOfKind(i, EntryKind.GROUP)) {
        continue; // a title may stand on the noun ("لواء", also a rank); a group's name stays
      }
      Optional<Doc.Mention> m = at(doc, i);
      if (m.isPresent()) {
        added.add(m.get());
        named.add(m.get().entry().id());
        i = m.get().end() - 1;
      }
    }
    if (added.isEmpty()) {
      return doc.mentions();
    }
    List<Doc.Mention> out = new ArrayList<>(doc.mentions());
    Set<Integer> taken = new HashSet<>();
    for (Doc.Mention a : added) {
      for (int k = a.first(); k < a.end(); k++) {
        taken.add(k);
      }
    }
    out.removeIf(x -> !added.contains(x) && (taken.contains(x.first()) || taken.contains(x.end() - 1)));
    out.addAll(added);
    out.sort((a, b) -> Integer.compare(a.first(), b.first()));
    return out;
  }

  /** The sub-unit whose head noun starts at token {@code i}, if its quoted name follows. */
  private Optional<Doc.Mention> at(Doc doc, int i) {
    if (doc.tokens.get(i).analysisIn(firsts) == null) {
      return Optional.empty();
    }
    for (Noun head : nouns) {
      List<String> noun = head.words();
      int q = i + noun.size();
      if (q + 2 >= doc.tokens.size() || !headAt(doc, i, head) || !isPunct(doc, q, OPENING_QUOTES)) {
        continue;
      }
      StringBuilder name = new StringBuilder(String.join(" ", noun));
      for (int k = q + 1; k <= q + 1 + MAX_NAME_WORDS && k < doc.tokens.size(); k++) {
        if (isPunct(doc, k, CLOSING_QUOTES)) {
          if (k == q + 1) {
            break;
          }
          Optional<GroupEntry> g = group(name.toString());
          if (g.isEmpty()) {
            break;
          }
          Span span = Span.of(doc.view.original(), doc.tokens.get(i).span().start(), doc.tokens.get(k).span().end());
          return Optional.of(new Doc.Mention(i, k + 1, g.get(), span, Optional.empty()));
        }
        Token t = doc.tokens.get(k);
        if (t.type() == Token.Type.PUNCTUATION) {
          break;
        }
        name.append(' ').append(t.text());
      }
    }
    return Optional.empty();
  }

  private Optional<GroupEntry> group(String name) {
    for (KnowledgeEntry e : knowledge.lookup(name)) {
      if (e instanceof GroupEntry g) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** The head noun's words at {@code i}, the first with its clitics ("وقوة"). */
  private static boolean headAt(Doc doc, int i, Noun head) {
    List<String> noun = head.words();
    if (doc.tokens.get(i).analysisIn(head.first()) == null) {
      return false;
    }
    for (int k = 1; k < noun.size(); k++) {
      if (!ArabicNormalizer.standard().normalize(doc.tokens.get(i + k).text()).equals(noun.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPunct(Doc doc, int i, Set<String> marks) {
    Token t = doc.tokens.get(i);
    return t.type() == Token.Type.PUNCTUATION && marks.contains(t.text());
  }
}
