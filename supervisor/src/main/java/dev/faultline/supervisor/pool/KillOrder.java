package dev.faultline.supervisor.pool;

/**
 * The master's decision to kill a worker: why, in a sentence the crash report repeats, and whether
 * SIGTERM was enough or SIGKILL had to follow.
 */
final class KillOrder {
  final KillReason reason;
  final String detail;
  final long orderedAtNanos;
  boolean sigkillSent;

  KillOrder(KillReason reason, String detail, long orderedAtNanos) {
    this.reason = reason;
    this.detail = detail;
    this.orderedAtNanos = orderedAtNanos;
  }

  /** {@code SIGTERM} or {@code SIGTERM, then SIGKILL after 2000 ms}. */
  String signals(long graceMillis) {
    return sigkillSent ? "SIGTERM, then SIGKILL after " + graceMillis + " ms" : "SIGTERM";
  }
}
