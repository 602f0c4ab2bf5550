package dev.faultline.client;

import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * One second of one target's timeline: the requests due in {@code [second, second + 1)} from the
 * start of the run and what became of them. Latency is that of the requests without a fault,
 * corrected (from the scheduled moment); {@code uncorrectedP99} from the actual send.
 */
record TimelineRow(
    long second,
    long sent,
    long ok,
    long failed,
    long poisoned,
    long collateral,
    long wrongAnswers,
    long late,
    Map<ErrorClass, Long> errors,
    Latency latency,
    double uncorrectedP99) {

  /** Correct answers among the requests without a fault; NaN when there were none. */
  double availability() {
    long clean = sent - poisoned;
    return clean == 0 ? Double.NaN : (double) (clean - collateral) / clean;
  }

  long errors(ErrorClass c) {
    return errors.getOrDefault(c, 0L);
  }

  private static Double ratio(double r) {
    return Double.isNaN(r) ? null : Math.round(r * 1e6) / 1e6;
  }

  JsonObject toJson() {
    JsonObject byClass = new JsonObject();
    for (ErrorClass c : ErrorClass.values()) {
      if (errors(c) > 0) {
        byClass.put(c.label(), errors(c));
      }
    }
    return new JsonObject()
        .put("second", second)
        .put("sent", sent)
        .put("ok", ok)
        .put("failed", failed)
        .put("poisoned", poisoned)
        .put("collateralFailures", collateral)
        .put("wrongAnswers", wrongAnswers)
        .put("late", late)
        .put("availability", ratio(availability()))
        .put("errors", byClass)
        .put(
            "latencyMs",
            new JsonObject()
                .put("p50", Latency.json(latency.p50()))
                .put("p99", Latency.json(latency.p99()))
                .put("max", Latency.json(latency.max()))
                .put("uncorrectedP99", Latency.json(uncorrectedP99)));
  }
}
