package dev.faultline.supervisor.pool;

/**
 * What killed a worker, in classes a reader (and the retry rules) can act on. A class "implicates"
 * its requests when one of them may have caused the death: those requests are suspects, and a
 * request that is a suspect in two deaths is poison.
 */
enum CauseClass {
  NATIVE_CRASH("native_crash", true),
  EXIT_CODE("exit_code", true),
  OUT_OF_MEMORY("out_of_memory", true),
  /** The master killed it: it stopped sending heartbeats. Whatever it ran may have hung it. */
  LIVENESS_TIMEOUT("liveness_timeout", true),
  /** The master killed it: one request ran past the deadline (that one already got its 504). */
  DEADLINE("deadline", false),
  BOOT_TIMEOUT("boot_timeout", false),
  DISCONNECTED("disconnected", false),
  DRAIN_TIMEOUT("drain_timeout", false),
  SHUTDOWN("shutdown", false),
  /** A signal from outside the master (an operator's kill, the kernel's OOM killer). */
  KILLED_BY_SIGNAL("killed_by_signal", false),
  RECYCLED("recycled", false);

  private final String code;
  private final boolean implicatesRequests;

  CauseClass(String code, boolean implicatesRequests) {
    this.code = code;
    this.implicatesRequests = implicatesRequests;
  }

  String code() {
    return code;
  }

  boolean implicatesRequests() {
    return implicatesRequests;
  }
}
