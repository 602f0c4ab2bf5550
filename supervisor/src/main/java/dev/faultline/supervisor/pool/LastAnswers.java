package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.pool.PoolEvent.Exited;
import java.util.HashMap;
import java.util.Map;

/**
 * Holds a worker's exit back until the answers it sent before it died have been read. With
 * pipelining a worker may finish a job, write its answer and die of the next one a moment later;
 * the exit (from the JDK's reaper thread) can reach the loop before that answer (from the IPC event
 * loop), and settling first would blame, and fail, the job that had finished. The connection's
 * close comes after its last answer, so the exit is settled when the connection is gone, or after
 * {@value #MAX_WAIT_MS} ms at the latest. Owned by the loop.
 */
final class LastAnswers {
  static final long MAX_WAIT_MS = 200;

  private final PoolParts parts;
  private final Map<Long, Exited> held = new HashMap<>();

  LastAnswers(PoolParts parts) {
    this.parts = parts;
  }

  void exited(Exited e) {
    Worker w = parts.table.byPid(e.pid());
    if (w == null || !w.isConnected()) {
      settle(e);
      return;
    }
    held.put(e.pid(), e);
    parts.timers.after(
        parts.clock.nanos(),
        MAX_WAIT_MS,
        "the last answers of " + w.name(),
        () -> release(e.pid()));
  }

  /** Its connection closed: every answer it sent has been read. */
  void disconnected(long pid) {
    release(pid);
  }

  private void release(long pid) {
    Exited e = held.remove(pid);
    if (e != null) {
      settle(e);
    }
  }

  /**
   * The death's first half now; its second once its exit is read: at once if the reading is done
   * (as in unit tests), else when the reader posts it back.
   */
  private void settle(Exited e) {
    Reaper.Dying d = parts.deathSteps.timed(e.pid(), () -> parts.reaper.onExit(e));
    if (d == null) {
      parts.deathSteps.finished(e.pid());
    } else if (d.read().isDone()) {
      decide(d);
    } else {
      d.read().whenComplete((read, failure) -> parts.post.accept(new PoolEvent.ExitRead(d)));
    }
  }

  /** The second half of a death whose exit was read. */
  void decide(Reaper.Dying d) {
    long pid = d.worker().pid;
    try {
      parts.deathSteps.timed(pid, () -> parts.reaper.decide(d));
    } finally {
      parts.deathSteps.finished(pid);
    }
  }
}
