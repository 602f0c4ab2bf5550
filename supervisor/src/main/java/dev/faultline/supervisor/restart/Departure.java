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
  /** Retired on purpose (recycling) after its successor took over: nothing to restart. */
  RETIRED,
  /** Stopped because the pool is stopping or halted. */
  STOPPED
}
