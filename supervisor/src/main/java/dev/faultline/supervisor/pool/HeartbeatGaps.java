package dev.faultline.supervisor.pool;

import dev.faultline.config.Durations;
import java.time.Duration;

/**
 * The longest silence between two heartbeats of any worker that spoke again: the measured headroom
 * of the liveness timeout. A worker stopped for good never speaks again, so it never counts; a
 * worker that was slow (a GC, a starved machine) and then went on does, and a liveness timeout
 * below this would have killed it for nothing. Shown in {@code /status}. Owned by the loop.
 */
final class HeartbeatGaps {
  private long longestMillis;
  private long longestPid;

  /** A worker's heartbeat came {@code gapMillis} after its previous one (or after its hello). */
  void observed(long pid, long gapMillis) {
    if (gapMillis > longestMillis) {
      longestMillis = gapMillis;
      longestPid = pid;
    }
  }

  long longestMillis() {
    return longestMillis;
  }

  /** {@code the longest silence of a worker that spoke again: 531 ms (pid 4711); liveness ...} */
  String describe(Duration liveness) {
    if (longestPid == 0) {
      return "no heartbeat from a ready worker yet; liveness timeout " + Durations.format(liveness);
    }
    return "the longest silence of a worker that spoke again: "
        + longestMillis
        + " ms (pid "
        + longestPid
        + "); liveness timeout "
        + Durations.format(liveness);
  }

  /** The worker that had it; 0 before any heartbeat. */
  long longestPid() {
    return longestPid;
  }
}
