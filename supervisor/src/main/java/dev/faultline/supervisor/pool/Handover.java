package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.death.Ending;
import dev.faultline.supervisor.launch.StartPhases;
import dev.faultline.supervisor.pool.PoolEvent.Connected;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A slot passing from one worker to the next on purpose: a starting worker says hello and takes its
 * slot (or an empty one); a ready spare, or else a successor started for it, takes the place of a
 * worker due for recycling; the worker replaced retires: it drains, then exits by itself, or is
 * killed if it has not within the request deadline plus the kill grace. Run by the pool's loop.
 */
final class Handover {
  private static final Logger LOG = LoggerFactory.getLogger("pool");
  private final PoolParts parts;
  private final long drainLimitMillis;

  Handover(PoolParts parts, long drainLimitMillis) {
    this.parts = parts;
    this.drainLimitMillis = drainLimitMillis;
  }

  /** A worker said hello: it serves its slot (or an empty one) from now on. */
  void hello(Connected e, CompletableFuture<Void> allReady) {
    Worker w = parts.table.byPid(e.pid());
    if (w == null || w.state() != Worker.State.STARTING || w.kill() != null) {
      e.channel().close(); // a stale or condemned worker
      return;
    }
    long now = parts.clock.nanos();
    w.markReady(e.channel(), now, parts.recycler.requestLimitForNewWorker());
    Slot slot = parts.table.slotOf(w);
    (slot != null ? slot.history : parts.reaper.spareHistory()).booted();
    boolean recycling = slot != null && slot.worker != null;
    slot = slot != null ? takeOver(slot, w, now) : emptySlotFor(w);
    parts.crashLog.ready(
        w,
        recycling ? "recycled" : "restart #" + (slot != null ? slot.history.restarts() : 0),
        (now - w.spawnedAtNanos) / 1_000_000,
        w.replacesDeathNanos() != 0 ? (now - w.replacesDeathNanos()) / 1e6 : -1,
        StartPhases.json(w.spawnedAtNanos, e.start(), now));
    if (!allReady.isDone() && parts.table.slots().stream().noneMatch(Slot::isEmpty)) {
      allReady.complete(null);
    }
  }

  /** A spare that said hello fills the first empty slot, if any; else it stays a spare. */
  private Slot emptySlotFor(Worker spare) {
    Slot slot = parts.table.slots().stream().filter(Slot::isEmpty).findFirst().orElse(null);
    if (slot != null) {
      LOG.info("{} takes empty slot {}", spare.name(), slot.id);
      parts.table.install(slot, spare);
    }
    return slot;
  }

  /** The successor serves the slot now; a worker it replaces on purpose drains and exits. */
  private Slot takeOver(Slot slot, Worker successor, long now) {
    Worker old = slot.worker;
    parts.table.install(slot, successor);
    if (old != null) {
      retire(old, now);
    }
    return slot;
  }

  /** The recycler's round: the slot due first, if any, is recycled. */
  void recycleDue(long now) {
    parts.recycler.due(parts.table.slots(), now).ifPresent(s -> recycle(s, now));
  }

  /** Recycles the slot's worker: a ready spare takes over at once, else a successor starts. */
  void recycle(Slot slot, long now) {
    Worker old = slot.worker;
    Worker spare = parts.table.takeSpare(Worker.State.READY).orElse(null);
    LOG.info(
        "{} is due for recycling: {}; {}",
        old.name(),
        old.recycling.reason(),
        spare != null
            ? "spare (pid " + spare.pid + ") takes its place"
            : "starting its successor first");
    if (spare == null) {
      parts.table.startFor(slot, old.pid, 0);
      return;
    }
    parts.table.install(slot, spare);
    spare.replaces(old.pid, 0);
    retire(old, now);
  }

  private void retire(Worker old, long now) {
    LOG.info(
        "{} retires: it takes no new request, finishes its {} in flight, then exits",
        old.name(),
        old.inFlight().size());
    parts.table.retire(old);
    parts.timers.after(
        now,
        drainLimitMillis,
        "the drain limit of " + old.name(),
        () ->
            parts.killer.kill(
                old,
                Ending.Killed.DRAIN_TIMEOUT,
                "still draining " + drainLimitMillis + " ms after it was retired",
                parts.clock.nanos()));
  }
}
