package dev.faultline.config;

import java.time.Duration;

/**
 * The two timeouts of process mode, kept apart because they catch different things and are logged
 * as what they are.
 *
 * @param heartbeatInterval how often a worker says it is alive, from its IPC event loop
 * @param liveness a worker silent this long is killed, whatever it is doing (stuck loop, stopped
 *     process, GC thrash): SIGTERM, then SIGKILL after {@code killGrace}
 * @param requestDeadline a request running this long on a worker gets 504 and its worker is killed
 *     and replaced (PHP-FPM's {@code request_terminate_timeout})
 * @param boot a started worker that has not said hello after this long is killed (boot failure)
 */
public record WorkerTimeouts(
    Duration heartbeatInterval,
    Duration liveness,
    Duration killGrace,
    Duration requestDeadline,
    Duration boot) {

  public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMillis(500);

  /**
   * The longest silence of a worker that then spoke again, measured on a 2-core VM under the
   * 1,000-death soak and every fault of the matrix, was about 0.53 s (heartbeats every 0.5 s), so 3
   * s leaves over 5x that; a stopped worker does not wait for it (see the pool's Watchdog).
   */
  public static final Duration DEFAULT_LIVENESS = Duration.ofSeconds(3);

  public static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(2);
  public static final Duration DEFAULT_REQUEST_DEADLINE = Duration.ofSeconds(10);
  public static final Duration DEFAULT_BOOT = Duration.ofSeconds(60);

  public WorkerTimeouts {
    Check.between(
        "heartbeat-interval", heartbeatInterval, Duration.ofMillis(50), Duration.ofSeconds(10));
    Check.present("liveness-timeout", liveness);
    if (liveness.compareTo(heartbeatInterval.multipliedBy(2)) < 0
        || liveness.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new ConfigException(
          "liveness-timeout",
          "must be between 2 x heartbeat-interval ("
              + Durations.format(heartbeatInterval.multipliedBy(2))
              + ") and 600s",
          Durations.format(liveness));
    }
    Check.between("kill-grace", killGrace, Duration.ofMillis(100), Duration.ofSeconds(60));
    Check.between("request-deadline", requestDeadline, Duration.ofMillis(100), Duration.ofHours(1));
    Check.between("boot-timeout", boot, Duration.ofSeconds(1), Duration.ofMinutes(10));
  }

  public static WorkerTimeouts defaults() {
    return new WorkerTimeouts(
        DEFAULT_HEARTBEAT_INTERVAL,
        DEFAULT_LIVENESS,
        DEFAULT_KILL_GRACE,
        DEFAULT_REQUEST_DEADLINE,
        DEFAULT_BOOT);
  }
}
