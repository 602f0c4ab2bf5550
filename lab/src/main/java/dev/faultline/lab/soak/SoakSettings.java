package dev.faultline.lab.soak;

import dev.faultline.config.Check;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One soak: how many worker deaths to cause, against how big a process-mode server, under how much
 * load without faults.
 *
 * @param crashes worker deaths to cause, of mixed causes
 * @param workers slots of the server (it gets one spare more)
 * @param rate requests without a fault per second, the bystanders
 * @param runDir where the server's run directory and log go
 */
public record SoakSettings(
    int crashes, int workers, double rate, int unitHeapMb, long seed, Path runDir) {
  public static final int DEFAULT_CRASHES = 100;
  public static final int MAX_CRASHES = 10_000;
  public static final int DEFAULT_WORKERS = 4;
  public static final double DEFAULT_RATE = 40;
  public static final double MAX_RATE = 1_000;

  /**
   * The server's restart budget period: the default {@link
   * dev.faultline.config.RestartPolicy#DEFAULT_INTENSITY} restarts, but in 10 s instead of {@link
   * dev.faultline.config.RestartPolicy#DEFAULT_PERIOD}, so that N deaths fit in minutes; the pace
   * below keeps to it, the bursts exceed it.
   */
  static final Duration BUDGET_PERIOD = Duration.ofSeconds(10);

  /**
   * {@link dev.faultline.config.RestartPolicy#DEFAULT_BACKOFF_RESET_AFTER}, scaled as the period
   * is.
   */
  static final Duration BACKOFF_RESET_AFTER = Duration.ofSeconds(5);

  /**
   * One cause every step: a faulted request every {@value #FAULT_EVERY_STEPS}th (one in 1.5 s: 6.7
   * against the budget of 10 in 10 s), a signal from outside otherwise (33 in 10 s, which spend no
   * budget).
   */
  static final Duration STEP = Duration.ofMillis(250);

  static final int FAULT_EVERY_STEPS = 6;

  public SoakSettings {
    Check.range("crashes", crashes, 1, MAX_CRASHES);
    Check.range("workers", workers, 1, 16);
    Check.range("rate", rate, 1.0, MAX_RATE);
  }

  /** Bursts beyond the budget: one per 50 deaths, at least one, at most five. */
  int bursts() {
    return Math.min(5, Math.max(1, crashes / 50));
  }

  /** The hard bound of the whole soak: about 1.5 s a death, a minute a burst, a minute more. */
  Duration timeLimit() {
    return Duration.ofMillis(crashes * 1_500L).plusMinutes(bursts() + 1L);
  }
}
