package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.death.DeathCause;
import dev.faultline.supervisor.death.Ending;

/**
 * What ended a worker, combining what the JVM left behind (exit status, hs_err, last output: {@link
 * DeathCause}) with what only the master knows: that it killed the worker itself, and why, or that
 * it had retired it. A native crash is reported as such even during a kill.
 *
 * @param ending which way it ended, of those {@link Ending} lists
 * @param cause short: {@code SIGSEGV}, {@code exit code 1}, {@code liveness timeout}
 * @param description one sentence for the crash line
 */
record DeathVerdict(Ending ending, String cause, String description, DeathCause os) {

  static DeathVerdict of(Worker w, DeathCause os, long graceMillis) {
    if (os.kind() == Ending.Died.NATIVE_CRASH) {
      return fromJvm(os);
    }
    if (w.kill() != null) {
      KillOrder k = w.kill();
      return new DeathVerdict(
          k.reason(),
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
          Ending.Retired.RECYCLED,
          "recycled",
          "recycled (" + w.recycling.reason() + "); drained and exited " + os.exitCode(),
          os);
    }
    return fromJvm(os);
  }

  private static DeathVerdict fromJvm(DeathCause os) {
    String description =
        os.kind() == Ending.Died.KILLED_BY_SIGNAL && os.report() == null
            ? os.cause() + " from outside the master (exit " + os.exitCode() + ")"
            : os.describe();
    return new DeathVerdict(os.kind(), os.cause(), description, os);
  }

  /** The signal that ended it, if one did: the real one from hs_err, or the one in the status. */
  String signal() {
    return switch (os.kind()) {
      case NATIVE_CRASH, KILLED_BY_SIGNAL -> os.cause();
      case OUT_OF_MEMORY, EXIT_CODE, STATE_CORRUPTED -> null;
    };
  }

  /** The JSON error code its lost requests get. */
  String errorCode() {
    return ending == Ending.Killed.LIVENESS_TIMEOUT ? "worker_unresponsive" : "worker_crashed";
  }
}
