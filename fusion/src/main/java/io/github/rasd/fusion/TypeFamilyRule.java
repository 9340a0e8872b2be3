package io.github.rasd.fusion;

import io.github.rasd.model.EventType;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Rule {@code fusion/type-family}: two reports can be one incident only when their types are of
 * one family or of compatible families ({@code type-families.tsv}). "كمين" (an ambush) in one
 * outlet and "هجوم" (an attack) or "مقتل 5 جنود" (5 soldiers killed) in another fuse; an
 * arrest ("القبض على") and an air strike ("غارة جوية") never do. The same type scores 2, the
 * same family 1, compatible families 0.
 */
final class TypeFamilyRule implements PairRule {

  static final String NAME = "fusion/type-family";
  private static final String RESOURCE = "type-families.tsv";

  private final Map<EventType, String> family;
  private final Map<EventType, Integer> specificity;
  private final Set<String> compatible;

  private TypeFamilyRule(Map<EventType, String> family, Map<EventType, Integer> specificity,
      Set<String> compatible) {
    this.family = family;
    this.specificity = specificity;
    this.compatible = compatible;
  }

  /** The bundled table, loaded once. */
  static TypeFamilyRule standard() {
    return Holder.RULE;
  }

  private static final class Holder {
    static final TypeFamilyRule RULE = load();
  }

  private static TypeFamilyRule load() {
    Map<EventType, String> family = new EnumMap<>(EventType.class);
    Map<EventType, Integer> specificity = new EnumMap<>(EventType.class);
    Set<String> compatible = new HashSet<>();
    for (DataLines.Line line : DataLines.read(RESOURCE)) {
      String[] c = line.columns();
      if (c[0].equals("type") && c.length == 4) {
        EventType type;
        try {
          type = EventType.valueOf(c[1]);
          specificity.put(type, Integer.parseInt(c[3]));
        } catch (IllegalArgumentException e) {
          throw line.error("unknown event type or bad specificity: " + String.join(" ", c));
        }
        if (family.put(type, c[2]) != null) {
          throw line.error("type " + type + " is listed twice");
        }
      } else if (c[0].equals("compatible") && c.length == 3) {
        compatible.add(c[1] + "\t" + c[2]);
        compatible.add(c[2] + "\t" + c[1]);
      } else {
        throw line.error("expected 'type TYPE family specificity' or 'compatible family family'");
      }
    }
    for (EventType t : EventType.values()) {
      if (!family.containsKey(t)) {
        throw new IllegalStateException(RESOURCE + ": no family for event type " + t);
      }
    }
    for (String pair : compatible) {
      for (String f : pair.split("\t")) {
        if (!family.containsValue(f)) {
          throw new IllegalStateException(RESOURCE + ": compatible row names unknown family " + f);
        }
      }
    }
    return new TypeFamilyRule(Map.copyOf(family), Map.copyOf(specificity), Set.copyOf(compatible));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int score(SourceEvent a, SourceEvent b) {
    if (a.type() == b.type()) {
      return 2;
    }
    String fa = family.get(a.type());
    String fb = family.get(b.type());
    if (fa.equals(fb)) {
      return 1;
    }
    return compatible.contains(fa + "\t" + fb) ? 0 : INCOMPATIBLE;
  }

  /** How specific {@code type} is; the incident's type is the most specific among tied ones. */
  int specificity(EventType type) {
    return specificity.get(type);
  }
}
