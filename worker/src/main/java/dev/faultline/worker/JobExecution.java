package dev.faultline.worker;

import dev.faultline.chaos.FaultSpec;

/**
 * What a serving unit does with one request, in either mode: inject the requested fault (if any) on
 * this very thread, compute the workload through the unit's shared {@link ResultCache}, and then,
 * whatever happened, check the cache's seal. Thread mode runs it on a pool thread of the server
 * JVM, process mode on the job thread of a worker JVM; the code is the same.
 *
 * <p>What a broken seal leads to is the one thing the modes decide differently, through the {@code
 * onCorruptState} policy they pass in. A worker exits, so its master replaces it with fresh state
 * before it answers anything else (crash-only: the only state known to be good is a new one). A
 * thread-mode server cannot throw away one thread's state without throwing away the whole server
 * and every request in flight, and cannot trust a repair in a heap that a stray writer just wrote
 * to, so it counts the damage and keeps serving.
 */
public final class JobExecution {
  private final ResultCache cache;
  private final Runnable onCorruptState;

  /**
   * @param onCorruptState runs on the job's thread, after the job, when the cache's seal is broken
   */
  public JobExecution(ResultCache cache, Runnable onCorruptState) {
    this.cache = cache;
    this.onCorruptState = onCorruptState;
  }

  /**
   * @param fault a {@link FaultSpec} text, or null/empty for a plain request
   */
  public long execute(long input, int cost, String fault) {
    try {
      if (fault != null && !fault.isEmpty()) {
        FaultSpec.parse(fault).inject(cache);
      }
      return cache.digest(input, cost);
    } finally {
      if (!cache.intact()) {
        onCorruptState.run();
      }
    }
  }
}
