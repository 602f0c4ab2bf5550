package dev.faultline.config;

import java.time.Duration;

/**
 * How a process-mode server keeps its worker pool healthy: restart policy, timeouts, recycling, hot
 * spares, threads per worker, the bound of the queue in front of the pool, how long a poison
 * request stays quarantined, and how long a stopping server waits for requests in flight.
 *
 * @param spares workers kept started and ready outside the pool, swapped in when one dies
 * @param threadsPerWorker requests one worker runs at once (httpd's worker MPM, gunicorn's gthread)
 * @param queueBound requests that may wait for a free worker; more get 503 with Retry-After
 * @param quarantine how long a poison request's fingerprint is refused
 * @param shutdownGrace how long SIGTERM waits for requests in flight before stopping workers
 */
public record Supervision(
    RestartPolicy restart,
    WorkerTimeouts timeouts,
    Recycling recycling,
    int spares,
    int threadsPerWorker,
    int queueBound,
    Duration quarantine,
    Duration shutdownGrace) {

  public static final int MAX_SPARES = 16;
  public static final int MAX_THREADS_PER_WORKER = 64;
  public static final int DEFAULT_QUEUE_BOUND = 1024;
  public static final int MAX_QUEUE_BOUND = 100_000;
  public static final Duration DEFAULT_QUARANTINE = Duration.ofSeconds(60);
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

  public Supervision {
    Check.present("restart policy", restart);
    Check.present("timeouts", timeouts);
    Check.present("recycling", recycling);
    Check.range("spares", spares, 0, MAX_SPARES);
    Check.range("threads-per-worker", threadsPerWorker, 1, MAX_THREADS_PER_WORKER);
    Check.range("queue-bound", queueBound, 0, MAX_QUEUE_BOUND);
    Check.between("quarantine", quarantine, Duration.ofSeconds(1), Duration.ofHours(24));
    Check.between("shutdown-grace", shutdownGrace, Duration.ZERO, Duration.ofMinutes(10));
  }

  public static Supervision defaults() {
    return new Supervision(
        RestartPolicy.defaults(),
        WorkerTimeouts.defaults(),
        Recycling.off(),
        0,
        1,
        DEFAULT_QUEUE_BOUND,
        DEFAULT_QUARANTINE,
        DEFAULT_SHUTDOWN_GRACE);
  }
}
