package dev.faultline.lab.soak;

import java.time.Duration;

/**
 * One burst beyond the budget: faulted requests every 100 ms for 3 s, then how long the pool took
 * to be back at full strength by itself (null if it was not within the limit).
 */
record Burst(int number, long faultsSent, Duration backAfter) {
  static final Duration FAULT_EVERY = Duration.ofMillis(100);
  static final Duration LENGTH = Duration.ofSeconds(3);
  static final Duration RECOVERY_LIMIT = Duration.ofMinutes(2);

  String describe() {
    return "burst "
        + number
        + ": "
        + faultsSent
        + " faulted requests in "
        + LENGTH.toSeconds()
        + " s, full strength "
        + (backAfter == null
            ? "NOT within " + RECOVERY_LIMIT.toSeconds() + " s"
            : String.format("%.1f s after", backAfter.toMillis() / 1000.0));
  }
}
