package dev.faultline.client;

/**
 * When a run started, on the wall clock and on {@link System#nanoTime()}, to place events on its
 * timeline.
 */
record RunClock(long startEpochMs, long startNanos) {
  /**
   * Milliseconds from the start of the run to a {@link System#nanoTime()} reading (negative if
   * before).
   */
  long msSinceStart(long nanoTime) {
    return Math.floorDiv(nanoTime - startNanos, 1_000_000L);
  }
}
