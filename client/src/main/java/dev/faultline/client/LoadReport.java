package dev.faultline.client;

import dev.faultline.chaos.FaultSchedule;
import dev.faultline.config.Durations;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a load run, per target, with stable field names: {@code {"targets": {"<name>":
 * {"sent", "ok", "failed", "poisoned", "collateralFailures", "wrongAnswers", "availability",
 * "latencyMs": {"p50", "p99", "max", ...}, "errors": {...}, "uncorrectedLatencyMs", "late",
 * "notSent", "errorClasses", "timeline", "distribution", "events"}}, "run": {..., "client":
 * {"cpuMs", "answers", "cpuMicrosPerAnswer", "bottleneckSeconds"}}, "thresholds": [...]}}}. Callers
 * may add fields per target (the demo adds restart counts) with {@link #put} and events (server
 * restarts) with {@link #markEvent}. Every rendering (table, HTML, CSV) reads this JSON, so a saved
 * report renders the same.
 */
public final class LoadReport {
  private final JsonObject run;
  private final Map<String, JsonObject> targets;
  private final RunClock clock;
  private final String intervalLog;
  private final List<ThresholdResult> thresholds = new ArrayList<>();

  private LoadReport(
      JsonObject run, Map<String, JsonObject> targets, RunClock clock, String intervalLog) {
    this.run = run;
    this.targets = targets;
    this.clock = clock;
    this.intervalLog = intervalLog;
  }

  static LoadReport of(
      LoadSettings s,
      FaultSchedule faults,
      Map<Target, TargetStats> stats,
      RunClock clock,
      JsonObject client) {
    Map<String, JsonObject> targets = new LinkedHashMap<>();
    stats.forEach((t, st) -> targets.put(t.name(), SummaryJson.of(st)));
    String log =
        IntervalLog.write(clock.startEpochMs(), stats.values().stream().map(st -> st.log).toList());
    return new LoadReport(runJson(s, faults, clock).put("client", client), targets, clock, log);
  }

  private static JsonObject runJson(LoadSettings s, FaultSchedule faults, RunClock clock) {
    JsonArray slots = new JsonArray();
    faults
        .slots()
        .forEach(
            f ->
                slots.add(new JsonObject().put("atMs", f.at().toMillis()).put("fault", f.fault())));
    boolean max = s.model().maxRate();
    return new JsonObject()
        .put("rate", max ? null : s.rate())
        .put("duration", Durations.format(s.duration()))
        .put("cost", s.cost())
        .put("seed", s.seed())
        .put("faults", slots)
        .put("endRate", max ? null : s.endRate())
        .put("model", s.model().describe())
        .put("connections", s.model().connections())
        .put("inFlightLimit", s.model().inFlightLimit())
        .put("timeoutMs", s.timeout().toMillis())
        .put("lateAfterMs", LoadRun.LATE_AFTER.toMillis())
        .put("durationMs", s.duration().toMillis())
        .put("startEpochMs", clock.startEpochMs());
  }

  /** Adds a field to one target's summary. */
  public LoadReport put(String target, String key, Object value) {
    targets.get(target).put(key, value);
    return this;
  }

  /**
   * Marks an event on one target's timeline, e.g. {@code restart}: {@code atNanoTime} is a {@link
   * System#nanoTime()} reading taken in this JVM; events before the run are dropped.
   */
  public LoadReport markEvent(String target, long atNanoTime, String kind, String detail) {
    long atMs = clock.msSinceStart(atNanoTime);
    if (atMs >= 0) {
      targets
          .get(target)
          .getJsonArray("events")
          .add(new JsonObject().put("atMs", atMs).put("kind", kind).put("detail", detail));
    }
    return this;
  }

  public JsonObject target(String name) {
    return targets.get(name);
  }

  /** Checks the thresholds against this report, records the results in it and returns them. */
  public List<ThresholdResult> check(List<Threshold> given) {
    given.forEach(t -> thresholds.add(t.check(targets.get(t.target()))));
    return List.copyOf(thresholds);
  }

  public boolean thresholdsFailed() {
    return thresholds.stream().anyMatch(r -> !r.passed());
  }

  public JsonObject toJson() {
    JsonObject t = new JsonObject();
    targets.forEach(t::put);
    JsonArray checked = new JsonArray();
    thresholds.forEach(r -> checked.add(r.toJson()));
    return new JsonObject().put("targets", t).put("run", run).put("thresholds", checked);
  }

  /**
   * Per target whose corrected p99 is far above the uncorrected one: why, with the run's numbers.
   */
  public List<String> coordinatedOmissionNotes() {
    JsonObject json = toJson();
    List<String> all = CoordinatedOmissionNote.sentences(json);
    List<String> names = new ArrayList<>(targets.keySet());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (CoordinatedOmissionNote.biased(targets.get(names.get(i)))) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /** The side-by-side table printed at the end of a run, and the client's own cost under it. */
  public String table() {
    return ReportTable.render(targets) + clientLine() + "\n";
  }

  /**
   * What the client cost and whether it kept up: {@code client CPU: 38 µs per answer (...); the
   * client was the bottleneck for 3 s}.
   */
  public String clientLine() {
    JsonObject client = run.getJsonObject("client");
    return client == null ? "" : ClientCost.line(client);
  }

  /** One self-contained HTML page: charts of both modes overlaid, the table, no network needed. */
  public String html() {
    return HtmlReport.render(toJson());
  }

  /** The per-second timeline of every target as CSV, one row per target and second. */
  public String csvTimeline() {
    return CsvTimeline.render(toJson());
  }

  /**
   * The HdrHistogram interval log: one corrected and one uncorrected histogram per target and
   * second.
   */
  public String intervalLog() {
    return intervalLog;
  }
}
