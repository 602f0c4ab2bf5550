package dev.faultline.supervisor.backend;

import dev.faultline.supervisor.metrics.ProcMemory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One pool thread of thread mode as the scoreboard sees it: what it runs now and since when, and
 * how many jobs it answered. Written by its own thread, read by whoever asks for the status; a
 * thread stuck for good in a hung request stays busy here with its running time growing.
 */
final class ThreadUnit {
  final String name;
  private final AtomicLong served = new AtomicLong();
  private volatile Job job;
  private volatile long sinceNanos;

  ThreadUnit(String name) {
    this.name = name;
  }

  void began(Job j) {
    sinceNanos = System.nanoTime();
    job = j;
  }

  void ended(boolean answered) {
    job = null;
    if (answered) {
      served.incrementAndGet();
    }
  }

  long served() {
    return served.get();
  }

  boolean busy() {
    return job != null;
  }

  /** How long the current job has run, 0 when idle. */
  long busyMillis(long nowNanos) {
    return job == null ? 0 : (nowNanos - sinceNanos) / 1_000_000;
  }

  UnitStatus status(long pid, long nowNanos) {
    Job j = job;
    UnitStatus.CurrentRequest current =
        j == null ? null : new UnitStatus.CurrentRequest(j.id(), j.origin(), busyMillis(nowNanos));
    return new UnitStatus(
        name,
        pid,
        j == null ? BoardState.IDLE : BoardState.BUSY,
        served(),
        current,
        ProcMemory.UNKNOWN,
        0,
        null);
  }
}
