package dev.faultline.client;

import io.vertx.core.json.JsonObject;

/** One threshold checked against a run: the figure it saw and whether it held. */
public record ThresholdResult(Threshold threshold, double actual, boolean passed) {

  /** {@code process.latency.p99<50ms: passed (12.3 ms)} or {@code ...: FAILED (812 ms)}. */
  public String describe() {
    return threshold.text()
        + ": "
        + (passed ? "passed" : "FAILED")
        + " (was "
        + threshold.format(actual)
        + ")";
  }

  JsonObject toJson() {
    return new JsonObject()
        .put("threshold", threshold.text())
        .put("target", threshold.target())
        .put("metric", threshold.metric())
        .put("limit", threshold.value())
        .put("actual", Double.isNaN(actual) ? null : actual)
        .put("passed", passed);
  }
}
