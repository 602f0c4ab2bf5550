package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.death.Ending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a worker on the master's own decision, politely then forcefully: SIGTERM now, SIGKILL after
 * the grace period if it is still there (a stopped or wedged JVM ignores SIGTERM). The order is
 * recorded on the worker, so its death is reported as the master's doing, with the reason, never as
 * a signal from outside.
 */
final class Killer {
  private static final Logger LOG = LoggerFactory.getLogger("pool");
  private final Timers timers;
  private final long graceMillis;

  Killer(Timers timers, long graceMillis) {
    this.timers = timers;
    this.graceMillis = graceMillis;
  }

  void kill(Worker w, Ending.Killed reason, String detail, long nowNanos) {
    if (!w.condemn(new KillOrder(reason, detail, nowNanos))) {
      return;
    }
    LOG.warn(
        "{}: {}; killing it ({}): SIGTERM now, SIGKILL in {} ms if it is still there",
        w.name(),
        detail,
        reason.words(),
        graceMillis);
    w.process.destroy();
    timers.after(nowNanos, graceMillis, "SIGKILL for " + w.name(), () -> escalate(w));
  }

  /** SIGKILL without the grace: for a worker that cannot act on SIGTERM (stopped, state T). */
  void killNow(Worker w, Ending.Killed reason, String detail, long nowNanos) {
    if (!w.condemn(new KillOrder(reason, detail, nowNanos))) {
      return;
    }
    LOG.warn("{}: {}; killing it ({}): SIGKILL now", w.name(), detail, reason.words());
    w.sigkillSent();
    w.process.destroyForcibly();
  }

  /** A worker whose socket closed should exit by itself; if it still runs after the grace, kill. */
  void afterDisconnect(Worker w, long graceMs, long nowNanos) {
    timers.after(
        nowNanos,
        graceMs,
        "the disconnect grace of " + w.name(),
        () -> {
          if (w.state() != Worker.State.DEAD && w.process.isAlive()) {
            kill(
                w,
                Ending.Killed.DISCONNECTED,
                "closed its connection " + graceMs + " ms ago but is still running",
                nowNanos + graceMs * 1_000_000);
          }
        });
  }

  private void escalate(Worker w) {
    if (w.state() != Worker.State.DEAD && w.process.isAlive()) {
      LOG.warn("{} ignored SIGTERM for {} ms; sending SIGKILL", w.name(), graceMillis);
      w.sigkillSent();
      w.process.destroyForcibly();
    }
  }

  long graceMillis() {
    return graceMillis;
  }
}
