package dev.faultline.supervisor.pool;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Delayed actions of the pool's loop (a backoff that ran out, a SIGKILL after a grace period), run
 * by the loop itself between events: no other thread ever touches the worker table. Each has a
 * name, so an action that throws is reported as the timer it was.
 */
final class Timers {
  private record Due(long atNanos, long sequence, String what, Runnable action) {}

  private final PriorityQueue<Due> queue =
      new PriorityQueue<>(Comparator.comparingLong(Due::atNanos).thenComparingLong(Due::sequence));
  private long sequence;

  /**
   * @param what names the action in a report if it fails: {@code SIGKILL for worker 2 (pid 4711)}
   */
  void after(long nowNanos, long delayMillis, String what, Runnable action) {
    queue.add(new Due(nowNanos + delayMillis * 1_000_000L, sequence++, what, action));
  }

  /**
   * Runs the due actions in order.
   *
   * @throws TimerFailed naming the action that threw; the later ones stay queued
   */
  void runDue(long nowNanos) {
    while (!queue.isEmpty() && queue.peek().atNanos() <= nowNanos) {
      Due due = queue.poll();
      try {
        due.action().run();
      } catch (RuntimeException e) {
        throw new TimerFailed(due.what(), e);
      }
    }
  }

  /** A timer's action threw: the message names the timer, the cause is what it threw. */
  static final class TimerFailed extends RuntimeException {
    TimerFailed(String what, RuntimeException cause) {
      super("the timer '" + what + "' failed: " + cause, cause);
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
