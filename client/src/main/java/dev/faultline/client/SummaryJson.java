package dev.faultline.client;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * One target's results as JSON, with stable field names. The walking skeleton's fields come first
 * and keep their meaning; the timeline, error classes, uncorrected latency and the latency
 * distribution were added after them.
 */
final class SummaryJson {
  /**
   * Percentile ticks per halving of the distance to 100%, as HdrHistogram's percentile output uses.
   */
  private static final int TICKS_PER_HALF = 5;

  private SummaryJson() {}

  static JsonObject of(TargetStats s) {
    return new JsonObject()
        .put("sent", s.sent)
        .put("ok", s.ok)
        .put("failed", s.failed)
        .put("poisoned", s.poisoned)
        .put("collateralFailures", s.collateral)
        .put("wrongAnswers", s.wrongAnswers)
        .put("availability", s.availability())
        .put("latencyMs", Latency.of(s.latency).toJson())
        .put("errors", new JsonObject(new LinkedHashMap<>(s.errors)))
        .put("uncorrectedLatencyMs", Latency.of(s.uncorrected).toJson())
        .put("late", s.late)
        .put("notSent", s.notSent)
        .put(
            "errorClasses",
            new JsonObject()
                .put("bystanders", classes(s.bystanderErrors))
                .put("poisoned", classes(s.poisonedErrors)))
        .put("timeline", timeline(s.timelineRows()))
        .put(
            "distribution",
            new JsonObject()
                .put("corrected", distribution(s.latency))
                .put("uncorrected", distribution(s.uncorrected)))
        .put("events", new JsonArray());
  }

  private static JsonObject classes(Map<ErrorClass, Long> counts) {
    JsonObject json = new JsonObject();
    counts.forEach((c, n) -> json.put(c.label(), n));
    return json;
  }

  private static JsonArray timeline(List<TimelineRow> rows) {
    JsonArray out = new JsonArray();
    rows.forEach(r -> out.add(r.toJson()));
    return out;
  }

  /** [[percentile, ms], ...] from 0 to 100, denser towards the tail. */
  static JsonArray distribution(Histogram h) {
    JsonArray points = new JsonArray();
    if (h.getTotalCount() == 0) {
      return points;
    }
    for (HistogramIterationValue v : h.percentiles(TICKS_PER_HALF)) {
      points.add(
          new JsonArray()
              .add(round(v.getPercentileLevelIteratedTo(), 6))
              .add(round(v.getValueIteratedTo() / 1000.0, 3)));
    }
    return points;
  }

  private static double round(double x, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(x * scale) / scale;
  }
}
