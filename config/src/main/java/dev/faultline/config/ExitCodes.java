package dev.faultline.config;

/**
 * Every exit status faultline defines, for every process it runs (the CLI, a server, a worker), in
 * one table: a parent that reads a status (systemd, a script, the demo root, the master) finds its
 * meaning here. Each value means one thing. Where a convention exists it is followed: BSD's
 * sysexits (64-78) for the server's and the worker's own reasons, k6's 99 for failed thresholds.
 * Two statuses are the JVM's, not ours, and are listed because the death classifier relies on them.
 */
public final class ExitCodes {
  private ExitCodes() {}

  /**
   * Done: a server stopped (SIGTERM, or its parent went away); a worker drained or lost its master;
   * {@code load} held every threshold; {@code matrix} had every row valid; a run's checks held.
   */
  public static final int OK = 0;

  /**
   * A fault ended the JVM on purpose ({@code exit} and {@code halt}: {@code System.exit(1)}, {@code
   * Runtime.halt(1)}, as a library that "handles" an error that way). A JVM that crashed in native
   * code with core dumps off also exits 1, which is why the classifier reads hs_err first.
   */
  public static final int FAULT_EXIT = 1;

  /** Bad flags, keys or values (the message names them); also a worker started with bad args. */
  public static final int USAGE = 2;

  /** The JVM's own, under {@code -XX:+ExitOnOutOfMemoryError}: heap exhausted. */
  public static final int JVM_OUT_OF_MEMORY = 3;

  /**
   * A worker's result cache failed its integrity check (its seal is broken) after a job: it exits
   * before answering anything else, to be replaced with fresh state (EX_DATAERR).
   */
  public static final int STATE_CORRUPTED = 65;

  /** A server could not listen: the port is taken or the address is not ours (EX_UNAVAILABLE). */
  public static final int CANNOT_LISTEN = 69;

  /** A worker could not reach its master at boot (EX_SOFTWARE). */
  public static final int WORKER_BOOT_FAILED = 70;

  /**
   * A server whose worker pool gave up for good: its restart budget or boot retries ran out with
   * {@code --exit-on-pool-exhausted}, or before the pool was ever ready. Without the flag the pool
   * pauses and recovers instead. Worth restarting later (EX_TEMPFAIL).
   */
  public static final int POOL_EXHAUSTED = 75;

  /** A worker told by the hidden test hook to fail its boot (tests only; EX_CONFIG). */
  public static final int TEST_BOOT_FAILURE = 78;

  /**
   * A benchmark's child JVM ({@code BenchChild}) failed inside (its {@code error} line on stderr
   * says what): not 1, which a fault's {@code System.exit(1)} means.
   */
  public static final int BENCH_CHILD_FAILED = 95;

  /** {@code soak}: the soak ran to its end but a check failed (each is printed PASS or FAIL). */
  public static final int SOAK_CHECKS_FAILED = 96;

  /**
   * {@code bench}: the run completed but a part failed or ran out of time (its claim: not
   * measured).
   */
  public static final int BENCH_PART_NOT_MEASURED = 97;

  /** {@code matrix}: the run completed but a row is invalid (see the table). */
  public static final int MATRIX_ROWS_INVALID = 98;

  /** {@code load}: the run completed but a {@code --threshold} failed (as k6). */
  public static final int THRESHOLDS_FAILED = 99;
}
