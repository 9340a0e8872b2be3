package io.github.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come in input order whatever order the threads finish in; the window is bounded. */
class ParallelInOrderTest {

  @Test
  void resultsKeepInputOrderWhenLaterInputsFinishFirst() {
    List<Integer> out = new ArrayList<>();
    ParallelInOrder.run(IntStream.range(0, 50).iterator(), 4, i -> {
      busy(i % 5 == 0 ? 200_000 : 1_000); // every fifth input is slow
      return i;
    }, out::add);
    assertThat(out).containsExactlyElementsOf(IntStream.range(0, 50).boxed().toList());
  }

  @Test
  void atMostTheWindowIsInFlight() {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger handed = new AtomicInteger();
    int threads = 2;
    List<Integer> inFlight = new ArrayList<>();
    java.util.Iterator<Integer> inputs = new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return read.get() < 100;
      }

      @Override
      public Integer next() {
        inFlight.add(read.incrementAndGet() - handed.get());
        return read.get();
      }
    };
    ParallelInOrder.run(inputs, threads, i -> i, i -> handed.incrementAndGet());
    assertThat(handed.get()).isEqualTo(100);
    assertThat(inFlight).allSatisfy(n ->
        assertThat(n).isLessThanOrEqualTo(threads * ParallelInOrder.WINDOW_PER_THREAD));
  }

  @Test
  void zeroThreadsIsRefused() {
    assertThatThrownBy(() -> ParallelInOrder.run(List.of(1).iterator(), 0, i -> i, i -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long busy(int rounds) {
    long x = 0;
    for (int i = 0; i < rounds; i++) {
      x += Long.rotateLeft(x ^ i, 7);
    }
    return x;
  }
}
