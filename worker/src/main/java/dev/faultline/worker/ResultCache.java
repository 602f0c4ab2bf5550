package dev.faultline.worker;

import dev.faultline.chaos.UnitState;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The workload's shared in-memory cache of results: one per JVM, shared by every job thread of it
 * (every request of a thread-mode server, every request of one worker). Direct-mapped, {@value
 * #SLOTS} slots keyed by {@code (input, cost)}, guarded by one lock; the workload runs outside the
 * lock. The hazard is the point: a wrong entry is served to everyone who asks.
 *
 * <p>It keeps a seal, the XOR of a hash of every entry, updated by its own writes. A write that
 * bypasses them (a stray write, a race; the {@code corrupt} fault) breaks the seal, and {@link
 * #intact()} says so. A bug that stores a wrong value through {@code digest} itself would not: the
 * seal guards the cache's integrity, not the workload's correctness.
 */
public final class ResultCache implements UnitState {
  static final int SLOTS = 1024;

  private final ReentrantLock lock = new ReentrantLock();
  private final long[] inputs = new long[SLOTS];
  private final int[] costs = new int[SLOTS];
  private final long[] digests = new long[SLOTS];
  private final boolean[] filled = new boolean[SLOTS];
  private long seal;

  /** The workload's answer, from the cache when it holds one for these arguments. */
  public long digest(long input, int cost) {
    int slot = slotFor(input, cost);
    lock.lock();
    try {
      if (filled[slot] && inputs[slot] == input && costs[slot] == cost) {
        return digests[slot];
      }
    } finally {
      lock.unlock();
    }
    long digest = Workload.digest(input, cost);
    lock.lock();
    try {
      put(slot, input, cost, digest);
    } finally {
      lock.unlock();
    }
    return digest;
  }

  /** True when every entry is as the cache itself wrote it. Reads all {@value #SLOTS} slots. */
  public boolean intact() {
    lock.lock();
    try {
      long s = 0;
      for (int i = 0; i < SLOTS; i++) {
        s ^= filled[i] ? hash(i) : 0;
      }
      return s == seal;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Lock cacheLock() {
    return lock;
  }

  @Override
  public int scribbleOverCache() {
    lock.lock();
    try {
      int damaged = 0;
      for (int i = 0; i < SLOTS; i++) {
        if (filled[i]) {
          digests[i] ^= 0xBADL; // behind put's back: the seal is not updated
          damaged++;
        }
      }
      return damaged;
    } finally {
      lock.unlock();
    }
  }

  private void put(int slot, long input, int cost, long digest) {
    if (filled[slot]) {
      seal ^= hash(slot);
    }
    inputs[slot] = input;
    costs[slot] = cost;
    digests[slot] = digest;
    filled[slot] = true;
    seal ^= hash(slot);
  }

  private long hash(int slot) {
    return mix(mix(inputs[slot] + costs[slot]) ^ digests[slot]);
  }

  /**
   * The slot that holds {@code (input, cost)}: public so that a load client can pick inputs that
   * evict each other, and so measure the workload rather than this cache.
   */
  public static int slotFor(long input, int cost) {
    return (int) (mix(input * 31 + cost) & (SLOTS - 1));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
