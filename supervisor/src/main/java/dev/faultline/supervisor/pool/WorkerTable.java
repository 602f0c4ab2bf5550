package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.pool.PoolEvent.Exited;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The worker table: slots 1..N, the spares, and every live worker by pid, with the moves between
 * them (start, take over a slot, retire). Owned by the pool's loop thread: plain maps, no locks.
 */
final class WorkerTable {
  private final WorkerLauncher launcher;
  private final Consumer<PoolEvent> post;
  private final PoolClock clock;
  private final Map<Integer, Slot> slots = new TreeMap<>();
  private final Map<Long, Worker> byPid = new HashMap<>();
  private final Deque<Worker> spares = new ArrayDeque<>();

  WorkerTable(WorkerLauncher launcher, Consumer<PoolEvent> post, PoolClock clock) {
    this.launcher = launcher;
    this.post = post;
    this.clock = clock;
  }

  void addSlot(Slot slot) {
    slots.put(slot.id, slot);
  }

  Collection<Slot> slots() {
    return slots.values();
  }

  Collection<Worker> workers() {
    return List.copyOf(byPid.values());
  }

  Worker byPid(long pid) {
    return byPid.get(pid);
  }

  /** The slot this worker serves or is starting for; null for a spare or a retiring worker. */
  Slot slotOf(Worker w) {
    return w.role() == Worker.Role.SLOT ? slots.get(w.slotId()) : null;
  }

  /** Starts a worker that takes over {@code slot} once it says hello. */
  Worker startFor(Slot slot, long replacesPid, long replacesDeathNanos) {
    Worker w = start(slot.id, Worker.Role.SLOT);
    w.replaces(replacesPid, replacesDeathNanos);
    slot.successor = w;
    return w;
  }

  Worker startSpare() {
    Worker w = start(0, Worker.Role.SPARE);
    spares.addLast(w);
    return w;
  }

  private Worker start(int slotId, Worker.Role role) {
    Worker w = launcher.launch(slotId, role);
    byPid.put(w.pid, w);
    w.process
        .onExit()
        .thenAccept(p -> post.accept(new Exited(w.pid, p.exitValue(), clock.nanos())));
    return w;
  }

  /** Workers started that have not said hello yet, except those already being killed. */
  int booting() {
    return (int)
        byPid.values().stream()
            .filter(w -> w.state() == Worker.State.STARTING && w.kill() == null)
            .count();
  }

  int spareCount() {
    return spares.size();
  }

  Collection<Worker> spares() {
    return List.copyOf(spares);
  }

  Optional<Worker> takeSpare(Worker.State state) {
    Optional<Worker> spare =
        spares.stream().filter(w -> w.state() == state && w.kill() == null).findFirst();
    spare.ifPresent(spares::remove);
    return spare;
  }

  /** {@code w} now serves {@code slot}; a worker that was starting for it becomes a spare. */
  void install(Slot slot, Worker w) {
    if (slot.successor != null && slot.successor != w) {
      Worker starting = slot.successor;
      w.inheritsReplacementOf(starting);
      starting.becomeSpare();
      spares.addLast(starting);
    }
    spares.remove(w);
    w.fillSlot(slot.id);
    slot.worker = w;
    slot.successor = null;
  }

  /** A spare still starting will take over {@code slot} when it says hello. */
  void adopt(Slot slot, Worker startingSpare) {
    startingSpare.fillSlot(slot.id);
    slot.successor = startingSpare;
  }

  /** Takes {@code w} out of service: it finishes what it has, then exits by itself. */
  void retire(Worker w) {
    w.retire();
  }

  /** The worker is dead: out of every list. */
  void forget(Worker w) {
    byPid.remove(w.pid);
    spares.remove(w);
    Slot s = slots.get(w.slotId());
    if (s != null && s.worker == w) {
      s.worker = null;
    }
    if (s != null && s.successor == w) {
      s.successor = null;
    }
  }
}
