package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.death.Ending;

/**
 * The master's decision to kill a worker: why, in a sentence the crash report repeats, and whether
 * SIGTERM was enough or SIGKILL had to follow.
 */
record KillOrder(Ending.Killed reason, String detail, long orderedAtNanos, boolean sigkillSent) {

  KillOrder(Ending.Killed reason, String detail, long orderedAtNanos) {
    this(reason, detail, orderedAtNanos, false);
  }

  KillOrder withSigkillSent() {
    return new KillOrder(reason, detail, orderedAtNanos, true);
  }

  /** {@code SIGTERM} or {@code SIGTERM, then SIGKILL after 2000 ms}. */
  String signals(long graceMillis) {
    if (reason == Ending.Killed.STOPPED) {
      return "SIGKILL at once (a stopped process cannot act on SIGTERM)";
    }
    return sigkillSent ? "SIGTERM, then SIGKILL after " + graceMillis + " ms" : "SIGTERM";
  }
}
