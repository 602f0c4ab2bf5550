package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.restart.RestartHistory;

/**
 * One place of the pool's capacity (slot 1..N) and the worker filling it. A slot may also have a
 * successor: a worker starting to take over (after a death without a spare, or to recycle the
 * current one without losing capacity). Owned by the pool's loop.
 */
final class Slot {
  final int id;
  final RestartHistory history = new RestartHistory();
  final SlotBreaker breaker;
  Worker worker;
  Worker successor;

  /** A replacement start is scheduled (backoff running): do not schedule another. */
  boolean respawnPending;

  Slot(int id, SlotBreaker breaker) {
    this.id = id;
    this.breaker = breaker;
  }

  boolean isEmpty() {
    return worker == null;
  }

  boolean needsWorker() {
    return worker == null && successor == null && !respawnPending;
  }
}
