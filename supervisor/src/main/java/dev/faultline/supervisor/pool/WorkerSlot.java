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

  long uptimeMillis(long nowNanos) {
    return (nowNanos - spawnedAtNanos) / 1_000_000;
  }
}
