package io.github.rasd.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks on an article text, rendered as nested HTML {@code <span>} elements. Marks may nest
 * (a group inside a claim's content) or cross (a claim ending inside a place name): a mark
 * crossed by the end of an outer one is closed and reopened as a continuation
 * ({@code class="hl-cont"}), so that each mark has exactly one element carrying its
 * {@code data-kind} and its id. The same kind over the same span is one mark, its tips joined.
 */
final class Highlights {

  /** A mark: a kind over {@code [start, end)} of the text. */
  static final class Mark {
    final int start;
    final int end;
    final String kind;
    final String id;
    final List<String> tips = new ArrayList<>();
    final StringBuilder suffix = new StringBuilder();

    Mark(int start, int end, String kind, String id) {
      this.start = start;
      this.end = end;
      this.kind = kind;
      this.id = id;
    }
  }

  /** Kinds that only anchor links (evidence sentences): no colour, no tip. */
  static final String EVIDENCE = "evidence";

  private final String text;
  private final String idPrefix;
  private final Map<String, Mark> byKey = new LinkedHashMap<>();
  private final Map<String, Integer> perKind = new HashMap<>();

  Highlights(String text, String idPrefix) {
    this.text = text;
    this.idPrefix = idPrefix;
  }

  /**
   * The mark of {@code kind} over {@code [start, end)}, made on first use; its element id is
   * {@link Mark#id}. Returns null for an empty span.
   */
  Mark mark(String kind, int start, int end) {
    if (end <= start) {
      return null;
    }
    return byKey.computeIfAbsent(kind + ":" + start + ":" + end, k -> {
      int n = perKind.merge(kind, 1, Integer::sum);
      return new Mark(start, end, kind, idPrefix + kind + "-" + n);
    });
  }

  /** Number of marks of {@code kind}. */
  int count(String kind) {
    return perKind.getOrDefault(kind, 0);
  }

  /** The text as HTML with every mark. */
  String render() {
    List<Mark> marks = new ArrayList<>(byKey.values());
    marks.sort(Comparator.<Mark>comparingInt(m -> m.start).thenComparing(m -> -m.end)
        .thenComparing(m -> EVIDENCE.equals(m.kind) ? 0 : 1));
    StringBuilder out = new StringBuilder(text.length() * 2);
    List<Mark> stack = new ArrayList<>();
    int next = 0;
    int pos = 0;
    while (next < marks.size() || !stack.isEmpty()) {
      int b = Integer.MAX_VALUE;
      for (Mark m : stack) {
        b = Math.min(b, m.end);
      }
      if (next < marks.size()) {
        b = Math.min(b, marks.get(next).start);
      }
      Html.escape(out, text, pos, b);
      pos = b;
      closeEndingAt(b, stack, out);
      while (next < marks.size() && marks.get(next).start == b) {
        Mark m = marks.get(next++);
        open(m, false, out);
        stack.add(m);
      }
    }
    Html.escape(out, text, pos, text.length());
    return out.toString();
  }

  private static void closeEndingAt(int b, List<Mark> stack, StringBuilder out) {
    int lowest = -1;
    for (int i = 0; i < stack.size(); i++) {
      if (stack.get(i).end == b) {
        lowest = i;
        break;
      }
    }
    if (lowest < 0) {
      return;
    }
    List<Mark> reopen = new ArrayList<>();
    for (int i = stack.size() - 1; i >= lowest; i--) {
      Mark m = stack.remove(i);
      out.append("</span>");
      if (m.end == b) {
        out.append(m.suffix);
      } else {
        reopen.add(0, m);
      }
    }
    for (Mark m : reopen) {
      open(m, true, out);
      stack.add(m);
    }
  }

  private static void open(Mark m, boolean continuation, StringBuilder out) {
    if (EVIDENCE.equals(m.kind)) {
      out.append(continuation ? "<span class=\"ev\">" : "<span class=\"ev\" id=\"" + m.id + "\">");
      return;
    }
    if (continuation) {
      out.append("<span class=\"hl-cont k-").append(m.kind).append("\">");
      return;
    }
    out.append("<span class=\"hl k-").append(m.kind).append("\" data-kind=\"").append(m.kind)
        .append("\" id=\"").append(m.id).append("\" tabindex=\"0\" data-tip=\"");
    Html.escapeAttr(out, String.join("\n", m.tips));
    out.append("\">");
  }
}
