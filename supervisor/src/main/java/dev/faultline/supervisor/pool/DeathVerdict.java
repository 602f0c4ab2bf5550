package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.death.DeathCause;

/**
 * What killed a worker, combining what the JVM left behind (exit status, hs_err, last output:
 * {@link DeathCause}) with what only the master knows: that it killed the worker itself, and why,
 * or that it had retired it. A native crash is reported as such even during a kill.
 *
 * @param cause short: {@code SIGSEGV}, {@code exit code 1}, {@code liveness timeout}
 * @param description one sentence for the crash line
 */
record DeathVerdict(CauseClass causeClass, String cause, String description, DeathCause os) {

  static DeathVerdict of(Worker w, DeathCause os, long graceMillis) {
    if (os.kind() == DeathCause.Kind.NATIVE_CRASH) {
      return new DeathVerdict(CauseClass.NATIVE_CRASH, os.cause(), os.describe(), os);
    }
    if (w.kill() != null) {
      KillOrder k = w.kill();
      return new DeathVerdict(
          k.reason().causeClass(),
          k.reason().words(),
          "killed by the master ("
              + k.reason().words()
              + "): "
              + k.detail()
              + "; "
              + k.signals(graceMillis)
              + ", exit "
              + os.exitCode(),
          os);
    }
    if (w.role() == Worker.Role.RETIRING) {
      return new DeathVerdict(
          CauseClass.RECYCLED,
          "recycled",
          "recycled (" + w.recycleReason() + "); drained and exited " + os.exitCode(),
          os);
    }
    return switch (os.kind()) {
      case SIGNAL ->
          new DeathVerdict(
              CauseClass.KILLED_BY_SIGNAL,
              os.cause(),
              os.cause() + " from outside the master (exit " + os.exitCode() + ")",
              os);
      case OUT_OF_MEMORY ->
          new DeathVerdict(CauseClass.OUT_OF_MEMORY, os.cause(), os.describe(), os);
      case EXIT, NATIVE_CRASH, STATE_CORRUPTED ->
          new DeathVerdict(CauseClass.EXIT_CODE, os.cause(), os.describe(), os);
    };
  }

  /** The signal that ended it, if one did: the real one from hs_err, or the one in the status. */
  String signal() {
    return switch (os.kind()) {
      case NATIVE_CRASH, SIGNAL -> os.cause();
      case OUT_OF_MEMORY, EXIT, STATE_CORRUPTED -> null;
    };
  }

  /** The JSON error code its lost requests get. */
  String errorCode() {
    return causeClass == CauseClass.LIVENESS_TIMEOUT ? "worker_unresponsive" : "worker_crashed";
  }
}
