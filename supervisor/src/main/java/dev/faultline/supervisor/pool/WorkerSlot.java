package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.launch.ChildOutput;
import io.netty.channel.Channel;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One place in the pool and the worker JVM currently filling it. Owned by the pool's loop
 * thread: no locks, never touched from elsewhere.
 */
final class WorkerSlot {
  enum State { STARTING, READY, DEAD }

  final int id;
  State state = State.DEAD;
  Process process;
  long pid;
  ChildOutput output;
  Channel channel;
  long spawnedAtNanos;
  /** Wall-clock spawn time, a second early to allow for coarse file timestamps. */
  Instant spawnedAt = Instant.MIN;
  long readyAtNanos;
  long served;
  int restarts;
  long previousPid;
  /** When the worker last went from no job in flight to one (its current job, one job per worker). */
  long busySinceNanos;
  final Map<Long, PendingJob> inFlight = new LinkedHashMap<>();

  WorkerSlot(int id) {
    this.id = id;
  }

  String name() {
    return "worker " + id + " (pid " + pid + ")";
  }

  boolean canTake(int jobsPerWorker) {
    return state == State.READY && inFlight.size() < jobsPerWorker;
  }

  /** How long the worker has had a job in flight without a break; 0 when it has none. */
  long busyMillis(long nowNanos) {
    return inFlight.isEmpty() ? 0 : (nowNanos - busySinceNanos) / 1_000_000;
  }

  long uptimeMillis(long nowNanos) {
    return (nowNanos - spawnedAtNanos) / 1_000_000;
  }
}
