package dev.faultline.chaos;

import dev.faultline.config.ExitCodes;

/**
 * Writes a wrong result into every entry of the workload's shared cache, behind the cache's back,
 * as a stray write or a race would; later requests for those inputs are answered from the cache,
 * silently wrong (the client's digest check is what catches them).
 *
 * <p>A thread cannot contain it: the cache is shared by every request of the JVM, and nothing tells
 * a damaged entry from a good one at the moment it is read. Both modes check the cache's seal after
 * every job (see the worker module's {@code JobExecution}), and differ only in what they may do
 * about a broken one: a worker exits and is replaced with fresh state (crash-only), before it
 * answers anything else; a thread-mode server cannot discard one thread's state without discarding
 * every request in flight, so it logs, counts and keeps serving.
 */
final class CacheCorruption implements Fault {

  @Override
  public String name() {
    return "corrupt";
  }

  @Override
  public String summary() {
    return "writes wrong results into the shared result cache: later answers are silently wrong";
  }

  @Override
  public String threadMode() {
    return "later answers are silently wrong";
  }

  @Override
  public String processMode() {
    return "the worker notices after the job and exits ("
        + ExitCodes.STATE_CORRUPTED
        + ") before answering anything else";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    unit.scribbleOverCache();
  }
}
