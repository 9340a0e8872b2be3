package io.github.rasd.parsers.extract;

import io.github.rasd.model.PlaceKind;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.GroupEntry;
import io.github.rasd.parsers.knowledge.KnowledgeBase;
import io.github.rasd.parsers.knowledge.KnowledgeEntry;
import io.github.rasd.parsers.knowledge.PlaceEntry;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Segmentation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule {@value #RULE}: a group named with a region resolves to its regional branch in the
 * knowledge base. "داعش في موزمبيق" or "فرع التنظيم في موزمبيق" (the organisation's branch in
 * Mozambique, التنظيم pointing back to داعش named before) is the branch whose parent (or the
 * group it pledged allegiance to, for a group with no branch by parent) is the group named, and whose region is the place after في:
 * either the branch's own name ends with that place ("ولاية غرب أفريقيا", so "تنظيم الدولة في
 * غرب أفريقيا" is the West Africa Province), or the place's country is one of the branch's
 * regions and not one of the parent's own ("فرع القاعدة في اليمن", al-Qaeda's branch in Yemen, is
 * al-Qaeda in the Arabian Peninsula; "حماس في غزة", Hamas in Gaza, stays Hamas). When two
 * branches fit, or the place opens a list of places ("داعش في ليبيا والعراق"), the group stays
 * as named. A noun pointing back ("التنظيم") needs a branch noun (فرع) before it. Its words
 * are in {@code group-branches.tsv}.
 *
 * <p>Immutable and thread-safe.
 */
final class GroupBranches {

  /** The rule's name, written into the provenance of the groups it resolves. */
  static final String RULE = "groups/regional-branch";

  /** Most words of the noun pointing back to the group ("التنظيم الإرهابي"), before في. */
  static final int MAX_ANAPHOR_WORDS = 3;

  private final Set<String> branchNouns = new LinkedHashSet<>();
  private final Set<String> links = new LinkedHashSet<>();
  private final Set<String> openers = new LinkedHashSet<>();
  /** Branches by the id of their parent group. */
  private final Map<String, List<GroupEntry>> branches = new HashMap<>();
  /**
   * Groups by the id of the group they pledged allegiance to, when it is not their parent: the
   * branches of a group without branches of its own ("أنصار الشريعة", AQAP's, pledged to al-Qaeda,
   * is no branch of al-Qaeda beside AQAP).
   */
  private final Map<String, List<GroupEntry>> pledged = new HashMap<>();
  /** The region each branch's own names end with, normalized ("غرب افريقيا"), by branch id. */
  private final Map<String, Set<String>> nameRegions = new HashMap<>();
  private final KnowledgeBase knowledge;
  private final PhraseTable<String> anaphora;

  GroupBranches(KnowledgeBase knowledge, PhraseTable<String> anaphora) {
    this.knowledge = knowledge;
    this.anaphora = anaphora;
    ArabicNormalizer n = ArabicNormalizer.standard();
    for (DataFile.Line r : DataFile.read(GroupBranches.class, "group-branches.tsv")) {
      String word = n.normalize(r.field(1));
      switch (r.field(0)) {
        case "BRANCH" -> branchNouns.add(word);
        case "LINK" -> links.add(word);
        case "OPENER" -> openers.add(word);
        default -> throw r.error("column 1: '" + r.field(0) + "' is not BRANCH, LINK or OPENER");
      }
    }
    for (KnowledgeEntry e : knowledge.entries()) {
      if (!(e instanceof GroupEntry g)) {
        continue;
      }
      g.parent().ifPresent(p -> branches.computeIfAbsent(p, k -> new ArrayList<>()).add(g));
      g.allegiance().filter(a -> !a.equals(g.parent().orElse("")))
          .ifPresent(a -> pledged.computeIfAbsent(a, k -> new ArrayList<>()).add(g));
      Set<String> regions = new LinkedHashSet<>();
      for (String name : g.names()) {
        String[] words = n.normalize(name).strip().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
          if (openers.contains(words[i])) {
            regions.add(String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length)));
            break;
          }
        }
      }
      nameRegions.put(g.id(), Set.copyOf(regions));
    }
  }

  /**
   * The mentions of {@code doc} with each group named with a region replaced by its branch, the
   * mention spanning the branch noun and the group ("فرع التنظيم" in "فرع التنظيم في موزمبيق"),
   * the place left a place; the ids of the
   * branches so found go into {@code resolved}, and the groups named inside them ("داعش" in
   * "فرع داعش في مصر", which names IS too) into {@code named}.
   */
  List<Doc.Mention> apply(Doc doc, Set<String> resolved, List<Doc.Mention> named) {
    List<Doc.Mention> in = doc.mentions();
    List<Doc.Mention> out = new ArrayList<>(in.size());
    for (int k = 0; k < in.size(); k++) {
      Doc.Mention m = in.get(k);
      Optional<Doc.Mention> branch = k + 1 < in.size() ? branchAt(doc, m, in.get(k + 1)) : Optional.empty();
      if (branch.isPresent()) {
        named.add(m); // "فرع داعش في مصر" names IS too
        while (!out.isEmpty() && out.get(out.size() - 1).end() > branch.get().first()) {
          out.remove(out.size() - 1);
        }
        out.add(branch.get());
        resolved.add(branch.get().entry().id());
        continue;
      }
      Optional<Doc.Mention> before = m.kind() != EntryKind.GROUP ? anaphorBranch(doc, m) : Optional.empty();
      if (before.isPresent()) {
        while (!out.isEmpty() && out.get(out.size() - 1).end() > before.get().first()) {
          out.remove(out.size() - 1);
        }
        out.add(before.get());
        resolved.add(before.get().entry().id());
      }
      out.add(m); // the place stays a place: "حي باب طبرق" is where the cell was
    }
    return out;
  }

  /** "داعش في موزمبيق": the named group {@code group} and the place after it. */
  private Optional<Doc.Mention> branchAt(Doc doc, Doc.Mention group, Doc.Mention place) {
    if (!(group.entry() instanceof GroupEntry g) || !isPlace(place) || place.first() != group.end() + 1
        || !isWord(doc, group.end(), links)) {
      return Optional.empty();
    }
    int start = group.first();
    int spanStart = group.span().start();
    if (start > 0 && isWord(doc, start - 1, branchNouns)) {
      start--;
      spanStart = wordStart(doc, start, branchNouns);
    }
    int from = start;
    int at = spanStart;
    return branchOf(g, doc, place).map(b -> mention(doc, from, at, group.end(), b));
  }

  /** "فرع التنظيم في موزمبيق": a branch noun, a noun pointing back, في, then {@code place}. */
  private Optional<Doc.Mention> anaphorBranch(Doc doc, Doc.Mention place) {
    if (!isPlace(place) || place.first() < 3 || !isWord(doc, place.first() - 1, links)) {
      return Optional.empty();
    }
    int linkAt = place.first() - 1;
    for (int j = linkAt - 1; j >= Math.max(1, linkAt - MAX_ANAPHOR_WORDS); j--) {
      Optional<PhraseTable.Hit<String>> hit = anaphora.at(doc, j);
      if (hit.isEmpty() || hit.get().end() != linkAt || !hit.get().value().equals("GROUP")
          || !isWord(doc, j - 1, branchNouns)) {
        continue;
      }
      Optional<Doc.Mention> antecedent = doc.groupAnaphor(j, false);
      if (antecedent.isPresent() && antecedent.get().entry() instanceof GroupEntry g) {
        int start = j - 1;
        // the group named may itself be a branch: "فرع التنظيم" then is a branch of its parent
        Optional<GroupEntry> parent = g.parent().flatMap(knowledge::byId)
            .filter(GroupEntry.class::isInstance).map(GroupEntry.class::cast);
        return branchOf(g, doc, place).or(() -> parent.flatMap(p -> branchOf(p, doc, place)))
            .filter(b -> !b.id().equals(g.id())) // "جناح الحركة في كينيا": the group itself
            .map(b -> mention(doc, start, wordStart(doc, start, branchNouns), linkAt, b));
      }
    }
    return Optional.empty();
  }

  /** The one branch of {@code g} whose region is {@code place}, if one. */
  private Optional<GroupEntry> branchOf(GroupEntry g, Doc doc, Doc.Mention place) {
    List<GroupEntry> children = branches.getOrDefault(g.id(), pledged.getOrDefault(g.id(), List.of()));
    if (children.isEmpty() || listed(doc, place)) {
      return Optional.empty();
    }
    Optional<String> country = place.country().or(() -> place.entry().country());
    if (country.isPresent() && g.regions().contains(country.get())) {
      return Optional.empty(); // "حماس في غزة": a group in its own land is the group
    }
    String words = ArabicNormalizer.standard().normalize(place.span().text()).strip();
    List<GroupEntry> byName = children.stream()
        .filter(c -> nameRegions.getOrDefault(c.id(), Set.of()).contains(words)).toList();
    if (byName.size() == 1) {
      return Optional.of(byName.get(0));
    }
    if (byName.size() > 1 || country.isEmpty()) {
      return Optional.empty();
    }
    List<GroupEntry> byRegion = children.stream().filter(c -> c.regions().contains(country.get())).toList();
    return byRegion.size() == 1 ? Optional.of(byRegion.get(0)) : Optional.empty();
  }

  /** "في ليبيا والعراق": the place opens a list, the group is active in several. */
  private static boolean listed(Doc doc, Doc.Mention place) {
    if (place.end() >= doc.tokens.size()) {
      return false;
    }
    Optional<Doc.Mention> next = doc.mentionAt(place.end());
    return next.isPresent() && isPlace(next.get()) && next.get().first() == place.end()
        && doc.tokens.get(place.end()).text().startsWith("و");
  }

  /**
   * A country, a province or a region can be a branch's land; a town or a quarter is where
   * something happened: "خلية تابعة لداعش في حي باب طبرق" (a cell of IS in a quarter of Derna).
   */
  private static boolean isPlace(Doc.Mention m) {
    return m.kind() == EntryKind.COUNTRY || m.entry() instanceof PlaceEntry p
        && (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.REGION);
  }

  /** The branch's mention over tokens {@code first} to {@code end}, the words before في. */
  private static Doc.Mention mention(Doc doc, int first, int spanStart, int end, GroupEntry b) {
    return new Doc.Mention(first, end, b, Span.of(doc.view.original(), spanStart, doc.tokens.get(end - 1).span().end()),
        Optional.empty());
  }

  /** Whether token {@code i}, without its clitics, is one of {@code words}. */
  private static boolean isWord(Doc doc, int i, Set<String> words) {
    return i >= 0 && i < doc.tokens.size() && segmentOf(doc, i, words) != null;
  }

  /** Where the word of {@code words} at token {@code i} starts, past its clitics. */
  private static int wordStart(Doc doc, int i, Set<String> words) {
    return doc.stemSpan(i, segmentOf(doc, i, words)).start();
  }

  private static Segmentation segmentOf(Doc doc, int i, Set<String> words) {
    for (Segmentation s : doc.tokens.get(i).segmentations()) {
      if (!s.definite() && words.contains(s.stem())) {
        return s;
      }
    }
    return null;
  }
}
