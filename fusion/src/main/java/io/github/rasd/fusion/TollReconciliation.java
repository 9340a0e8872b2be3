package io.github.rasd.fusion;

import io.github.rasd.model.Claim;
import io.github.rasd.model.Count;
import io.github.rasd.model.TollFigure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule {@code fusion/toll-reconciliation}: one toll across the sources of an incident, as UCDP
 * GED codes low, best and high estimates. Each source gives its figure, or the figures of its
 * own competing sources ({@link io.github.rasd.model.Event#tollFigures()}); the low is the
 * smallest value any figure allows, the high the largest, and the best the figure most sources
 * give, on a tie the lower median of the tied ones. "قتل 12 جنديا" (12 soldiers killed), "مقتل
 * 14 عسكريا" and "14 قتيلا" give 12, 14, 14. A vague figure ("عدد من القتلى", a number of dead)
 * gives no bound and is left out.
 */
final class TollReconciliation {

  private TollReconciliation() {}

  /** The reconciled toll of {@code kind}, empty when no source gives a figure. */
  static Optional<Figures> figures(List<SourceEvent> sources, TollFigure.Kind kind) {
    List<FigureReport> reports = new ArrayList<>();
    List<Long> bests = new ArrayList<>();
    for (SourceEvent s : sources) {
      Optional<Count> single = kind == TollFigure.Kind.KILLED ? s.killed() : s.injured();
      List<FigureReport> own = new ArrayList<>();
      if (single.isPresent()) {
        report(s, single.get(), speaker(s, Optional.empty())).ifPresent(own::add);
      } else {
        for (TollFigure f : s.tollFigures()) {
          if (f.kind() == kind) {
            report(s, f.count(), speaker(s, f.claimId())).ifPresent(own::add);
          }
        }
      }
      if (own.isEmpty()) {
        continue;
      }
      reports.addAll(own);
      if (kind == TollFigure.Kind.KILLED && single.isEmpty() && s.killedRange().isPresent()) {
        bests.add(s.killedRange().get().best());
      } else {
        bests.add(own.get(0).low());
      }
    }
    if (reports.isEmpty()) {
      return Optional.empty();
    }
    long low = reports.stream().mapToLong(FigureReport::low).min().orElseThrow();
    long high = reports.stream().mapToLong(FigureReport::high).max().orElseThrow();
    long best = Math.max(low, Math.min(high, best(bests)));
    return Optional.of(ImmutableFigures.builder().low(low).best(best).high(high)
        .reports(reports).build());
  }

  /** The value most sources give; on a tie, the lower median of the tied values. */
  static long best(List<Long> values) {
    Map<Long, Integer> counts = new HashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    int top = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<Long> tied = new ArrayList<>();
    counts.forEach((v, c) -> {
      if (c == top) {
        tied.add(v);
      }
    });
    tied.sort(null);
    return tied.get((tied.size() - 1) / 2);
  }

  private static Optional<FigureReport> report(SourceEvent s, Count c, Optional<String> speaker) {
    if (c.min().isEmpty()) {
      return Optional.empty();
    }
    long low = c.min().get();
    long high = c.max().orElse(low);
    return Optional.of(ImmutableFigureReport.builder().articleId(s.articleId())
        .eventId(s.eventId()).outlet(s.outlet()).low(low).high(high).text(c.text())
        .speaker(speaker).build());
  }

  /** Who gave a figure: its own claim's speaker, else the speaker of the event's first claim. */
  private static Optional<String> speaker(SourceEvent s, Optional<String> claimId) {
    for (Claim c : s.claims()) {
      if (claimId.isEmpty() || claimId.get().equals(c.id())) {
        return Optional.of(c.speaker().text());
      }
    }
    return Optional.empty();
  }
}
