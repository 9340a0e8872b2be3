package io.github.rasd.parsers.extract;

import io.github.rasd.model.Count;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.ImmutableCount;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.dates.DateMention;
import io.github.rasd.parsers.text.numbers.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The quantity and date mentions of one article, placed on its tokens, for the extractors that
 * read counts and dates. Built per article, never shared.
 */
final class Layers {

  /** A quantity at tokens {@code [first, end)}. */
  record Q(Quantity quantity, int first, int end) {}

  /** A time expression at tokens {@code [first, end)}. */
  record D(DateMention date, int first, int end) {}

  private final List<Q> quantities;
  /** The numbers that are part of a name ({@link NumbersInNames}), not in {@link #quantities}. */
  private final List<Q> namedNumbers;
  private final List<D> dates;
  private final Set<String> singularNouns;
  /** For each token, the index of the first quantity starting at or after it. */
  private final int[] quantityFrom;
  /** For each token, the index of the first date starting at or after it. */
  private final int[] dateFrom;
  private final boolean[] inDate;

  Layers(Doc doc, List<Quantity> quantities, List<DateMention> dates, Set<String> singularNouns) {
    this.singularNouns = singularNouns;
    List<Q> qs = new ArrayList<>();
    List<Q> named = new ArrayList<>();
    for (Quantity q : quantities) {
      if (q.partOfDate() || q.ordinal() || q.percent()) {
        continue;
      }
      int first = doc.tokenAtOriginal(q.span().start());
      int end = doc.tokenAtOriginal(q.span().end() - 1) + 1;
      if (first < end && end <= doc.tokens.size()) {
        (NumbersInNames.bundled().isName(doc, first, end) ? named : qs).add(new Q(q, first, end)); // "حركة إم 23"
      }
    }
    this.quantities = List.copyOf(qs);
    this.namedNumbers = List.copyOf(named);
    List<D> ds = new ArrayList<>();
    for (DateMention d : dates) {
      int first = doc.tokenAtOriginal(d.span().start());
      int end = doc.tokenAtOriginal(d.span().end() - 1) + 1;
      if (first < end && end <= doc.tokens.size() && !quotedName(doc, first, end)) {
        ds.add(new D(d, first, end));
      }
    }
    this.dates = List.copyOf(ds);
    int n = doc.tokens.size();
    this.quantityFrom = firstFrom(n, this.quantities.stream().mapToInt(Q::first).toArray());
    this.dateFrom = firstFrom(n, this.dates.stream().mapToInt(D::first).toArray());
    this.inDate = new boolean[n];
    for (D d : this.dates) {
      for (int i = d.first(); i < d.end(); i++) {
        inDate[i] = true;
      }
    }
  }

  /**
   * A time word that ends a short quoted name is part of the name, not a date: "«الخليج اليوم»"
   * (Al-Khaleej Today), "لـ\"المصري اليوم\"" (to Al-Masry Al-Youm), a newspaper or a site, not
   * today: one word before it after the opening quote, the closing quote after it.
   */
  private static boolean quotedName(Doc doc, int first, int end) {
    return end - first == 1 && first >= 2 && doc.isQuote(first - 2) && doc.isQuote(end)
        && !doc.isQuote(first - 1);
  }

  /** For each token t, the index of the first start ≥ t in {@code starts} (sorted). */
  private static int[] firstFrom(int tokens, int[] starts) {
    int[] from = new int[tokens + 1];
    int k = starts.length;
    for (int t = tokens; t >= 0; t--) {
      while (k > 0 && starts[k - 1] >= t) {
        k--;
      }
      from[t] = k;
    }
    return from;
  }

  /** The quantities that start in tokens {@code [first, end)}, in text order. */
  List<Q> quantitiesIn(int first, int end) {
    int a = quantityFrom[Math.max(0, Math.min(first, quantityFrom.length - 1))];
    int b = quantityFrom[Math.max(0, Math.min(end, quantityFrom.length - 1))];
    return quantities.subList(a, Math.max(a, b));
  }

  /** The numbers that are part of a name and start in tokens {@code [first, end)} ({@link NumbersInNames}). */
  List<Q> namedNumbersIn(int first, int end) {
    if (namedNumbers.isEmpty()) {
      return List.of(); // most articles: no stream per event count
    }
    return namedNumbers.stream().filter(q -> q.first() >= first && q.first() < end).toList();
  }

  List<Q> quantities() {
    return quantities;
  }

  /** True when token {@code i} is part of a time expression. */
  boolean inDate(int i) {
    return i >= 0 && i < inDate.length && inDate[i];
  }

  /** The time expression of {@code [first, end)} nearest to the trigger, preferring one before it. */
  Optional<DateRange> dateIn(int first, int end, int trigger) {
    D best = null;
    int bestDistance = Integer.MAX_VALUE;
    int a = dateFrom[Math.max(0, Math.min(first, dateFrom.length - 1))];
    int b = dateFrom[Math.max(0, Math.min(end, dateFrom.length - 1))];
    for (D d : dates.subList(a, Math.max(a, b))) {
      if (!d.date().resolved()) {
        continue; // "فجر الأحد" without a publication date: a time word, but no days to carry
      }
      int distance = d.end() <= trigger ? trigger - d.end() : 2 * (d.first() - trigger) + 1;
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best).map(d -> d.date().range());
  }

  /** "قتل إرهابي" (a terrorist was killed): a singular victim noun counts one. */
  Count singularVictim(Doc doc, int from, int to) {
    for (int i = from; i < Math.min(to, doc.tokens.size()); i++) {
      Token t = doc.tokens.get(i);
      if (doc.isPunct(i, ".", "؟", "!", "؛", ":")) {
        return null;
      }
      if (!t.is(Token.Type.ARABIC)) {
        continue;
      }
      String stem = t.segmentations().get(0).stem();
      if (singularNouns.contains(t.text()) || singularNouns.contains(stem)) {
        return ImmutableCount.builder().min(1L).max(1L).text(t.span().text()).span(t.span()).build();
      }
      String x = t.text();
      if (x.endsWith("ي") && singularNouns.contains(x.substring(0, x.length() - 1))) {
        // "عنصري دعم" (two support elements): the dual in construct drops its ن
        return ImmutableCount.builder().min(2L).max(2L).text(t.span().text()).span(t.span()).build();
      }
    }
    return null;
  }
}
