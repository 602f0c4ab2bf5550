package dev.faultline.supervisor.pool;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The longest time the pool's loop spent on one worker's death, from the exit it was handed to the
 * decision applied, in its two steps (the table and the spare; then the verdict, the fates, the
 * plan, the crash files and the report), without the reading of its last output and hs_err, which
 * runs off the loop ({@link ExitReading}): while a step runs, no other event of the pool is
 * handled. Measured on the wall clock, whatever clock the pool runs on. Shown in {@code /status}
 * and printed by the soak. Owned by the loop.
 */
final class DeathSteps {
  private final Map<Long, Long> open = new HashMap<>();
  private long longestNanos;
  private long longestPid;

  /**
   * Runs a step of the death of {@code pid}, adds its time to that death's earlier steps, and keeps
   * the total if it is the longest yet. Its reading, off the loop, is not a step.
   */
  <T> T timed(long pid, Supplier<T> step) {
    long started = System.nanoTime();
    try {
      return step.get();
    } finally {
      long total = open.merge(pid, System.nanoTime() - started, Long::sum);
      if (total > longestNanos) {
        longestNanos = total;
        longestPid = pid;
      }
    }
  }

  void timed(long pid, Runnable step) {
    timed(
        pid,
        () -> {
          step.run();
          return null;
        });
  }

  /** The death of {@code pid} was applied: its steps are all counted. */
  void finished(long pid) {
    open.remove(pid);
  }

  /** In milliseconds, to the microsecond. */
  double longestMillis() {
    return Math.round(longestNanos / 1_000.0) / 1_000.0;
  }

  /** The worker whose death took it; 0 before any death. */
  long longestPid() {
    return longestPid;
  }

  /**
   * {@code the longest a death held the pool loop: 3.211 ms (pid 4711)}, or that no worker died,
   * rather than a maximum of nothing.
   */
  String describe() {
    if (longestPid == 0) {
      return "no worker died: no death held the pool loop";
    }
    return String.format(
        Locale.ROOT,
        "the longest a death held the pool loop: %.3f ms (pid %d)",
        longestMillis(),
        longestPid);
  }
}
