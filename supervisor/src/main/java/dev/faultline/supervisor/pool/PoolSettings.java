package dev.faultline.supervisor.pool;

import java.nio.file.Path;

/**
 * The shape of the worker pool.
 *
 * @param jobsPerWorker jobs one worker runs at once (its job threads)
 * @param runDir where the socket, the hs_err reports and the workers' working directory live
 */
public record PoolSettings(int workers, int jobsPerWorker, int heapMb, Path runDir) {
  /** Consecutive deaths before ready after which a slot is left empty. */
  public static final int MAX_BOOT_FAILURES = 5;
}
