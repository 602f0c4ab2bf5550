package dev.faultline.supervisor.backend;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the backend could not serve, with the HTTP status and the JSON body the front should
 * answer: {@code {"error": code, "message": ..., ...details}}, and a {@code Retry-After} header
 * when waiting would help.
 */
public final class BackendFailure extends RuntimeException {
  /** No {@code Retry-After} header. */
  public static final int NO_RETRY_AFTER = -1;

  private final int httpStatus;
  private final String code;
  private final Map<String, Object> details;
  private final int retryAfterSeconds;

  public BackendFailure(int httpStatus, String code, String message, Map<String, Object> details) {
    this(httpStatus, code, message, details, NO_RETRY_AFTER);
  }

  public BackendFailure(
      int httpStatus,
      String code,
      String message,
      Map<String, Object> details,
      int retryAfterSeconds) {
    super(message, null, false, false);
    this.httpStatus = httpStatus;
    this.code = code;
    this.details = new LinkedHashMap<>(details);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static BackendFailure jobFailed(String message) {
    return new BackendFailure(500, "job_failed", message, Map.of());
  }

  /** The bounded queue in front of the units is full: try again in a second. */
  public static BackendFailure overloaded(String message) {
    return new BackendFailure(503, "overloaded", message, Map.of(), 1);
  }

  public static BackendFailure shuttingDown() {
    return new BackendFailure(503, "shutting_down", "the server is shutting down", Map.of(), 1);
  }

  /** A stopping server's door: this request was never started. */
  public static BackendFailure refusedWhileStopping() {
    return new BackendFailure(
        503, "shutting_down", "the server is shutting down and takes no new request", Map.of(), 1);
  }

  /** The pool gave up restarting workers (its restart budget or boot retries ran out). */
  public static BackendFailure poolExhausted(String reason) {
    return new BackendFailure(
        503,
        "pool_exhausted",
        "the worker pool has halted and restarts no worker: " + reason,
        Map.of("reason", reason),
        30);
  }

  /** 503: the pool's restart budget ran out; it pauses and starts a canary after the cool-down. */
  public static BackendFailure poolPaused(String reason, String phase, int retryAfterSeconds) {
    return new BackendFailure(
        503,
        "pool_exhausted",
        "the worker pool paused restarts ("
            + phase
            + "); it tries again by itself, retry in "
            + retryAfterSeconds
            + " s: "
            + reason,
        Map.of("reason", reason, "phase", phase),
        retryAfterSeconds);
  }

  /** Seconds a client should wait before trying again, or {@link #NO_RETRY_AFTER}. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }
}
