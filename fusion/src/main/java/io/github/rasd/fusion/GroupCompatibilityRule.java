package io.github.rasd.fusion;

import io.github.rasd.model.Group;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Rule {@code fusion/group-compatibility}: when both reports name known groups, they can be one
 * incident only if a group of one is a group of the other, or its parent or an allegiance:
 * "جماعة نصرة الإسلام والمسلمين" in one outlet and "تنظيم القاعدة" (al-Qaeda, JNIM's allegiance)
 * in another agree; "داعش" and "حركة الشباب" do not. A report without a group, or with groups no
 * knowledge entry resolves, refuses nothing. A shared group scores 2.
 */
final class GroupCompatibilityRule implements PairRule {

  static final String NAME = "fusion/group-compatibility";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int score(SourceEvent a, SourceEvent b) {
    Set<String> ka = known(a);
    Set<String> kb = known(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return 0;
    }
    for (Group g : a.groups()) {
      if (g.canonicalId().isPresent() && related(g, kb)) {
        return 2;
      }
    }
    for (Group g : b.groups()) {
      if (g.canonicalId().isPresent() && related(g, ka)) {
        return 2;
      }
    }
    return INCOMPATIBLE;
  }

  private static Set<String> known(SourceEvent e) {
    Set<String> ids = new HashSet<>();
    for (Group g : e.groups()) {
      g.canonicalId().ifPresent(ids::add);
    }
    return ids;
  }

  /** True when {@code g}, its parent or one of its allegiances is among {@code ids}. */
  private static boolean related(Group g, Set<String> ids) {
    Optional<String> id = g.canonicalId();
    return id.isPresent() && ids.contains(id.get())
        || g.parentCanonicalId().filter(ids::contains).isPresent()
        || g.allegianceCanonicalIds().stream().anyMatch(ids::contains);
  }
}
