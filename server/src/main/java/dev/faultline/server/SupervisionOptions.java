package dev.faultline.server;

import dev.faultline.config.ExitCodes;
import dev.faultline.config.Recycling;
import dev.faultline.config.RestartPolicy;
import dev.faultline.config.Supervision;
import dev.faultline.config.WorkerTimeouts;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The process-mode supervision flags of {@code serve}: restart policy, timeouts, recycling, spares,
 * threads per worker, queue bound, quarantine, shutdown grace. Their defaults are the records' own,
 * read by {@link ConfigDefaults}; the records check the values.
 */
final class SupervisionOptions {
  @Option(
      names = "--restart-intensity",
      paramLabel = "N",
      description =
          "Restarts allowed per --restart-period across the pool; one more pauses it (default: "
              + "${DEFAULT-VALUE}, 0-"
              + RestartPolicy.MAX_INTENSITY
              + ").")
  int intensity;

  @Option(
      names = "--restart-period",
      converter = DurationConverter.class,
      description = "The window of --restart-intensity (default: ${DEFAULT-VALUE}, 1s-24h).")
  Duration period;

  @Option(
      names = "--restart-backoff",
      converter = DurationConverter.class,
      description =
          "Delay before the second restart in a row of a slot (the first starts at once); grows "
              + "with its failures in a row (default: ${DEFAULT-VALUE}, 1ms-10m).")
  Duration backoff;

  @Option(
      names = "--restart-backoff-max",
      converter = DurationConverter.class,
      description =
          "Upper bound of the restart delay (default: ${DEFAULT-VALUE}, --restart-backoff-10m).")
  Duration backoffMax;

  @Option(
      names = "--restart-backoff-multiplier",
      description = "Growth of the delay per failure in a row (default: ${DEFAULT-VALUE}, 1-10).")
  double multiplier;

  @Option(
      names = "--restart-backoff-jitter",
      description =
          "Random spread of each delay, as a fraction (default: ${DEFAULT-VALUE}, 0-0.9).")
  double jitter;

  @Option(
      names = "--restart-backoff-reset-after",
      converter = DurationConverter.class,
      description =
          "A worker up this long resets its slot's delay (default: ${DEFAULT-VALUE}, 1s-24h).")
  Duration resetAfter;

  @Option(
      names = "--max-boot-failures",
      description =
          "Failed starts in a row after which the pool pauses (default: ${DEFAULT-VALUE}, 1-100).")
  int maxBootFailures;

  @Option(
      names = "--exit-on-pool-exhausted",
      description =
          "Halt for good when the restart budget runs out, and exit with status "
              + ExitCodes.POOL_EXHAUSTED
              + " so a parent can restart the server (default: pause, answer 503 pool_exhausted"
              + " with Retry-After, and recover through a canary worker).")
  boolean exitOnExhaustion;

  @Option(
      names = "--heartbeat-interval",
      converter = DurationConverter.class,
      description = "How often a worker says it is alive (default: ${DEFAULT-VALUE}, 50ms-10s).")
  Duration heartbeat;

  @Option(
      names = "--liveness-timeout",
      converter = DurationConverter.class,
      description =
          "A worker silent this long is killed (default: ${DEFAULT-VALUE}, 2 heartbeat intervals-600s).")
  Duration liveness;

  @Option(
      names = "--kill-grace",
      converter = DurationConverter.class,
      description =
          "Time between SIGTERM and SIGKILL when the master kills a worker (default: ${DEFAULT-VALUE}, 100ms-60s).")
  Duration killGrace;

  @Option(
      names = "--request-deadline",
      converter = DurationConverter.class,
      description =
          "A request running longer gets 504 and its worker is replaced (default: ${DEFAULT-VALUE}, 100ms-1h).")
  Duration deadline;

  @Option(
      names = "--boot-timeout",
      converter = DurationConverter.class,
      description =
          "A worker not ready this long after its start is killed (default: ${DEFAULT-VALUE}, 1s-10m).")
  Duration bootTimeout;

  @Option(
      names = "--max-requests",
      paramLabel = "N",
      description =
          "Recycle a worker after N requests; 0 = never (default: ${DEFAULT-VALUE}, 0-"
              + Recycling.MAX_REQUESTS
              + ").")
  long maxRequests;

  @Option(
      names = "--max-requests-jitter",
      paramLabel = "N",
      description =
          "Add a random 0..N to each worker's --max-requests (default: ${DEFAULT-VALUE}, 0-"
              + Recycling.MAX_REQUESTS
              + ").")
  long maxRequestsJitter;

  @Option(
      names = "--max-rss-mb",
      paramLabel = "MIB",
      description =
          "Recycle a worker whose resident memory (Rss) exceeds this; 0 = never (default: "
              + "${DEFAULT-VALUE}, else "
              + Recycling.MIN_RSS_MB
              + "-"
              + Recycling.MAX_RSS_MB
              + ").")
  int maxRssMb;

  @Option(
      names = "--max-lifetime",
      converter = DurationConverter.class,
      description =
          "Recycle a worker up this long; 0s = never (default: ${DEFAULT-VALUE}, else 1s-30d).")
  Duration maxLifetime;

  @Option(
      names = "--spares",
      paramLabel = "K",
      description =
          "Ready workers kept outside the pool, swapped in when one dies (default: ${DEFAULT-VALUE}, 0-"
              + Supervision.MAX_SPARES
              + ").")
  int spares;

  @Option(
      names = "--threads-per-worker",
      paramLabel = "T",
      description =
          "Requests one worker runs at once (default: ${DEFAULT-VALUE}, 1-"
              + Supervision.MAX_THREADS_PER_WORKER
              + ").")
  int threadsPerWorker;

  @Option(
      names = "--queue-bound",
      paramLabel = "N",
      description =
          "Requests that may wait for a worker; more get 503 with Retry-After (default: ${DEFAULT-VALUE}, 0-"
              + Supervision.MAX_QUEUE_BOUND
              + ").")
  int queueBound;

  @Option(
      names = "--quarantine",
      converter = DurationConverter.class,
      description =
          "How long a poison request (a suspect in too many deaths) is refused (default: ${DEFAULT-VALUE}, 1s-24h).")
  Duration quarantine;

  @Option(
      names = "--shutdown-grace",
      converter = DurationConverter.class,
      description =
          "On SIGTERM, how long requests in flight may take to finish (default: ${DEFAULT-VALUE}, 0s-10m).")
  Duration shutdownGrace;

  Supervision toSupervision() {
    RestartPolicy restart =
        new RestartPolicy(
            intensity,
            period,
            backoff,
            backoffMax,
            multiplier,
            jitter,
            resetAfter,
            maxBootFailures,
            exitOnExhaustion);
    WorkerTimeouts timeouts =
        new WorkerTimeouts(heartbeat, liveness, killGrace, deadline, bootTimeout);
    Recycling recycling = new Recycling(maxRequests, maxRequestsJitter, maxRssMb, maxLifetime);
    return new Supervision(
        restart,
        timeouts,
        recycling,
        spares,
        threadsPerWorker,
        queueBound,
        quarantine,
        shutdownGrace);
  }
}
