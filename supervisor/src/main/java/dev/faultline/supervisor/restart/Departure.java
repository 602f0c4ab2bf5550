package dev.faultline.supervisor.restart;

/**
 * Where a worker stood when it left the pool, as far as the restart policy cares. Not a cause of
 * death (that is {@link dev.faultline.supervisor.death.Ending}): a worker that segfaults or is
 * killed for its boot timeout before hello is a boot failure either way, and one that crashes while
 * retiring costs no restart.
 */
public enum Departure {
  /** Died before it ever said hello. */
  BOOT_FAILURE,
  /** Died after it was ready, whatever the cause (crash, kill by the master, kill from outside). */
  FAILURE,
  /**
   * Died of something that is no evidence of a crash loop of the code: a signal the master did not
   * send (an operator's kill, the kernel's OOM killer, a SIGSEGV some process sent), a stop from
   * outside, or a request already quarantined as poison. Ready or not, it is no boot failure.
   */
  OUTSIDE,
  /** Retired on purpose (recycling) after its successor took over: nothing to restart. */
  RETIRED,
  /** Stopped because the pool is stopping or halted. */
  STOPPED
}
