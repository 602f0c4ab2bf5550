package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.Scoreboard;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The pool as {@code GET /status} shows it: slots and their workers, spares, budget, quarantine.
 */
final class PoolStatus {
  private PoolStatus() {}

  static JsonObject of(PoolParts parts, String haltReason, long now) {
    JsonArray workers = new JsonArray();
    parts.table.slots().forEach(s -> workers.add(slot(s, now)));
    JsonArray spares = new JsonArray();
    parts
        .table
        .spares()
        .forEach(
            w ->
                spares.add(
                    new JsonObject()
                        .put("pid", w.pid)
                        .put("state", w.state().name().toLowerCase())
                        .put("uptimeMs", w.uptimeMillis(now))));
    return Scoreboard.server("process", parts.recovery.phase().name().toLowerCase())
        .put("units", parts.table.slots().size())
        .put(
            "ready",
            parts.table.slots().stream()
                .filter(s -> s.worker != null && s.worker.isServing())
                .count())
        .put("queued", parts.dispatcher.size())
        .put("workerRestarts", parts.reaper.restarts())
        .put("restartsInPeriod", parts.planner.restartsInPeriod())
        .put("restartBudget", parts.planner.budget())
        .put("halted", haltReason)
        .put("quarantined", parts.quarantine.quarantinedNow())
        .put("longestHeartbeatGapMs", parts.heartbeatGaps.longestMillis())
        .put("longestHeartbeatGapPid", parts.heartbeatGaps.longestPid())
        .put("longestDeathStepMs", parts.deathSteps.longestMillis())
        .put("longestDeathStepPid", parts.deathSteps.longestPid())
        .put(
            "sparesReady",
            parts.table.spares().stream().filter(w -> w.state() == Worker.State.READY).count())
        .put("spares", spares)
        .put("workers", workers)
        .put("scoreboard", Scoreboard.of(PoolScoreboard.units(parts.table, parts.deaths, now)));
  }

  /**
   * Where the pool stands with its budget: {@code phase} (serving, paused, canary, halted), why it
   * paused, and when the next step (the canary's start, the end of its probation) is due.
   */
  static JsonObject recovery(PoolParts parts, String pauseReason, long now) {
    long next = parts.recovery.nextTryNanos();
    return new JsonObject()
        .put("phase", parts.recovery.phase().name().toLowerCase())
        .put("reason", pauseReason)
        .put("pauses", parts.recovery.pauses())
        .put("coolDownMs", parts.recovery.coolDownMillis())
        .put("nextTryAt", next == 0 ? null : parts.clock.instantOf(next).toString())
        .put("nextTryInMs", next == 0 ? null : Math.max(0, (next - now) / 1_000_000))
        .put("outsideDeathsInPeriod", parts.planner.outsideInPeriod());
  }

  private static JsonObject slot(Slot s, long now) {
    Worker w = s.worker;
    JsonObject o =
        new JsonObject()
            .put("id", s.id)
            .put("restarts", s.history.restarts())
            .put("breaker", s.breaker.state());
    if (w == null) {
      return o.put("pid", s.successor != null ? s.successor.pid : 0)
          .put("state", s.successor != null ? "starting" : "dead")
          .put("served", 0)
          .put("inFlight", 0)
          .put("uptimeMs", 0)
          .put("busyMs", 0);
    }
    return o.put("pid", w.pid)
        .put("state", w.state().name().toLowerCase())
        .put("served", w.served())
        .put("inFlight", w.inFlight().size())
        .put("uptimeMs", w.uptimeMillis(now))
        .put("busyMs", w.busyMillis(now));
  }
}
