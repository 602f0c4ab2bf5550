package dev.faultline.supervisor.pool;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntSupplier;

/**
 * Replacement starts that wait for a place to boot: at most {@link #MAX_AT_ONCE} workers boot at
 * once. Deaths from outside are replaced at once and never pause the pool, so under a storm of
 * kills nothing else bounds how many JVMs start together; past what the machine boots beside the
 * workers that serve, every start slows every other one and the survivors' answers with them. A
 * start that finds no place waits here, oldest first, and goes as soon as a boot ends (hello, or
 * death); spares start only when nothing waits. Owned by the pool's loop.
 */
final class BootQueue {
  /**
   * Measured with {@code bench/boots.sh} (K slot workers killed at once every 4 s, 4 workers, no
   * spare, 100 req/s of cost 2) on the 2-vCPU VM, JDK 17, commit 22fd948, 2026-12-08: K=1 boots in
   * 287 ms (3.5 a second), survivors' p99 7.9 ms; K=2 in 475 ms (4.2 a second), p99 11.9 ms; K=3 in
   * 787 ms (3.8 a second), p99 22.1 ms. Two start the most workers per second; a third slows every
   * boot and doubles the survivors' p99 (docs/soak.md, "How many workers boot at once").
   */
  static final int MAX_AT_ONCE = 2;

  private final IntSupplier booting;
  private final Deque<Runnable> waiting = new ArrayDeque<>();

  /**
   * @param booting how many workers are booting now (started, no hello yet, not condemned)
   */
  BootQueue(IntSupplier booting) {
    this.booting = booting;
  }

  /** Runs {@code start} now if a place is free, else once one is, after those already waiting. */
  void start(Runnable start) {
    waiting.addLast(start);
    startWhileRoom();
  }

  /** Each turn of the loop: the waiting starts, while places are free. */
  void startWhileRoom() {
    while (!waiting.isEmpty() && hasRoom()) {
      waiting.removeFirst().run();
    }
  }

  /** A spare may start: nothing waits and a place is free. */
  boolean mayStartSpare() {
    return waiting.isEmpty() && hasRoom();
  }

  private boolean hasRoom() {
    return booting.getAsInt() < MAX_AT_ONCE;
  }

  int waiting() {
    return waiting.size();
  }

  /** The pool pauses or halts: nothing that waited starts. */
  void clear() {
    waiting.clear();
  }
}
