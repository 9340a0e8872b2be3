package io.github.rasd.fusion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Rule {@code fusion/date-overlap}: two reports can be one incident only when the days each
 * allows overlap. An article of 12 March saying "أمس" (yesterday) and one of 11 March saying
 * "فجر اليوم" (at dawn today) both mean the 11th. An undated event may have happened in the
 * {@value #UNDATED_LOOKBACK_DAYS} days before its article was published, or that day. A date
 * wider than {@value #MAX_WINDOW_DAYS} days ("الشهر الماضي", last month) says too little to tell
 * one incident from another, and such an event fuses with nothing. Both on the same single day
 * scores 3, another overlap 1.
 */
final class DateOverlapRule implements PairRule {

  static final String NAME = "fusion/date-overlap";

  /** Days before publication an undated event may have happened: news reports the last days. */
  static final int UNDATED_LOOKBACK_DAYS = 2;

  /** The widest window, in days, that can identify an incident (a week, as "الأسبوع الماضي"). */
  static final int MAX_WINDOW_DAYS = 8;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int score(SourceEvent a, SourceEvent b) {
    if (!fusable(a) || !fusable(b)) {
      return INCOMPATIBLE;
    }
    LocalDate as = a.windowStart().get();
    LocalDate ae = a.windowEnd().get();
    LocalDate bs = b.windowStart().get();
    LocalDate be = b.windowEnd().get();
    if (ae.isBefore(bs) || be.isBefore(as)) {
      return INCOMPATIBLE;
    }
    return as.equals(ae) && as.equals(bs) && bs.equals(be) ? 3 : 1;
  }

  /** True when the event has a window narrow enough to be fused. */
  static boolean fusable(SourceEvent e) {
    return e.windowStart().isPresent()
        && ChronoUnit.DAYS.between(e.windowStart().get(), e.windowEnd().get()) < MAX_WINDOW_DAYS;
  }
}
