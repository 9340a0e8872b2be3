package io.github.rasd.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps inputs to results on a fixed number of threads and hands the results to a sink in input
 * order, on the calling thread. At most {@link #WINDOW_PER_THREAD} inputs per thread are in
 * flight, so memory is bounded by the window, not by the number of inputs. The function must
 * not throw: it turns every failure into a result.
 */
final class ParallelInOrder {

  /** Inputs in flight per thread: enough to keep threads busy while the head one finishes. */
  static final int WINDOW_PER_THREAD = 4;

  /**
   * Stack of a worker thread, the same as the {@code -Xss8m} the {@code rasd} script gives the
   * main thread: deeply nested text must fail or pass alike on every thread.
   */
  static final long WORKER_STACK_BYTES = 8L * 1024 * 1024;

  private ParallelInOrder() {}

  /** Runs {@code work} over every input on {@code threads} threads, results in input order. */
  static <I, O> void run(Iterator<I> inputs, int threads, Function<I, O> work, Consumer<O> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
    try {
      ArrayDeque<Future<O>> window = new ArrayDeque<>();
      int limit = threads * WINDOW_PER_THREAD;
      while (inputs.hasNext()) {
        I input = inputs.next();
        window.add(pool.submit(() -> work.apply(input)));
        if (window.size() >= limit) {
          sink.accept(await(window.poll()));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(await(window.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O await(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // the work turns failures into results; what arrives here is a VM error: let it out
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(null, task, "rasd-worker-" + count.incrementAndGet(), WORKER_STACK_BYTES);
      t.setDaemon(true);
      return t;
    };
  }
}
