package dev.faultline.supervisor.pool;

/**
 * Hot spares: keeps {@code target} extra workers started and ready outside the slots, so that a
 * dead worker's slot is filled by a swap instead of a JVM start. After a death the next spare start
 * waits for the restart backoff, so a crash loop cannot turn spares into a fork bomb, and for a
 * place to boot.
 */
final class Spares {
  private final int target;
  private final WorkerTable table;
  private final BootQueue boots;
  private long notBeforeNanos;

  Spares(int target, WorkerTable table, BootQueue boots) {
    this.target = target;
    this.table = table;
    this.boots = boots;
  }

  void delayNextStart(long nowNanos, long backoffMillis) {
    notBeforeNanos = Math.max(notBeforeNanos, nowNanos + backoffMillis * 1_000_000L);
  }

  /**
   * Starts spares until there are {@code target}, unless a backoff is running; slots first: only
   * while no replacement waits for a place to boot ({@link BootQueue}).
   */
  void topUp(long nowNanos) {
    if (nowNanos - notBeforeNanos < 0) {
      return;
    }
    while (table.spareCount() < target && boots.mayStartSpare()) {
      table.startSpare();
    }
  }

  int target() {
    return target;
  }
}
