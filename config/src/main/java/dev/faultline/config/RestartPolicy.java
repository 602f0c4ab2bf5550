package dev.faultline.config;

import java.time.Duration;

/**
 * When and how fast the process-mode supervisor replaces dead workers, as data (Erlang/OTP's
 * supervisor flags plus a backoff). A pool that restarted more than {@code intensity} workers
 * within {@code period} gives up (escalates) instead of restarting forever; a worker that keeps
 * dying before it is ready stops being retried after {@code maxBootFailures} attempts in a row.
 *
 * @param backoffInitial delay before the second restart in a row of a slot (the first starts at
 *     once: one crash is no reason to wait); it grows by {@code backoffMultiplier} per further
 *     consecutive crash of that slot, up to {@code backoffMax}, each delay varied by +/- {@code
 *     backoffJitter} (a fraction) so slots do not restart in lockstep
 * @param backoffResetAfter a worker that stayed up this long resets its slot's backoff
 * @param exitOnExhaustion exit the server with {@link ExitCodes#POOL_EXHAUSTED} when the pool gives
 *     up, so a parent (systemd, the demo root) can restart it; otherwise keep answering 503
 */
public record RestartPolicy(
    int intensity,
    Duration period,
    Duration backoffInitial,
    Duration backoffMax,
    double backoffMultiplier,
    double backoffJitter,
    Duration backoffResetAfter,
    int maxBootFailures,
    boolean exitOnExhaustion) {

  public static final int DEFAULT_INTENSITY = 10;
  public static final int MAX_INTENSITY = 1_000;
  public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(60);
  public static final Duration MAX_PERIOD = Duration.ofHours(24);
  public static final Duration DEFAULT_BACKOFF_INITIAL = Duration.ofMillis(100);
  public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofSeconds(10);
  public static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
  public static final double DEFAULT_BACKOFF_MULTIPLIER = 2.0;
  public static final double MAX_BACKOFF_MULTIPLIER = 10.0;
  public static final double DEFAULT_BACKOFF_JITTER = 0.2;

  /** Resilience4j's randomization factor must stay below 1. */
  public static final double MAX_BACKOFF_JITTER = 0.9;

  public static final Duration DEFAULT_BACKOFF_RESET_AFTER = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_BOOT_FAILURES = 5;
  public static final int MAX_BOOT_FAILURES = 100;

  public RestartPolicy {
    Check.range("restart-intensity", intensity, 0, MAX_INTENSITY);
    Check.between("restart-period", period, Duration.ofSeconds(1), MAX_PERIOD);
    Check.between("restart-backoff", backoffInitial, Duration.ofMillis(1), MAX_BACKOFF);
    Check.between("restart-backoff-max", backoffMax, backoffInitial, MAX_BACKOFF);
    Check.range("restart-backoff-multiplier", backoffMultiplier, 1.0, MAX_BACKOFF_MULTIPLIER);
    Check.range("restart-backoff-jitter", backoffJitter, 0.0, MAX_BACKOFF_JITTER);
    Check.between(
        "restart-backoff-reset-after", backoffResetAfter, Duration.ofSeconds(1), MAX_PERIOD);
    Check.range("max-boot-failures", maxBootFailures, 1, MAX_BOOT_FAILURES);
  }

  public static RestartPolicy defaults() {
    return new RestartPolicy(
        DEFAULT_INTENSITY,
        DEFAULT_PERIOD,
        DEFAULT_BACKOFF_INITIAL,
        DEFAULT_BACKOFF_MAX,
        DEFAULT_BACKOFF_MULTIPLIER,
        DEFAULT_BACKOFF_JITTER,
        DEFAULT_BACKOFF_RESET_AFTER,
        DEFAULT_MAX_BOOT_FAILURES,
        false);
  }

  /** {@code 10 restarts in 60s} */
  public String describeBudget() {
    return intensity
        + (intensity == 1 ? " restart in " : " restarts in ")
        + Durations.format(period);
  }
}
