package dev.faultline.supervisor.pool;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Delayed actions of the pool's loop (a backoff that ran out, a SIGKILL after a grace period), run
 * by the loop itself between events: no other thread ever touches the worker table.
 */
final class Timers {
  private record Due(long atNanos, long sequence, Runnable action) {}

  private final PriorityQueue<Due> queue =
      new PriorityQueue<>(Comparator.comparingLong(Due::atNanos).thenComparingLong(Due::sequence));
  private long sequence;

  void after(long nowNanos, long delayMillis, Runnable action) {
    queue.add(new Due(nowNanos + delayMillis * 1_000_000L, sequence++, action));
  }

  void runDue(long nowNanos) {
    while (!queue.isEmpty() && queue.peek().atNanos() <= nowNanos) {
      queue.poll().action().run();
    }
  }

  /** Milliseconds until the next action is due, at most {@code maxMillis}. */
  long millisUntilNext(long nowNanos, long maxMillis) {
    if (queue.isEmpty()) {
      return maxMillis;
    }
    return Math.max(
        0, Math.min(maxMillis, (queue.peek().atNanos() - nowNanos + 999_999) / 1_000_000));
  }

  void clear() {
    queue.clear();
  }
}
