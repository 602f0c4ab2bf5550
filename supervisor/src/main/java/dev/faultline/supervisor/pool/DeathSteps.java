package dev.faultline.supervisor.pool;

import java.util.Locale;

/**
 * The longest time the pool's loop spent on one worker's death, from the exit it was handed to the
 * decision applied (reading the last output, hs_err, the crash files, the report): while it runs,
 * no other lifecycle event of the pool is handled. Measured on the wall clock, whatever clock the
 * pool runs on. Shown in {@code /status} and printed by the soak. Owned by the loop.
 */
final class DeathSteps {
  private long longestNanos;
  private long longestPid;

  /** Runs the death of {@code pid} and keeps its time if it is the longest yet. */
  void timed(long pid, Runnable death) {
    long started = System.nanoTime();
    try {
      death.run();
    } finally {
      long took = System.nanoTime() - started;
      if (took > longestNanos) {
        longestNanos = took;
        longestPid = pid;
      }
    }
  }

  /** In milliseconds, to the microsecond. */
  double longestMillis() {
    return Math.round(longestNanos / 1_000.0) / 1_000.0;
  }

  /** The worker whose death took it; 0 before any death. */
  long longestPid() {
    return longestPid;
  }

  /** {@code the longest a death held the pool loop: 3.211 ms (pid 4711)} */
  String describe() {
    return String.format(
        Locale.ROOT,
        "the longest a death held the pool loop: %.3f ms (pid %d)",
        longestMillis(),
        longestPid);
  }
}
