package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.BoardState;
import dev.faultline.supervisor.backend.UnitStatus;
import dev.faultline.supervisor.metrics.ProcMemory;
import java.util.ArrayList;
import java.util.List;

/**
 * The pool's units for the shared scoreboard: each slot (its worker, or its starting successor, or
 * nothing: dead), then the spares. Memory is read from /proc here, on the loop, a few small file
 * reads per status request.
 */
final class PoolScoreboard {
  private PoolScoreboard() {}

  static List<UnitStatus> units(WorkerTable table, DeathLedger deaths, long now) {
    List<UnitStatus> units = new ArrayList<>();
    for (Slot s : table.slots()) {
      units.add(slot(s, deaths, now));
    }
    for (Worker w : table.spares()) {
      units.add(unit("spare", w, BoardState.SPARE, 0, null, now));
    }
    return units;
  }

  private static UnitStatus slot(Slot s, DeathLedger deaths, long now) {
    String id = "worker-" + s.id;
    UnitStatus.LastDeath death = deaths.of(s.id);
    int restarts = s.history.restarts();
    if (s.worker == null) {
      Worker next = s.successor;
      return next != null
          ? unit(id, next, BoardState.STARTING, restarts, death, now)
          : new UnitStatus(id, 0, BoardState.DEAD, 0, null, ProcMemory.UNKNOWN, restarts, death);
    }
    return unit(id, s.worker, state(s.worker), restarts, death, now);
  }

  private static UnitStatus unit(
      String id, Worker w, BoardState state, int restarts, UnitStatus.LastDeath death, long now) {
    return new UnitStatus(
        id, w.pid, state, w.served(), current(w, now), ProcMemory.of(w.pid), restarts, death);
  }

  static BoardState state(Worker w) {
    return switch (w.state()) {
      case STARTING -> BoardState.STARTING;
      case DRAINING -> BoardState.DRAINING;
      case DEAD -> BoardState.DEAD;
      case READY ->
          w.kill() != null
              ? BoardState.STOPPING
              : w.inFlight().isEmpty() ? BoardState.IDLE : BoardState.BUSY;
    };
  }

  /** The oldest request in flight on it, if any. */
  private static UnitStatus.CurrentRequest current(Worker w, long now) {
    return w.inFlight().stream()
        .findFirst()
        .map(
            p ->
                new UnitStatus.CurrentRequest(
                    p.job.id(),
                    p.job.origin(),
                    p.dispatchedAtNanos == 0 ? 0 : (now - p.dispatchedAtNanos) / 1_000_000))
        .orElse(null);
  }
}
