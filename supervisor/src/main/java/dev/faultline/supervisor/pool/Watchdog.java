package dev.faultline.supervisor.pool;

import dev.faultline.config.Durations;
import dev.faultline.config.WorkerTimeouts;
import dev.faultline.supervisor.death.Ending;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The pool's two named timeouts, checked on every turn of the loop, and kept apart:
 *
 * <ul>
 *   <li>liveness: a worker that sent no heartbeat for the liveness timeout is killed, whatever it
 *       was doing (its event loop spins, it was stopped, it thrashes in GC);
 *   <li>request deadline: a request that has run on a worker for longer than the deadline is
 *       answered 504 at once, and its worker (which may be stuck in it for good) is killed.
 * </ul>
 *
 * A worker that never says hello within the boot timeout is killed too. Each kill says which
 * timeout it was. A stop needs no long wait to be sure of: once a worker has been silent for
 * {@value #STALL_HEARTBEATS} heartbeat intervals (or has not said hello that long after its start)
 * its {@code /proc} state is read, at most once per interval; stopped ({@code T}: someone sent it
 * SIGSTOP) gets SIGKILL at once, and its requests, not suspects of a stall that is the JVM's, are
 * retried on another worker right away instead of after its death. The liveness timeout stays for
 * the stalls that may end by themselves (a long GC, a starved machine), where a kill is a guess.
 */
final class Watchdog {
  /** Heartbeat intervals of silence after which a worker's state is read. */
  static final int STALL_HEARTBEATS = 3;

  private final WorkerTimeouts timeouts;
  private final Killer killer;
  private final Quarantine quarantine;
  private final Triage triage;
  private final LongPredicate stopped;
  private boolean probed;
  private long probedAtNanos;

  Watchdog(
      WorkerTimeouts timeouts,
      Killer killer,
      Quarantine quarantine,
      Triage triage,
      LongPredicate stopped) {
    this.timeouts = timeouts;
    this.killer = killer;
    this.quarantine = quarantine;
    this.triage = triage;
    this.stopped = stopped;
  }

  void check(Collection<Worker> workers, long nowNanos) {
    boolean probe = !probed || nowNanos - probedAtNanos >= timeouts.heartbeatInterval().toNanos();
    if (probe) {
      probed = true;
      probedAtNanos = nowNanos;
    }
    for (Worker w : List.copyOf(workers)) {
      if (w.kill() == null && w.state() != Worker.State.DEAD) {
        check(w, nowNanos, probe);
      }
    }
  }

  private void check(Worker w, long now, boolean probe) {
    long stall = timeouts.heartbeatInterval().toMillis() * STALL_HEARTBEATS;
    if (w.state() == Worker.State.STARTING) {
      long waited = millis(now - w.spawnedAtNanos);
      if (waited > stall && probe && stopped.test(w.pid)) {
        killer.killNow(
            w,
            Ending.Killed.STOPPED,
            "no hello " + waited + " ms after it was started, and its state is T (stopped)",
            now);
      } else if (waited > timeouts.boot().toMillis()) {
        killer.kill(
            w,
            Ending.Killed.BOOT_TIMEOUT,
            "no hello "
                + waited
                + " ms after it was started (boot timeout "
                + Durations.format(timeouts.boot())
                + ")",
            now);
      }
      return;
    }
    long silent = millis(now - w.lastHeartbeatNanos());
    boolean pastLiveness = silent > timeouts.liveness().toMillis();
    if (silent > stall && (probe || pastLiveness) && stopped.test(w.pid)) {
      int retried = triage.rescue(w);
      killer.killNow(
          w,
          Ending.Killed.STOPPED,
          "no heartbeat for "
              + silent
              + " ms and its state is T (stopped); "
              + retried
              + " of its requests retried on another worker",
          now);
      return;
    }
    if (pastLiveness) {
      killer.kill(
          w,
          Ending.Killed.LIVENESS_TIMEOUT,
          "no heartbeat for "
              + silent
              + " ms (liveness timeout "
              + Durations.format(timeouts.liveness())
              + ")",
          now);
      return;
    }
    overdue(w, now).ifPresent(p -> pastDeadline(w, p, now));
  }

  private Optional<PendingJob> overdue(Worker w, long now) {
    long limit = timeouts.requestDeadline().toNanos();
    return w.inFlight().stream().filter(p -> now - p.dispatchedAtNanos > limit).findFirst();
  }

  private void pastDeadline(Worker w, PendingJob p, long now) {
    long ran = millis(now - p.dispatchedAtNanos);
    w.answeredPastDeadline(p);
    quarantine.implicate(p.fingerprint(), w.pid);
    p.reply.completeExceptionally(Failures.deadline(w, timeouts.requestDeadline(), ran));
    killer.kill(
        w,
        Ending.Killed.DEADLINE,
        p.job.describe()
            + " ran "
            + ran
            + " ms, past the request deadline of "
            + Durations.format(timeouts.requestDeadline())
            + "; answered 504",
        now);
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }
}
