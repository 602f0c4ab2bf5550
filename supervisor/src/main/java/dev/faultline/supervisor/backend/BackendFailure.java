package dev.faultline.supervisor.backend;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the backend could not serve, with the HTTP status and the JSON body the front should
 * answer: {@code {"error": code, "message": ..., ...details}}.
 */
public final class BackendFailure extends RuntimeException {
  private final int httpStatus;
  private final String code;
  private final Map<String, Object> details;

  public BackendFailure(int httpStatus, String code, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.httpStatus = httpStatus;
    this.code = code;
    this.details = new LinkedHashMap<>(details);
  }

  public static BackendFailure jobFailed(String message) {
    return new BackendFailure(500, "job_failed", message, Map.of());
  }

  public static BackendFailure overloaded(String message) {
    return new BackendFailure(503, "overloaded", message, Map.of());
  }

  public static BackendFailure shuttingDown() {
    return new BackendFailure(503, "shutting_down", "the server is shutting down", Map.of());
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
