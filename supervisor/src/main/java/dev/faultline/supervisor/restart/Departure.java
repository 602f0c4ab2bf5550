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
  /**
   * Died after it was ready with no request to blame (idle, or of something no request explains):
   * what a crash loop of the code looks like, so it spends the budget and grows the slot's backoff.
   */
  FAILURE,
  /**
   * Died after it was ready of a cause that implicates requests (a crash, an OOM, an exit, a
   * deadline) while running one: the request is the suspect (the quarantine's business), the slot
   * booted and served. It spends the budget (a request that kills every worker still pauses the
   * pool) but is replaced at once, without growing the slot's backoff.
   */
  REQUEST_SUSPECTED,
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
