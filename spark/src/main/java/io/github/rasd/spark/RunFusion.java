package io.github.rasd.spark;

import io.github.rasd.fusion.Incident;
import io.github.rasd.fusion.IncidentFuser;
import io.github.rasd.fusion.SourceEvent;
import io.github.rasd.json.RasdJson;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Fuses a partition of source events sorted by blocking key and window start, one run at a time
 * (see {@link IncidentFuser#fuseBlock}): a run ends where the key changes or an event starts after
 * every window of the run has ended, and an event that cannot be fused is a run of its own. Lazy:
 * it holds one run of events and the incidents of one run, never the partition.
 */
final class RunFusion implements Iterator<String> {

  private final Iterator<SourceEventLine> lines;
  private final Deque<String> ready = new ArrayDeque<>();
  private final List<SourceEvent> run = new ArrayList<>();
  private String runKey;
  private String runEnd;

  RunFusion(Iterator<SourceEventLine> lines) {
    this.lines = lines;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && (lines.hasNext() || !run.isEmpty())) {
      if (!lines.hasNext()) {
        flush();
        break;
      }
      SourceEventLine l = lines.next();
      if (!l.isFusable()) {
        emit(l.getKey(), List.of(l.event()));
        continue;
      }
      if (!run.isEmpty() && (!l.getKey().equals(runKey) || l.getStart().compareTo(runEnd) > 0)) {
        flush();
      }
      if (run.isEmpty()) {
        runKey = l.getKey();
        runEnd = l.getEnd();
      } else if (l.getEnd().compareTo(runEnd) > 0) {
        runEnd = l.getEnd();
      }
      run.add(l.event());
    }
    return !ready.isEmpty();
  }

  @Override
  public String next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.removeFirst();
  }

  private void flush() {
    emit(runKey, run);
    run.clear();
  }

  private void emit(String key, List<SourceEvent> events) {
    for (Incident i : IncidentFuser.standard().fuseBlock(key, events)) {
      ready.addLast(RasdJson.write(i));
    }
  }
}
