package dev.faultline.supervisor.pool;

/**
 * Why the master itself killed a worker. Logged and reported as such: a worker the master killed is
 * never blamed on a signal from outside, on memory or on a crash.
 */
enum KillReason {
  LIVENESS(CauseClass.LIVENESS_TIMEOUT, "liveness timeout"),
  DEADLINE(CauseClass.DEADLINE, "request deadline"),
  BOOT_TIMEOUT(CauseClass.BOOT_TIMEOUT, "boot timeout"),
  DISCONNECTED(CauseClass.DISCONNECTED, "closed its connection but kept running"),
  DRAIN_TIMEOUT(CauseClass.DRAIN_TIMEOUT, "did not finish draining in time"),
  SHUTDOWN(CauseClass.SHUTDOWN, "server shutdown");

  private final CauseClass causeClass;
  private final String words;

  KillReason(CauseClass causeClass, String words) {
    this.causeClass = causeClass;
    this.words = words;
  }

  /** How the death is classed in the crash report; its code is the stable JSON name. */
  CauseClass causeClass() {
    return causeClass;
  }

  String words() {
    return words;
  }
}
