package dev.faultline.supervisor.pool;

/**
 * Hot spares: keeps {@code target} extra workers started and ready outside the slots, so that a
 * dead worker's slot is filled by a swap instead of a JVM start. After a death the next spare start
 * waits for the restart backoff, so a crash loop cannot turn spares into a fork bomb.
 */
final class Spares {
  private final int target;
  private final WorkerTable table;
  private long notBeforeNanos;

  Spares(int target, WorkerTable table) {
    this.target = target;
    this.table = table;
  }

  void delayNextStart(long nowNanos, long backoffMillis) {
    notBeforeNanos = Math.max(notBeforeNanos, nowNanos + backoffMillis * 1_000_000L);
  }

  /** Starts spares until there are {@code target}, unless a backoff is running. */
  void topUp(long nowNanos) {
    if (nowNanos - notBeforeNanos < 0) {
      return;
    }
    while (table.spareCount() < target) {
      table.startSpare();
    }
  }

  int target() {
    return target;
  }
}
