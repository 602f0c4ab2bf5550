package dev.faultline.chaos;

import java.util.concurrent.locks.Lock;

/**
 * What a fault can reach of the unit serving its request besides the JVM itself: the workload's
 * shared in-memory result cache (implemented by the worker module). In thread mode every request of
 * the server shares it; in process mode every request of one worker JVM does.
 */
public interface UnitState {

  /** The lock every request takes to read or fill the shared cache. */
  Lock cacheLock();

  /**
   * Writes a wrong result into every cached entry the way a stray write would: behind the cache's
   * back, without its bookkeeping. Returns how many entries it damaged.
   */
  int scribbleOverCache();
}
