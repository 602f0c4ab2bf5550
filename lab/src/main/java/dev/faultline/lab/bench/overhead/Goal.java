package dev.faultline.lab.bench.overhead;

import io.vertx.core.json.JsonObject;
import java.util.Locale;

/**
 * One goal of the overhead benchmark and what was measured for it: met when the value is on the
 * right side of the goal. {@code ratioToGoal} is measured / goal, so above 1 is good for an
 * at-least goal and below 1 for an at-most goal.
 *
 * @param measured null when the benchmark could not measure it (the detail says why)
 * @param numbers null, or the figures behind the measured value, for a reader of the JSON report
 *     (the detail says the same in words)
 */
record Goal(
    String name,
    Double measured,
    String unit,
    boolean atLeast,
    double goal,
    String detail,
    JsonObject numbers) {

  Goal(String name, Double measured, String unit, boolean atLeast, double goal, String detail) {
    this(name, measured, unit, atLeast, goal, detail, null);
  }

  boolean met() {
    return measured != null && (atLeast ? measured >= goal : measured <= goal);
  }

  Double ratioToGoal() {
    return measured == null ? null : measured / goal;
  }

  JsonObject toJson() {
    JsonObject json =
        new JsonObject()
            .put("name", name)
            .put("measured", measured)
            .put("unit", unit)
            .put("goal", (atLeast ? ">= " : "<= ") + format(goal))
            .put("ratioToGoal", ratioToGoal())
            .put("met", met())
            .put("detail", detail);
    return numbers == null ? json : json.put("numbers", numbers);
  }

  /** {@code process p50 / thread p50 1.08 <= 1.25 met} */
  String row() {
    return String.format(
        Locale.ROOT,
        "%-52s %10s %-6s %10s  %-7s %s",
        name,
        measured == null ? "-" : format(measured),
        unit,
        (atLeast ? ">= " : "<= ") + format(goal),
        met() ? "met" : "NOT met",
        detail);
  }

  static String format(double v) {
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
