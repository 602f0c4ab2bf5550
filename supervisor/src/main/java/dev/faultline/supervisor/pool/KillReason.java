package dev.faultline.supervisor.pool;

/**
 * Why the master itself killed a worker. Logged and reported as such: a worker the master killed
 * is never blamed on a signal from outside, on memory or on a crash.
 */
enum KillReason {
  LIVENESS("liveness_timeout", "liveness timeout"),
  DEADLINE("deadline", "request deadline"),
  BOOT_TIMEOUT("boot_timeout", "boot timeout"),
  DISCONNECTED("disconnected", "closed its connection but kept running"),
  DRAIN_TIMEOUT("drain_timeout", "did not finish draining in time"),
  SHUTDOWN("shutdown", "server shutdown");

  private final String code;
  private final String words;

  KillReason(String code, String words) {
    this.code = code;
    this.words = words;
  }

  /** Stable, for the JSON crash report: {@code liveness_timeout}. */
  String code() {
    return code;
  }

  String words() {
    return words;
  }
}
