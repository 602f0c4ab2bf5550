package dev.faultline.client;

import dev.faultline.chaos.FaultSchedule;
import dev.faultline.config.Durations;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of a load run, per target, with stable field names:
 * {@code {"targets": {"<name>": {"sent", "ok", "failed", "poisoned", "collateralFailures",
 * "wrongAnswers", "availability", "latencyMs": {"p50", "p99", "max"}, "errors": {...}}}, "run": {...}}}.
 * Callers may add fields per target (the demo adds restart counts) with {@link #put}.
 */
public final class LoadReport {
  private final JsonObject run;
  private final Map<String, JsonObject> targets;

  private LoadReport(JsonObject run, Map<String, JsonObject> targets) {
    this.run = run;
    this.targets = targets;
  }

  static LoadReport of(LoadSettings s, FaultSchedule faults, Map<Target, TargetStats> stats) {
    Map<String, JsonObject> targets = new LinkedHashMap<>();
    stats.forEach((t, st) -> targets.put(t.name(), summary(st)));
    JsonArray slots = new JsonArray();
    faults.slots().forEach(f -> slots.add(new JsonObject().put("atMs", f.at().toMillis()).put("fault", f.fault())));
    JsonObject run = new JsonObject().put("rate", s.rate()).put("duration", Durations.format(s.duration()))
        .put("cost", s.cost()).put("seed", s.seed()).put("faults", slots);
    return new LoadReport(run, targets);
  }

  private static JsonObject summary(TargetStats s) {
    return new JsonObject()
        .put("sent", s.sent)
        .put("ok", s.ok)
        .put("failed", s.failed)
        .put("poisoned", s.poisoned)
        .put("collateralFailures", s.collateral)
        .put("wrongAnswers", s.wrongAnswers)
        .put("availability", s.availability())
        .put("latencyMs", new JsonObject()
            .put("p50", s.latency.getValueAtPercentile(50) / 1000.0)
            .put("p99", s.latency.getValueAtPercentile(99) / 1000.0)
            .put("max", s.latency.getMaxValue() / 1000.0))
        .put("errors", new JsonObject(new LinkedHashMap<>(s.errors)));
  }

  /** Adds a field to one target's summary. */
  public LoadReport put(String target, String key, Object value) {
    targets.get(target).put(key, value);
    return this;
  }

  public JsonObject target(String name) {
    return targets.get(name);
  }

  public JsonObject toJson() {
    JsonObject t = new JsonObject();
    targets.forEach(t::put);
    return new JsonObject().put("targets", t).put("run", run);
  }

  /** The side-by-side table printed at the end of a run. */
  public String table() {
    return ReportTable.render(targets);
  }
}
