package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.launch.ChildOutput;
import io.netty.channel.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One worker JVM and everything the master knows about it. Owned by the pool's loop thread: no
 * locks, never touched from elsewhere. A worker fills a slot, waits as a spare, or retires.
 */
final class Worker {
  enum State {
    STARTING,
    READY,
    DRAINING,
    DEAD
  }

  enum Role {
    SLOT,
    SPARE,
    RETIRING
  }

  final Process process;
  final long pid;
  ChildOutput output;
  final long spawnedAtNanos;

  /** Wall-clock spawn time, a second early to allow for coarse file timestamps. */
  final Instant spawnedAt;

  final Map<Long, PendingJob> inFlight = new LinkedHashMap<>();

  /**
   * Requests answered 504 because they ran past the deadline on this worker: the crash report names
   * them.
   */
  final List<Fate> answeredAtDeadline = new ArrayList<>();

  State state = State.STARTING;
  Role role;

  /**
   * The slot it fills or is starting for; 0 while it is a spare. Read by its output pump for the
   * log prefix.
   */
  volatile int slotId;

  Channel channel;
  long readyAtNanos;

  /** When the worker last went from no job in flight to some; meaningful while it has jobs. */
  long busySinceNanos;

  long lastHeartbeatNanos;
  long lastRssCheckNanos;
  long served;

  /**
   * Requests after which recycling retires it (max-requests plus this worker's jitter); 0 = never.
   */
  long requestLimit;

  /**
   * The pid it replaces in its slot, 0 for a first start, and when that one's death was noticed.
   */
  long replacesPid;

  long replacesDeathNanos;

  /** Set while a solo job waits for this worker to become empty. */
  boolean reservedForSolo;

  /** Why it is being recycled, once it is. */
  String recycleReason;

  KillOrder kill;

  Worker(Process process, long spawnedAtNanos, Instant spawnedAt) {
    this.process = process;
    this.pid = process.pid();
    this.spawnedAtNanos = spawnedAtNanos;
    this.spawnedAt = spawnedAt;
  }

  /** {@code worker 3 (pid 4711)}, {@code spare (pid 4712)} */
  String name() {
    return (slotId > 0 ? "worker " + slotId : "spare") + " (pid " + pid + ")";
  }

  /** Ready, in a slot, connected, not being killed or retired: may be sent jobs. */
  boolean isServing() {
    return state == State.READY && role == Role.SLOT && channel != null && kill == null;
  }

  /** Serving, with room in its pipeline, and neither running a solo job nor reserved for one. */
  boolean canTake(int window) {
    return isServing()
        && !reservedForSolo
        && inFlight.size() < window
        && inFlight.values().stream().noneMatch(p -> p.solo);
  }

  /** How long the worker has had jobs in flight without a break; 0 when it has none. */
  long busyMillis(long nowNanos) {
    return inFlight.isEmpty() ? 0 : (nowNanos - busySinceNanos) / 1_000_000;
  }

  long uptimeMillis(long nowNanos) {
    return (nowNanos - spawnedAtNanos) / 1_000_000;
  }

  boolean wasReady() {
    return readyAtNanos != 0;
  }
}
