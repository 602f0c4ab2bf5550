package dev.faultline.supervisor.restart;

/** How a worker left the pool, as far as the restart policy cares. */
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
